package io.pipewright.exec;

import io.pipewright.graph.Pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A pipeline that passed validation, as an immutable snapshot the executor runs. Nodes are in
 * topological order; {@code baseDir} resolves the relative paths in parameters.
 */
public record CompiledPipeline(Pipeline pipeline, Map<String, CompiledNode> nodes, List<String> order, Path baseDir) {
    public CompiledPipeline {
        nodes = Map.copyOf(nodes);
        order = List.copyOf(order);
    }

    public CompiledNode node(String id) {
        return nodes.get(id);
    }
}
