package io.pipewright.edit;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Pipeline;

import java.util.Set;

/** Removes one wire. */
public record DisconnectCommand(Edge edge) implements PipelineCommand {
    @Override
    public String description() {
        return "Disconnect " + edge;
    }

    @Override
    public Pipeline applyTo(Pipeline p) {
        if (!p.edges().contains(edge)) {
            throw new IllegalArgumentException("the pipeline has no wire " + edge);
        }
        return Graphs.without(p, Set.of(), Set.of(edge));
    }
}
