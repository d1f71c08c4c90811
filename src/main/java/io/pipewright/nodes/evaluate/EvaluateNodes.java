package io.pipewright.nodes.evaluate;

import io.pipewright.node.NodeProvider;
import io.pipewright.node.NodeType;
import io.pipewright.nodes.weka.WekaRuntime;

import java.util.List;

/** The built-in Evaluate node types. */
public final class EvaluateNodes implements NodeProvider {
    public EvaluateNodes() {
        WekaRuntime.configure();
    }

    @Override
    public List<NodeType> nodeTypes() {
        return List.of(new CrossValidationNode(), new HoldoutEvaluationNode());
    }
}
