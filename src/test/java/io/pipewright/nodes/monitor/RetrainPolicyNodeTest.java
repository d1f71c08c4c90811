package io.pipewright.nodes.monitor;

import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.evaluate.EvaluationResult;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.trees.J48;
import weka.core.Instances;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** credit-g: a J48 trained on the first 500 rows, retrained (or not) on the other 500. */
class RetrainPolicyNodeTest {
    @TempDir
    Path dir;

    private final RetrainPolicyNode node = new RetrainPolicyNode();

    private TrainedModel current() throws Exception {
        return LifecycleFixtures.train(LifecycleFixtures.rows("credit-g", 0, 500), dir, "weka.classifiers.trees.J48 -C 0.1 -M 5");
    }

    private static Instances newData() {
        return LifecycleFixtures.rows("credit-g", 500, 1000);
    }

    private static DriftReport drift(boolean datasetDrift) {
        return new DriftReport(datasetDrift, 0.5, datasetDrift ? 0.6 : 0.1, List.of(
                new DriftReport.ColumnDrift("duration", "ks", 0.3, 0.001, 0.05, datasetDrift, "small sample", false, null)));
    }

    private static EvaluationResult performance(double accuracy) {
        return new EvaluationResult(Map.of("accuracy", accuracy, "kappa", 0.2), List.of("good", "bad"), new double[0][0]);
    }

    private Map<String, Object> run(TrainedModel model, DriftReport drift, EvaluationResult perf, Map<String, Object> params)
            throws Exception {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("model", model);
        inputs.put("data", newData());
        if (drift != null) {
            inputs.put("drift", drift);
        }
        if (perf != null) {
            inputs.put("performance", perf);
        }
        return node.execute(new NodeInputs(inputs), LifecycleFixtures.bind(node, params), new DirectNodeContext(dir));
    }

