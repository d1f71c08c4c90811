package io.pipewright.edit;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Pipeline;

import java.util.Set;

/** Removes nodes (with every wire touching them and their positions) and wires, as one step. */
public record RemoveCommand(Set<String> nodeIds, Set<Edge> edges) implements PipelineCommand {
    public RemoveCommand {
        nodeIds = Set.copyOf(nodeIds);
        edges = Set.copyOf(edges);
    }

    @Override
    public String description() {
        if (edges.isEmpty() && nodeIds.size() == 1) {
            return "Delete " + nodeIds.iterator().next();
        }
        if (nodeIds.isEmpty() && edges.size() == 1) {
            return "Delete wire " + edges.iterator().next();
        }
        return "Delete " + nodeIds.size() + " nodes and " + edges.size() + " wires";
    }

    @Override
    public Pipeline applyTo(Pipeline p) {
        return Graphs.without(p, nodeIds, edges);
    }
}
