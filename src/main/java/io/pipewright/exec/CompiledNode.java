package io.pipewright.exec;

import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.PortRef;
import io.pipewright.node.NodeType;
import io.pipewright.param.Params;

import java.util.Map;

/**
 * A node ready to run: its type resolved, its parameters bound, each wired input port mapped to the
 * output it reads, and the output specs its configure step computed (null values: unknown).
 */
public record CompiledNode(NodeInstance instance, NodeType type, Params params, Map<String, PortRef> inputs,
                           Map<String, Object> outputSpecs) {
    public String id() {
        return instance.id();
    }
}
