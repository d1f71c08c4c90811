package io.pipewright.edit;

import io.pipewright.graph.Pipeline;

import java.util.Set;

/** What a copy takes from a pipeline: the chosen nodes, the wires among them and their positions. */
public final class Fragments {
    private Fragments() {
    }

    public static Pipeline of(Pipeline p, Set<String> nodeIds) {
        return Graphs.subgraph(p, nodeIds).withName(p.name() + " (copy)");
    }
}
