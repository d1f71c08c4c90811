package io.pipewright.edit;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pure helpers over an immutable pipeline that the commands share. */
final class Graphs {
    private Graphs() {
    }

    static void requireNode(Pipeline p, String id) {
        if (p.node(id).isEmpty()) {
            throw new IllegalArgumentException("the pipeline has no node '" + id + "'");
        }
    }

    static Pipeline with(Pipeline p, List<NodeInstance> nodes, List<Edge> edges, Layout layout) {
        return new Pipeline(p.name(), nodes, edges, layout, p.extras());
    }

    /** The pipeline without these nodes (and every edge touching them or listed) and their positions. */
    static Pipeline without(Pipeline p, Collection<String> nodeIds, Collection<Edge> edges) {
        Set<String> ids = Set.copyOf(nodeIds);
        Set<Edge> gone = Set.copyOf(edges);
        Map<String, Point> positions = new LinkedHashMap<>(p.layout().positions());
        positions.keySet().removeAll(ids);
        return with(p, p.nodes().stream().filter(n -> !ids.contains(n.id())).toList(),
                p.edges().stream().filter(e -> !gone.contains(e) && !ids.contains(e.from().nodeId())
                        && !ids.contains(e.to().nodeId())).toList(),
                new Layout(positions));
    }

    /** The node itself and every node it takes input from, directly or not. */
    static Set<String> upstreamOf(Pipeline p, String nodeId) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(nodeId));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                p.edgesInto(id).forEach(e -> todo.push(e.from().nodeId()));
            }
        }
        return seen;
    }

    /** Only the given nodes, the edges among them and their positions. */
    static Pipeline subgraph(Pipeline p, Set<String> ids) {
        Map<String, Point> positions = new LinkedHashMap<>();
        p.layout().positions().forEach((id, at) -> {
            if (ids.contains(id)) {
                positions.put(id, at);
            }
        });
        return with(p, p.nodes().stream().filter(n -> ids.contains(n.id())).toList(),
                p.edges().stream().filter(e -> ids.contains(e.from().nodeId()) && ids.contains(e.to().nodeId())).toList(),
                new Layout(positions));
    }
}
