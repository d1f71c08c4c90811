package io.pipewright.edit;

import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;

/** Adds one node at a position; its id must be free. */
public record AddNodeCommand(NodeInstance node, Point at) implements PipelineCommand {
    @Override
    public String description() {
        return "Add " + node.id();
    }

    @Override
    public Pipeline applyTo(Pipeline p) {
        if (p.node(node.id()).isPresent()) {
            throw new IllegalArgumentException("the pipeline already has a node '" + node.id() + "'");
        }
        Pipeline added = p.withNode(node);
        return added.withLayout(added.layout().with(node.id(), at));
    }
}
