package io.pipewright.node;

import io.pipewright.param.Params;

import java.util.Map;

/**
 * A kind of node: one class per type, with a stable id in its descriptor. Implementations are
 * stateless; everything a run needs comes in through the arguments.
 */
public interface NodeType {
    NodeDescriptor descriptor();

    /**
     * Computes the output specs (for data ports, the schema) from the input specs without touching
     * data, so a wrong wire or a missing column is caught while drawing. An input spec is null when
     * it cannot be known before running; return null for an output whose spec is unknown.
     *
     * @throws NodeFailure naming the parameter or port at fault
     */
    default Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        return Map.of();
    }

    /** Does the work and returns a value for each output port. */
    Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception;
}