    private static byte[] bytes(TrainedModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void datasetDriftRetrainsTheSameLearnerOnTheData() throws Exception {
        TrainedModel current = current();
        Map<String, Object> out = run(current, drift(true), null, Map.of("modelName", "credit"));
        TrainedModel retrained = (TrainedModel) out.get("model");
        assertThat(retrained).isNotSameAs(current);
        assertThat(retrained.learner()).isEqualTo(current.learner());
        assertThat(((J48) retrained.classifier()).getConfidenceFactor()).isEqualTo(0.1f);
        J48 expected = new J48();
        expected.setOptions(new String[] {"-C", "0.1", "-M", "5"});
        expected.buildClassifier(newData());
        assertThat(retrained.classifier().toString()).isEqualTo(expected.toString());

        RetrainDecision decision = (RetrainDecision) out.get("decision");
        assertThat(decision.decision()).isEqualTo("retrain");
        assertThat(decision.fired()).containsExactly("retrainOnDatasetDrift");
        assertThat(decision.reason()).isEqualTo("dataset drift: 1 of 1 columns drifted (share 0.6 >= 0.5)");
        Map<String, Object> content = decision.content();
        assertThat(content).containsEntry("decision", "retrain").containsEntry("learner",
                "weka.classifiers.trees.J48 -C 0.1 -M 5");
        assertThat(content.get("registerModel")).isEqualTo(Map.of("name", "credit", "port", "model",
                "reason", "retrain: " + decision.reason()));
    }

    @Test
    void noRuleFiringPassesTheCurrentModelOn() throws Exception {
        TrainedModel current = current();
        Map<String, Object> out = run(current, drift(false), performance(0.74), Map.of("minAccuracy", 0.7));
        assertThat(out.get("model")).isSameAs(current);
        RetrainDecision decision = (RetrainDecision) out.get("decision");
        assertThat(decision.decision()).isEqualTo("keep");
        assertThat(decision.reason()).isEqualTo("no rule fired (accuracy 0.74) (no dataset drift)");
        assertThat(decision.rules()).containsEntry("accuracy", 0.74).containsEntry("minAccuracy", 0.7)
                .containsEntry("datasetDrift", false);
    }

    @Test
    void accuracyBelowTheMinimumRetrains() throws Exception {
        Map<String, Object> out = run(current(), null, performance(0.62), Map.of("minAccuracy", 0.7,
                "retrainOnDatasetDrift", false));
        RetrainDecision decision = (RetrainDecision) out.get("decision");
        assertThat(decision.fired()).containsExactly("minAccuracy");
        assertThat(decision.reason()).isEqualTo("accuracy 0.62 is below minAccuracy 0.7");
    }

    @Test
    void accuracyDropFromTheBaselineRetrains() throws Exception {
        Map<String, Object> out = run(current(), null, performance(0.70), Map.of("maxAccuracyDrop", 0.05,
                "baselineAccuracy", 0.78));
        RetrainDecision decision = (RetrainDecision) out.get("decision");
        assertThat(decision.fired()).containsExactly("maxAccuracyDrop");
        assertThat(decision.reason()).isEqualTo("accuracy 0.7 is 0.08 below the baseline 0.78 (more than maxAccuracyDrop 0.05)");
    }

    @Test
    void learnerParameterOverridesTheModelsLearner() throws Exception {
        Map<String, Object> out = run(current(), drift(true), null, Map.of("learner", "weka.classifiers.bayes.NaiveBayes"));
        TrainedModel retrained = (TrainedModel) out.get("model");
        assertThat(retrained.learnerClass()).isEqualTo("weka.classifiers.bayes.NaiveBayes");
        assertThat(retrained.header().numAttributes()).isEqualTo(newData().numAttributes());
    }

    @Test
    void registerOffLeavesNoRegistrationRequest() throws Exception {
        Map<String, Object> out = run(current(), drift(true), null, Map.of("register", false));
        assertThat(((RetrainDecision) out.get("decision")).content()).doesNotContainKey("registerModel");
    }

    @Test
    void keptModelIsStillOfferedForRegistrationOnce() throws Exception {
        TrainedModel current = current();
        Map<String, Object> out = run(current, drift(false), null, Map.of("modelName", "credit"));
        assertThat(bytes((TrainedModel) out.get("model"))).isEqualTo(bytes(current));
        assertThat(((RetrainDecision) out.get("decision")).content().get("registerModel"))
                .isEqualTo(Map.of("name", "credit", "port", "model", "reason", "keep: no rule fired (no dataset drift)"));
    }

    @Test
    void accuracyRuleWithoutPerformanceInputIsRefusedAtConfigure() {
        Map<String, Object> specs = new HashMap<>();
        specs.put("model", null);
        specs.put("data", null);
        specs.put("drift", null);
        assertThatThrownBy(() -> node.configure(specs, LifecycleFixtures.bind(node, Map.of("minAccuracy", 0.7)), null))
                .isInstanceOf(NodeFailure.class)
                .hasMessageStartingWith("parameter 'minAccuracy' needs the 'performance' input connected");
    }

    @Test
    void policyThatCanNeverFireIsRefusedAtConfigure() {
        Map<String, Object> specs = new HashMap<>();
        specs.put("model", null);
        specs.put("data", null);
        assertThatThrownBy(() -> node.configure(specs, LifecycleFixtures.bind(node, Map.of()), null))
                .isInstanceOf(NodeFailure.class).hasMessageStartingWith("no rule can fire");
    }

    @Test
    void dropRuleWithoutBaselineIsRefusedNamingTheParameter() {
        Map<String, Object> specs = new HashMap<>();
        specs.put("performance", null);
        assertThatThrownBy(() -> node.configure(specs, LifecycleFixtures.bind(node, Map.of("maxAccuracyDrop", 0.05)), null))
                .isInstanceOf(NodeFailure.class).hasMessageStartingWith("parameter 'baselineAccuracy'");
    }

    @Test
    void dataWithOtherColumnsIsRefusedAtConfigure() throws Exception {
        Map<String, Object> specs = new HashMap<>();
        specs.put("model", new Instances(current().header(), 0));
        specs.put("data", new Instances(TestDatasets.load("diabetes"), 0));
        specs.put("drift", null);
        assertThatThrownBy(() -> node.configure(specs, LifecycleFixtures.bind(node, Map.of()), null))
                .isInstanceOf(NodeFailure.class).hasMessageContaining("input 'data' does not match");
    }
}
