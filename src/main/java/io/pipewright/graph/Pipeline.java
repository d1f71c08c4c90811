package io.pipewright.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable pipeline: nodes, the edges between their ports, and their layout. Every edit makes a
 * new instance, so a run can take the pipeline as its snapshot while the user keeps editing.
 * {@code extras} holds top-level file fields this build does not interpret, so they survive a save.
 */
public record Pipeline(String name, List<NodeInstance> nodes, List<Edge> edges, Layout layout,
                       Map<String, Object> extras) {
    public Pipeline {
        Objects.requireNonNull(name, "name");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        layout = layout == null ? Layout.EMPTY : layout;
        extras = Collections.unmodifiableMap(new LinkedHashMap<>(extras == null ? Map.of() : extras));
    }

    public Pipeline(String name, List<NodeInstance> nodes, List<Edge> edges) {
        this(name, nodes, edges, Layout.EMPTY, Map.of());
    }

    public Optional<NodeInstance> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public List<Edge> edgesInto(String nodeId) {
        return edges.stream().filter(e -> e.to().nodeId().equals(nodeId)).toList();
    }

    public List<Edge> edgesOutOf(String nodeId) {
        return edges.stream().filter(e -> e.from().nodeId().equals(nodeId)).toList();
    }

    public Pipeline withName(String newName) {
        return new Pipeline(newName, nodes, edges, layout, extras);
    }

    public Pipeline withNode(NodeInstance node) {
        List<NodeInstance> copy = new ArrayList<>(nodes);
        int at = indexOf(node.id());
        if (at >= 0) {
            copy.set(at, node);
        } else {
            copy.add(node);
        }
        return new Pipeline(name, copy, edges, layout, extras);
    }

    public Pipeline withEdge(Edge edge) {
        List<Edge> copy = new ArrayList<>(edges);
        copy.add(edge);
        return new Pipeline(name, nodes, copy, layout, extras);
    }

    public Pipeline withLayout(Layout newLayout) {
        return new Pipeline(name, nodes, edges, newLayout, extras);
    }

    private int indexOf(String id) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
