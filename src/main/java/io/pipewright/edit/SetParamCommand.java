package io.pipewright.edit;

import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;

import java.util.Objects;
import java.util.Optional;

/**
 * Sets one raw parameter value (already validated by its spec). Consecutive changes of the same
 * parameter merge into one undo step, so typing "1", "10", "100" undoes back to the value before typing.
 */
public record SetParamCommand(String nodeId, String key, Object value) implements PipelineCommand {
    public SetParamCommand {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String description() {
        return "Set " + nodeId + "." + key;
    }

    @Override
    public Pipeline applyTo(Pipeline p) {
        NodeInstance node = p.node(nodeId).orElseThrow(() ->
                new IllegalArgumentException("the pipeline has no node '" + nodeId + "'"));
        return p.withNode(node.withParam(key, value));
    }

    @Override
    public Optional<PipelineCommand> mergeWith(PipelineCommand next) {
        if (next instanceof SetParamCommand other && other.nodeId.equals(nodeId) && other.key.equals(key)) {
            return Optional.of(other);
        }
        return Optional.empty();
    }
}
