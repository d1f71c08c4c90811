package io.pipewright.edit;

import io.pipewright.exec.Compilation;
import io.pipewright.exec.CompiledNode;
import io.pipewright.exec.PipelineCompiler;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.PortRef;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.param.Params;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a wire may be drawn, and says why not. The quick check (port kinds and types, a node
 * feeding itself, an input already taken, a cycle) runs for every input while a wire is dragged; the
 * full check adds a trial configure: the compiler works out the specs flowing into the target node
 * with the new wire, and the target's own {@code configure} says whether it accepts them (e.g. "the
 * class attribute must be nominal"). Problems the pipeline already had elsewhere are not blamed on
 * the new wire.
 */
public final class WireCheck {
    private final NodeCatalog catalog;
    private final PipelineCompiler compiler;

    public WireCheck(NodeCatalog catalog) {
        this.catalog = catalog;
        this.compiler = new PipelineCompiler(catalog);
    }

    /** Why the wire cannot be drawn judging by ports and graph shape only, or empty when it can. */
    public Optional<String> quickRefusal(Pipeline p, PortRef from, PortRef to) {
        return quickRefusal(p, from, to, null);
    }

    /**
     * The quick check for every input port of the pipeline at once, for highlighting while a wire is
     * dragged from {@code from}: each input maps to its refusal, or to empty when it accepts.
     */
    public Map<PortRef, Optional<String>> quickRefusals(Pipeline p, PortRef from) {
        Set<String> upstream = Graphs.upstreamOf(p, from.nodeId());
        Map<PortRef, Optional<String>> result = new LinkedHashMap<>();
        for (NodeInstance node : p.nodes()) {
            descriptor(p, node.id()).ifPresent(d -> d.inputs().forEach(in -> {
                PortRef to = new PortRef(node.id(), in.name());
                result.put(to, quickRefusal(p, from, to, upstream));
            }));
        }
        return result;
    }

    /**
     * The full check: the quick one, then the target node's configure with the specs the new wire
     * brings. Relative paths in parameters resolve against {@code baseDir}.
     */
    public Optional<String> refusal(Pipeline p, PortRef from, PortRef to, Path baseDir) {
        Optional<String> quick = quickRefusal(p, from, to);
        if (quick.isPresent()) {
            return quick;
        }
        return configureRefusal(p.withEdge(new Edge(from, to)), to, baseDir);
    }

    private Optional<String> quickRefusal(Pipeline p, PortRef from, PortRef to, Set<String> upstreamOfFrom) {
        Optional<PortSpec> out = descriptor(p, from.nodeId()).flatMap(d -> d.output(from.port()));
        Optional<PortSpec> in = descriptor(p, to.nodeId()).flatMap(d -> d.input(to.port()));
        if (out.isEmpty() || in.isEmpty()) {
            return Optional.of("connect an output port (right side) to an input port (left side)");
        }
        if (from.nodeId().equals(to.nodeId())) {
            return Optional.of("a node cannot feed itself");
        }
        if (!in.get().type().accepts(out.get().type())) {
            return Optional.of("input '" + to + "' takes " + in.get().type().id() + ", but '" + from + "' gives "
                    + out.get().type().id());
        }
        if (p.edges().stream().anyMatch(e -> e.to().equals(to))) {
            return Optional.of("input '" + to + "' is already wired; delete its wire first");
        }
        Set<String> upstream = upstreamOfFrom == null ? Graphs.upstreamOf(p, from.nodeId()) : upstreamOfFrom;
        if (upstream.contains(to.nodeId())) {
            return Optional.of("wiring '" + from + "' to '" + to + "' would make a cycle");
        }
        return Optional.empty();
    }

    private Optional<String> configureRefusal(Pipeline next, PortRef to, Path baseDir) {
        NodeInstance target = next.node(to.nodeId()).orElseThrow();
        Optional<NodeType> type = catalog.find(target.type());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Params.Binding binding = Params.bind(type.get().descriptor().params(), target.params());
        if (!binding.ok()) {
            // The node's own parameters are wrong whatever it is wired to; validation shows that on the node.
            return Optional.empty();
        }
        Map<String, Object> inputSpecs = new HashMap<>();
        Map<String, Compilation> upstreamCompiles = new HashMap<>();
        for (Edge e : next.edgesInto(to.nodeId())) {
            String source = e.from().nodeId();
            Compilation c = upstreamCompiles.computeIfAbsent(source, s ->
                    compiler.compile(Graphs.subgraph(next, Graphs.upstreamOf(next, s)), baseDir));
            CompiledNode compiled = c.ok() ? c.compiled().node(source) : null;
            inputSpecs.put(e.to().port(), compiled == null ? null : compiled.outputSpecs().get(e.from().port()));
        }
        try {
            type.get().configure(inputSpecs, binding.params(), environment(to.nodeId(), baseDir));
            return Optional.empty();
        } catch (NodeFailure failure) {
            return Optional.of("'" + to.nodeId() + "' refuses this input: " + failure.getMessage());
        } catch (RuntimeException e) {
            // A node that cannot cope with a spec it has not seen yet is not a reason to refuse the wire.
            return Optional.empty();
        }
    }

    private Optional<NodeDescriptor> descriptor(Pipeline p, String nodeId) {
        return p.node(nodeId).map(NodeInstance::type).flatMap(catalog::find).map(NodeType::descriptor);
    }

    private static NodeEnvironment environment(String nodeId, Path baseDir) {
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
}
