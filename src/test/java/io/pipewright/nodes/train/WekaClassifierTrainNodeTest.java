package io.pipewright.nodes.train;

import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.param.Params;
import io.pipewright.param.WekaSpec;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WekaClassifierTrainNodeTest {
    @TempDir
    Path tempDir;

    private final WekaClassifierTrainNode node = new WekaClassifierTrainNode();

    @Test
    void trainsTheDefaultJ48AndKeepsHeaderAndClassColumn() throws Exception {
        Instances iris = TestDatasets.load("iris");

        TrainedModel model = train(iris, Map.of());

        assertThat(model.learnerClass()).isEqualTo("weka.classifiers.trees.J48");
        assertThat(model.learnerOptions()).containsExactly("-C", "0.25", "-M", "2");
        assertThat(model.header().numInstances()).isZero();
        assertThat(model.header().equalHeaders(iris)).isTrue();
        assertThat(model.trainingClasses().numInstances()).isEqualTo(150);
        assertThat(model.trainingClasses().classAttribute().name()).isEqualTo("class");
    }

    @Test
    void modelPredictsLikeTheSameClassifierTrainedByWeka() throws Exception {
        Instances credit = TestDatasets.load("credit-g");
        WekaSpec spec = WekaSpec.of("weka.classifiers.bayes.NaiveBayes");

        TrainedModel model = train(credit, Map.of("learner", WekaClassifierTrainNode.LEARNER.toRaw(spec)));
        Classifier weka = AbstractClassifier.forName(spec.className(), new String[0]);
        weka.buildClassifier(credit);

        for (int i = 0; i < credit.numInstances(); i++) {
            assertThat(model.classifier().distributionForInstance(credit.instance(i)))
                    .containsExactly(weka.distributionForInstance(credit.instance(i)));
        }
    }

    @Test
    void learnerThatCannotHandleTheClassTypeFailsNamingLearnerAndReason() {
        Instances numericClass = TestDatasets.load("diabetes", "plas");

        assertThatThrownBy(() -> train(numericClass, Map.of()))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("parameter 'learner'")
                .hasMessageContaining("J48 cannot handle numeric class")
                .hasMessageContaining("'plas'");
    }

    @Test
    void configureRefusesAnIncapableLearnerFromTheHeaderAlone() {
        Instances header = new Instances(TestDatasets.load("diabetes", "plas"), 0);

        assertThatThrownBy(() -> node.configure(Map.of("data", header), bind(Map.of()), env()))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("J48 cannot handle numeric class");
    }

    @Test
    void configureOutputsTheInputHeaderAsModelSpec() throws Exception {
        Instances header = new Instances(TestDatasets.load("iris"), 0);

        Map<String, Object> out = node.configure(Map.of("data", header), bind(Map.of()), env());

        assertThat(((Instances) out.get("model")).equalHeaders(header)).isTrue();
    }

    @Test
    void configureWithUnknownInputGivesUnknownModelSpec() throws Exception {
        Map<String, Object> specs = new HashMap<>();
        specs.put("data", null);

        assertThat(node.configure(specs, bind(Map.of()), env())).containsEntry("model", null);
    }

    @Test
    void incompatibleDataIsReportedAtTheFirstDifferingColumn() throws Exception {
        Instances iris = TestDatasets.load("iris");
        TrainedModel model = train(iris, Map.of());
        Instances renamed = new Instances(iris);
        renamed.renameAttribute(2, "petal_len");

        assertThatThrownBy(() -> model.requireCompatible(renamed, "test"))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("input 'test'")
                .hasMessageContaining("column 3 'petal_len' should be 'petallength'");
    }

    private TrainedModel train(Instances data, Map<String, Object> raw) throws Exception {
        Map<String, Object> out = node.execute(new NodeInputs(Map.of("data", data)), bind(raw), new DirectNodeContext(tempDir));
        return (TrainedModel) out.get("model");
    }

    private Params bind(Map<String, Object> raw) {
        Params.Binding binding = Params.bind(node.descriptor().params(), raw);
        assertThat(binding.ok()).as(binding.problems().toString()).isTrue();
        return binding.params();
    }

    private NodeEnvironment env() {
        return new DirectNodeContext(tempDir);
    }

    @Test
    void descriptorDeclaresTheContract() {
        assertThat(node.descriptor().typeId()).isEqualTo("train.weka-classifier");
        assertThat(node.descriptor().inputs()).extracting(p -> p.name()).isEqualTo(List.of("data"));
        assertThat(node.descriptor().outputs()).extracting(p -> p.name()).isEqualTo(List.of("model"));
        assertThat(node.descriptor().has(io.pipewright.node.NodeTrait.HEAVY)).isTrue();
    }
}
