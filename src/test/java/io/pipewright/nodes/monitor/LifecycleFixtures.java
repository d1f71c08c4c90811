package io.pipewright.nodes.monitor;

import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.nodes.train.WekaClassifierTrainNode;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Real data for the lifecycle nodes: diabetes and credit-g split in two, models trained by the train node. */
final class LifecycleFixtures {
    private LifecycleFixtures() {
    }

    static Instances rows(String dataset, int from, int to) {
        Instances all = TestDatasets.load(dataset);
        return new Instances(all, from, to - from);
    }

    static TrainedModel train(Instances data, Path dir, String learner) throws Exception {
        WekaClassifierTrainNode node = new WekaClassifierTrainNode();
        Params.Binding b = Params.bind(node.descriptor().params(), Map.of("learner", learner));
        assertThat(b.ok()).as(String.valueOf(b.problems())).isTrue();
        return (TrainedModel) node.execute(new NodeInputs(Map.of("data", data)), b.params(), new DirectNodeContext(dir))
                .get("model");
    }

    static Params bind(io.pipewright.node.NodeType node, Map<String, Object> raw) {
        Params.Binding b = Params.bind(node.descriptor().params(), raw);
        assertThat(b.ok()).as(String.valueOf(b.problems())).isTrue();
        return b.params();
    }
}
