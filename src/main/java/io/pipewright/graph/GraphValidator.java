package io.pipewright.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the shape of a pipeline without knowing any node type: duplicate ids, edges to nodes that
 * do not exist, two edges into one input, and cycles. Port names and types are checked by the
 * catalog-aware compiler in {@code exec}.
 */
public final class GraphValidator {
    private GraphValidator() {
    }

    public static List<Problem> validate(Pipeline pipeline) {
        List<Problem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (NodeInstance node : pipeline.nodes()) {
            if (node.id().isBlank()) {
                problems.add(Problem.ofPipeline("a node has an empty id"));
            } else if (node.id().contains(":")) {
                problems.add(Problem.ofNode(node.id(), "node ids may not contain ':'"));
            }
            if (!ids.add(node.id())) {
                problems.add(Problem.ofNode(node.id(), "two nodes have the id '" + node.id() + "'"));
            }
        }
        Map<PortRef, Edge> intoInput = new HashMap<>();
        for (Edge edge : pipeline.edges()) {
            if (!ids.contains(edge.from().nodeId())) {
                problems.add(Problem.ofPort(edge.to().nodeId(), edge.to().port(),
                        "edge " + edge + " comes from node '" + edge.from().nodeId() + "', which does not exist"));
            }
            if (!ids.contains(edge.to().nodeId())) {
                problems.add(Problem.ofPort(edge.from().nodeId(), edge.from().port(),
                        "edge " + edge + " goes to node '" + edge.to().nodeId() + "', which does not exist"));
            }
            Edge earlier = intoInput.putIfAbsent(edge.to(), edge);
            if (earlier != null) {
                problems.add(Problem.ofPort(edge.to().nodeId(), edge.to().port(),
                        "two edges go into this input (from " + earlier.from() + " and " + edge.from()
                                + "); an input takes one edge"));
            }
        }
        findCycle(pipeline).ifPresent(cycle -> problems.add(Problem.ofNode(cycle.get(0),
                "the pipeline has a cycle: " + String.join(" -> ", cycle))));
        return problems;
    }

    /** Nodes in an order where every node comes after the nodes it takes input from (Kahn's algorithm). */
    public static List<String> topologicalOrder(Pipeline pipeline) {
        Map<String, Integer> inDegree = new LinkedHashMap<>();
        pipeline.nodes().forEach(n -> inDegree.put(n.id(), 0));
        for (Edge e : pipeline.edges()) {
            if (inDegree.containsKey(e.from().nodeId())) {
                inDegree.computeIfPresent(e.to().nodeId(), (k, v) -> v + 1);
            }
        }
        Deque<String> ready = new ArrayDeque<>();
        inDegree.forEach((id, d) -> {
            if (d == 0) {
                ready.add(id);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (Edge e : pipeline.edgesOutOf(id)) {
                Integer left = inDegree.computeIfPresent(e.to().nodeId(), (k, v) -> v - 1);
                if (left != null && left == 0) {
                    ready.add(e.to().nodeId());
                }
            }
        }
        return order;
    }

    private static Optional<List<String>> findCycle(Pipeline pipeline) {
        List<String> order = topologicalOrder(pipeline);
        if (order.size() == pipeline.nodes().size()) {
            return Optional.empty();
        }
        // Every left-over node has an incoming edge from another left-over node (its in-degree never
        // reached zero), so walking backwards along such edges must come back to a node already seen.
        Set<String> leftOver = new HashSet<>();
        pipeline.nodes().forEach(n -> leftOver.add(n.id()));
        order.forEach(leftOver::remove);
        if (leftOver.isEmpty()) {
            // Duplicate ids make the counts differ without any cycle; validate() reports them separately.
            return Optional.empty();
        }
        String current = pipeline.nodes().stream().map(NodeInstance::id).filter(leftOver::contains)
                .findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        while (!path.contains(current)) {
            path.add(current);
            String here = current;
            current = pipeline.edgesInto(here).stream().map(e -> e.from().nodeId())
                    .filter(leftOver::contains).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        Collections.reverse(cycle);
        // Start the cycle at the node that comes first in the file, so the message reads naturally.
        List<String> fileOrder = pipeline.nodes().stream().map(NodeInstance::id).toList();
        String first = cycle.stream().min(java.util.Comparator.comparingInt(fileOrder::indexOf)).orElseThrow();
        Collections.rotate(cycle, -cycle.indexOf(first));
        cycle.add(cycle.get(0));
        return Optional.of(cycle);
    }
}
