package io.pipewright.edit;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Pipeline;

/** Adds a wire; whether it makes sense is {@link WireCheck}'s business, this only refuses a second wire into an input. */
public record ConnectCommand(Edge edge) implements PipelineCommand {
    @Override
    public String description() {
        return "Connect " + edge;
    }

    @Override
    public Pipeline applyTo(Pipeline p) {
        Graphs.requireNode(p, edge.from().nodeId());
        Graphs.requireNode(p, edge.to().nodeId());
        if (p.edges().stream().anyMatch(e -> e.to().equals(edge.to()))) {
            throw new IllegalArgumentException("input '" + edge.to() + "' is already wired");
        }
        return p.withEdge(edge);
    }
}
