package io.pipewright.edit;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import io.pipewright.graph.PortRef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds a copied fragment: its nodes under ids that are free in the target ({@code split} becomes
 * {@code split-2}), the wires among them, and their positions shifted so the copy does not hide the
 * original. {@link #of} chooses ids and offset once, so redo gives the very same result.
 */
public record PasteCommand(List<NodeInstance> nodes, List<Edge> edges, Map<String, Point> positions,
                           Map<String, String> renamed) implements PipelineCommand {
    /** How far each paste is shifted from the copied nodes (and again while that spot is taken). */
    public static final double OFFSET = 40;

    public PasteCommand {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
        renamed = Collections.unmodifiableMap(new LinkedHashMap<>(renamed));
    }

    /**
     * Plans pasting {@code fragment} into {@code target}: edges whose ends are not both in the fragment
     * are dropped (a copy takes only its internal wires).
     */
    public static PasteCommand of(Pipeline target, Pipeline fragment) {
        Set<String> taken = new HashSet<>();
        target.nodes().forEach(n -> taken.add(n.id()));
        Map<String, String> renamed = new LinkedHashMap<>();
        List<NodeInstance> nodes = new ArrayList<>();
        for (NodeInstance node : fragment.nodes()) {
            String id = NodeIds.fresh(baseOf(node.id(), taken), taken);
            taken.add(id);
            renamed.put(node.id(), id);
            nodes.add(node.withId(id));
        }
        List<Edge> edges = new ArrayList<>();
        for (Edge e : fragment.edges()) {
            if (renamed.containsKey(e.from().nodeId()) && renamed.containsKey(e.to().nodeId())) {
                edges.add(new Edge(new PortRef(renamed.get(e.from().nodeId()), e.from().port()),
                        new PortRef(renamed.get(e.to().nodeId()), e.to().port())));
            }
        }
        Set<Point> occupied = new HashSet<>(target.layout().positions().values());
        Map<String, Point> source = new LinkedHashMap<>();
        int index = 0;
        for (NodeInstance node : fragment.nodes()) {
            source.put(node.id(), fragment.layout().positionOf(node.id()).orElse(new Point(40 + 200 * index, 40)));
            index++;
        }
        Map<String, Point> positions = new LinkedHashMap<>();
        for (int step = 1; positions.isEmpty() || positions.values().stream().anyMatch(occupied::contains); step++) {
            positions.clear();
            double shift = OFFSET * step;
            source.forEach((id, at) -> positions.put(renamed.get(id), new Point(at.x() + shift, at.y() + shift)));
        }
        return new PasteCommand(nodes, edges, positions, renamed);
    }

    /** {@code split-3} pastes as {@code split-4} rather than {@code split-3-2}. */
    private static String baseOf(String id, Set<String> taken) {
        int dash = id.lastIndexOf('-');
        if (taken.contains(id) && dash > 0 && id.substring(dash + 1).matches("\\d+")) {
            return id.substring(0, dash);
        }
        return id;
    }

    @Override
    public String description() {
        return nodes.size() == 1 ? "Paste " + nodes.get(0).id() : "Paste " + nodes.size() + " nodes";
    }

    @Override
    public Pipeline applyTo(Pipeline p) {
        List<NodeInstance> all = new ArrayList<>(p.nodes());
        for (NodeInstance node : nodes) {
            if (p.node(node.id()).isPresent()) {
                throw new IllegalArgumentException("the pipeline already has a node '" + node.id() + "'");
            }
            all.add(node);
        }
        List<Edge> allEdges = new ArrayList<>(p.edges());
        allEdges.addAll(edges);
        Map<String, Point> layout = new LinkedHashMap<>(p.layout().positions());
        layout.putAll(positions);
        return Graphs.with(p, all, allEdges, new Layout(layout));
    }
}
