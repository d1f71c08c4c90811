package io.pipewright.exec;

import io.pipewright.graph.Edge;
import io.pipewright.graph.GraphValidator;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.PortRef;
import io.pipewright.graph.Problem;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.param.Params;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a pipeline into a runnable snapshot, or lists everything wrong with it at once: the graph's
 * shape, unknown node types, parameters, port names and types, unwired inputs, and what each node's
 * configure step finds (a missing column, a wrong data type) given its inputs' specs.
 */
public final class PipelineCompiler {
    private final NodeCatalog catalog;

    public PipelineCompiler(NodeCatalog catalog) {
        this.catalog = catalog;
    }

    public Compilation compile(Pipeline pipeline, Path baseDir) {
        List<Problem> problems = new ArrayList<>(GraphValidator.validate(pipeline));
        Map<String, NodeType> types = new HashMap<>();
        Map<String, Params> params = new HashMap<>();
        for (NodeInstance node : pipeline.nodes()) {
            Optional<NodeType> type = catalog.find(node.type());
            if (type.isEmpty()) {
                problems.add(Problem.ofNode(node.id(), "unknown node type '" + node.type()
                        + "'; the node is kept in the file, but the pipeline cannot run until it is removed"
                        + " or a Pipewright that knows the type is used"));
                continue;
            }
            NodeDescriptor descriptor = type.get().descriptor();
            if (node.typeVersion() > descriptor.version()) {
                problems.add(Problem.ofNode(node.id(), "node type '" + node.type() + "' version " + node.typeVersion()
                        + " is newer than this Pipewright knows (version " + descriptor.version() + ")"));
                continue;
            }
            types.put(node.id(), type.get());
            Params.Binding binding = Params.bind(descriptor.params(), node.params());
            binding.problems().forEach(p -> problems.add(Problem.ofParam(node.id(), p.key(), p.message())));
            if (binding.ok()) {
                params.put(node.id(), binding.params());
            }
        }
        Map<String, Map<String, PortRef>> inputs = checkWiring(pipeline, types, problems);
        if (!problems.isEmpty()) {
            return new Compilation(null, problems);
        }
        List<String> order = GraphValidator.topologicalOrder(pipeline);
        Map<String, CompiledNode> compiled = configureAll(pipeline, order, types, params, inputs, baseDir, problems);
        if (!problems.isEmpty()) {
            return new Compilation(null, problems);
        }
        return new Compilation(new CompiledPipeline(pipeline, compiled, order, baseDir), problems);
    }

    private Map<String, Map<String, PortRef>> checkWiring(Pipeline pipeline, Map<String, NodeType> types,
                                                          List<Problem> problems) {
        Map<String, Map<String, PortRef>> inputs = new HashMap<>();
        for (Edge edge : pipeline.edges()) {
            NodeType from = types.get(edge.from().nodeId());
            NodeType to = types.get(edge.to().nodeId());
            Optional<PortSpec> out = from == null ? Optional.empty() : from.descriptor().output(edge.from().port());
            Optional<PortSpec> in = to == null ? Optional.empty() : to.descriptor().input(edge.to().port());
            if (from != null && out.isEmpty()) {
                problems.add(Problem.ofPort(edge.from().nodeId(), edge.from().port(), "'" + from.descriptor().typeId()
                        + "' has no output port '" + edge.from().port() + "'; its outputs: " + portNames(from.descriptor().outputs())));
            }
            if (to != null && in.isEmpty()) {
                problems.add(Problem.ofPort(edge.to().nodeId(), edge.to().port(), "'" + to.descriptor().typeId()
                        + "' has no input port '" + edge.to().port() + "'; its inputs: " + portNames(to.descriptor().inputs())));
            }
            if (out.isPresent() && in.isPresent() && !in.get().type().accepts(out.get().type())) {
                problems.add(Problem.ofPort(edge.to().nodeId(), edge.to().port(), "expects " + in.get().type().id()
                        + " but " + edge.from() + " gives " + out.get().type().id()));
            }
            inputs.computeIfAbsent(edge.to().nodeId(), k -> new LinkedHashMap<>()).put(edge.to().port(), edge.from());
        }
        for (NodeInstance node : pipeline.nodes()) {
            NodeType type = types.get(node.id());
            if (type == null) {
                continue;
            }
            Map<String, PortRef> wired = inputs.getOrDefault(node.id(), Map.of());
            for (PortSpec port : type.descriptor().inputs()) {
                if (!port.optional() && !wired.containsKey(port.name())) {
                    problems.add(Problem.ofPort(node.id(), port.name(), "required input is not connected (expects "
                            + port.type().id() + ")"));
                }
            }
        }
        return inputs;
    }

    private Map<String, CompiledNode> configureAll(Pipeline pipeline, List<String> order, Map<String, NodeType> types,
                                                   Map<String, Params> params, Map<String, Map<String, PortRef>> inputs,
                                                   Path baseDir, List<Problem> problems) {
        Map<String, CompiledNode> compiled = new LinkedHashMap<>();
        for (String id : order) {
            NodeInstance node = pipeline.node(id).orElseThrow();
            Map<String, PortRef> wired = inputs.getOrDefault(id, Map.of());
            Map<String, Object> inputSpecs = new HashMap<>();
            wired.forEach((port, source) -> {
                CompiledNode upstream = compiled.get(source.nodeId());
                inputSpecs.put(port, upstream == null ? null : upstream.outputSpecs().get(source.port()));
            });
            Map<String, Object> outputSpecs = new HashMap<>();
            try {
                Map<String, Object> specs = types.get(id).configure(inputSpecs, params.get(id), environment(id, baseDir));
                if (specs != null) {
                    outputSpecs.putAll(nullsAllowed(specs));
                }
            } catch (NodeFailure e) {
                problems.add(Problem.ofNode(id, e.getMessage()));
            } catch (RuntimeException e) {
                problems.add(Problem.ofNode(id, "could not be configured: " + e));
            }
            compiled.put(id, new CompiledNode(node, types.get(id), params.get(id), Map.copyOf(wired), outputSpecs));
        }
        return compiled;
    }

    private static Map<String, Object> nullsAllowed(Map<String, Object> specs) {
        Map<String, Object> copy = new HashMap<>();
        specs.forEach(copy::put);
        return copy;
    }

    static NodeEnvironment environment(String nodeId, Path baseDir) {
        return new NodeEnvironment() {
            @Override
            public Path resolvePath(String path) {
                return baseDir.resolve(path).normalize();
            }

            @Override
            public String nodeId() {
                return nodeId;
            }
        };
    }

    private static String portNames(List<PortSpec> ports) {
        return ports.isEmpty() ? "none" : String.join(", ", ports.stream().map(PortSpec::name).toList());
    }
}
