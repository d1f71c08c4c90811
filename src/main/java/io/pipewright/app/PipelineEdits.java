package io.pipewright.app;

import io.pipewright.graph.Edge;
import io.pipewright.graph.GraphValidator;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import io.pipewright.graph.PortRef;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Pure edits of an immutable pipeline that the graph model does not offer itself, and the wiring rules. */
final class PipelineEdits {
    private PipelineEdits() {
    }

    /** Why a wire from {@code from} to {@code to} cannot be added, or empty when it can. */
    static Optional<String> wireRefusal(Pipeline p, NodeCatalog catalog, PortRef from, PortRef to) {
        Optional<PortSpec> out = descriptor(p, catalog, from.nodeId()).flatMap(d -> d.output(from.port()));
        Optional<PortSpec> in = descriptor(p, catalog, to.nodeId()).flatMap(d -> d.input(to.port()));
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
        Pipeline next = p.withEdge(new Edge(from, to));
        if (GraphValidator.topologicalOrder(next).size() < next.nodes().size()) {
            return Optional.of("wiring '" + from + "' to '" + to + "' would make a cycle");
        }
        return Optional.empty();
    }

    static Pipeline withoutNode(Pipeline p, String id) {
        Map<String, Point> positions = new LinkedHashMap<>(p.layout().positions());
        positions.remove(id);
        return new Pipeline(p.name(), p.nodes().stream().filter(n -> !n.id().equals(id)).toList(),
                p.edges().stream().filter(e -> !e.from().nodeId().equals(id) && !e.to().nodeId().equals(id)).toList(),
                new Layout(positions), p.extras());
    }

    static Pipeline withoutEdge(Pipeline p, Edge edge) {
        return new Pipeline(p.name(), p.nodes(), p.edges().stream().filter(e -> !e.equals(edge)).toList(), p.layout(),
                p.extras());
    }

    private static Optional<NodeDescriptor> descriptor(Pipeline p, NodeCatalog catalog, String nodeId) {
        return p.node(nodeId).map(NodeInstance::type).flatMap(catalog::find).map(NodeType::descriptor);
    }
}
