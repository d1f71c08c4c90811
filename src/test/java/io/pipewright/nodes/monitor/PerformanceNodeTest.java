package io.pipewright.nodes.monitor;

import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.evaluate.EvaluationResult;
import io.pipewright.nodes.evaluate.HoldoutEvaluationNode;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.nodes.train.WekaClassifierTrainNode;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** monitor.performance gives a batch exactly the metrics evaluate.holdout gives it. */
class PerformanceNodeTest {
    @TempDir
    Path dir;

    @Test
    void batchMetricsEqualHoldoutEvaluation() throws Exception {
        Instances diabetes = TestDatasets.load("diabetes");
        Instances train = new Instances(diabetes, 0, 500);
        Instances batch = new Instances(diabetes, 500, 268);
        TrainedModel model = train(train);

        EvaluationResult ours = run(model, batch);
        EvaluationResult holdout = (EvaluationResult) new HoldoutEvaluationNode().execute(
                new NodeInputs(Map.of("model", model, "test", batch)),
                MonitorTestData.params(new HoldoutEvaluationNode(), Map.of()), new DirectNodeContext(dir)).get("evaluation");

        assertThat(ours.metrics()).isEqualTo(holdout.metrics());
        assertThat(ours.metrics()).containsKeys("accuracy", "kappa", "weightedF1");
    }

    @Test
    void batchWithOtherColumnsIsRefusedNamingThePort() throws Exception {
        TrainedModel model = train(TestDatasets.load("iris"));

        assertThatThrownBy(() -> run(model, TestDatasets.load("diabetes")))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("input 'batch' does not match the columns the model was trained on");
    }

    private TrainedModel train(Instances data) throws Exception {
        WekaClassifierTrainNode node = new WekaClassifierTrainNode();
        return (TrainedModel) node.execute(new NodeInputs(Map.of("data", data)), MonitorTestData.params(node, Map.of()),
                new DirectNodeContext(dir)).get("model");
    }

    private EvaluationResult run(TrainedModel model, Instances batch) throws Exception {
        PerformanceNode node = new PerformanceNode();
        return (EvaluationResult) node.execute(new NodeInputs(Map.of("model", model, "batch", batch)),
                MonitorTestData.params(node, Map.of()), new DirectNodeContext(dir)).get("evaluation");
    }
}
