package io.pipewright.nodes.monitor;

import io.pipewright.node.NodeProvider;
import io.pipewright.node.NodeType;
import io.pipewright.nodes.weka.WekaRuntime;

import java.util.List;

/** The Monitor node types that follow a model in production: concept drift and the retrain policy. */
public final class ModelLifecycleNodes implements NodeProvider {
    public ModelLifecycleNodes() {
        WekaRuntime.configure();
    }

    @Override
    public List<NodeType> nodeTypes() {
        return List.of(new ConceptDriftNode(), new RetrainPolicyNode());
    }
}
