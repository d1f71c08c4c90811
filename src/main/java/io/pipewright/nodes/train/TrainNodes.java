package io.pipewright.nodes.train;

import io.pipewright.node.NodeProvider;
import io.pipewright.node.NodeType;
import io.pipewright.nodes.weka.WekaRuntime;

import java.util.List;

/** The built-in Train node types. */
public final class TrainNodes implements NodeProvider {
    public TrainNodes() {
        WekaRuntime.configure();
    }

    @Override
    public List<NodeType> nodeTypes() {
        return List.of(new WekaClassifierTrainNode());
    }
}
