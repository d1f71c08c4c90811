package io.pipewright.nodes.output;

import io.pipewright.node.NodeProvider;
import io.pipewright.node.NodeType;
import io.pipewright.nodes.weka.WekaRuntime;

import java.util.List;

/** The built-in Output node types. */
public final class OutputNodes implements NodeProvider {
    public OutputNodes() {
        WekaRuntime.configure();
    }

    @Override
    public List<NodeType> nodeTypes() {
        return List.of(new SaveDataNode(), new SaveModelNode(), new PredictionsNode());
    }
}
