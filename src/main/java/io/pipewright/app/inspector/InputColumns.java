package io.pipewright.app.inspector;

import io.pipewright.exec.Compilation;
import io.pipewright.exec.CompiledNode;
import io.pipewright.exec.PipelineCompiler;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns arriving at each input port of a node, as the configure steps upstream of it compute
 * them (no data is read, only headers). Only the node's ancestors are compiled, so a problem in the
 * node itself (e.g. its column is still empty) does not hide its input schema. A port whose schema
 * is unknown until run (or whose upstream has problems) is absent from the map.
 */
public final class InputColumns {
    private InputColumns() {
    }

    /** Input port name to the column names arriving there, in table order. May read file headers: not on the FX thread. */
    public static Map<String, List<String>> of(Pipeline pipeline, String nodeId, NodeCatalog catalog, Path baseDir) {
        List<Edge> into = pipeline.edgesInto(nodeId);
        if (into.isEmpty()) {
            return Map.of();
        }
        Set<String> ancestors = ancestors(pipeline, nodeId);
        List<NodeInstance> nodes = pipeline.nodes().stream().filter(n -> ancestors.contains(n.id())).toList();
        List<Edge> edges = pipeline.edges().stream()
                .filter(e -> ancestors.contains(e.from().nodeId()) && ancestors.contains(e.to().nodeId())).toList();
        Compilation compilation = new PipelineCompiler(catalog).compile(new Pipeline(pipeline.name(), nodes, edges), baseDir);
        if (compilation.compiled() == null) {
            return Map.of();
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Edge edge : into) {
            CompiledNode upstream = compilation.compiled().nodes().get(edge.from().nodeId());
            Object spec = upstream == null ? null : upstream.outputSpecs().get(edge.from().port());
            columns(spec).ifPresent(names -> out.put(edge.to().port(), names));
        }
        return out;
    }

    private static Optional<List<String>> columns(Object spec) {
        if (!(spec instanceof Instances header)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(header.numAttributes());
        for (int a = 0; a < header.numAttributes(); a++) {
            names.add(header.attribute(a).name());
        }
        return Optional.of(List.copyOf(names));
    }

    private static Set<String> ancestors(Pipeline pipeline, String nodeId) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        pipeline.edgesInto(nodeId).forEach(e -> todo.add(e.from().nodeId()));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                pipeline.edgesInto(id).forEach(e -> todo.add(e.from().nodeId()));
            }
        }
        return seen;
    }
}
