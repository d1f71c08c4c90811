package io.pipewright.nodes.monitor;

import io.pipewright.node.NodeProvider;
import io.pipewright.node.NodeType;
import io.pipewright.nodes.weka.WekaRuntime;

import java.util.List;

/** The data monitoring node types: reference profile, data drift and batch performance. */
public final class DataMonitorNodes implements NodeProvider {
    public DataMonitorNodes() {
        WekaRuntime.configure();
    }

    @Override
    public List<NodeType> nodeTypes() {
        return List.of(new ReferenceProfileNode(), new DataDriftNode(), new PerformanceNode());
    }
}
