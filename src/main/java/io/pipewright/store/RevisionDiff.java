package io.pipewright.store;

import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The differences between two pipelines at node, edge and parameter level; pure, no database. Nodes
 * are matched by id. Numbers compare by value (10 equals 10.0). Layout moves are reported as one flag.
 */
public record RevisionDiff(String nameBefore, String nameAfter, List<NodeChange> nodes, List<EdgeChange> edges,
                           List<ParamChange> params, boolean layoutChanged) {

    public enum Change { ADDED, REMOVED, CHANGED }

    /** A node added, removed, or whose type or type version changed. */
    public record NodeChange(Change change, String nodeId, String typeBefore, String typeAfter) {
    }

    public record EdgeChange(Change change, String edge) {
    }

    /** A parameter set, unset or changed; {@code before}/{@code after} are null when it was not set. */
    public record ParamChange(String nodeId, String key, Object before, Object after) {
    }

    public static RevisionDiff between(Pipeline a, Pipeline b) {
        List<NodeChange> nodes = new ArrayList<>();
        List<ParamChange> params = new ArrayList<>();
        for (NodeInstance before : a.nodes()) {
            NodeInstance after = b.node(before.id()).orElse(null);
            if (after == null) {
                nodes.add(new NodeChange(Change.REMOVED, before.id(), typeOf(before), null));
                continue;
            }
            if (!before.type().equals(after.type()) || before.typeVersion() != after.typeVersion()) {
                nodes.add(new NodeChange(Change.CHANGED, before.id(), typeOf(before), typeOf(after)));
            }
            Set<String> keys = new TreeSet<>(before.params().keySet());
            keys.addAll(after.params().keySet());
            for (String key : keys) {
                Object x = before.params().get(key);
                Object y = after.params().get(key);
                if (!sameValue(x, y)) {
                    params.add(new ParamChange(before.id(), key, x, y));
                }
            }
        }
        for (NodeInstance after : b.nodes()) {
            if (a.node(after.id()).isEmpty()) {
                nodes.add(new NodeChange(Change.ADDED, after.id(), null, typeOf(after)));
            }
        }
        List<EdgeChange> edges = new ArrayList<>();
        Set<String> edgesA = edgeSet(a);
        Set<String> edgesB = edgeSet(b);
        edgesA.stream().filter(e -> !edgesB.contains(e)).forEach(e -> edges.add(new EdgeChange(Change.REMOVED, e)));
        edgesB.stream().filter(e -> !edgesA.contains(e)).forEach(e -> edges.add(new EdgeChange(Change.ADDED, e)));
        return new RevisionDiff(a.name(), b.name(), List.copyOf(nodes), List.copyOf(edges), List.copyOf(params),
                !a.layout().equals(b.layout()));
    }

    public boolean isEmpty() {
        return nameBefore.equals(nameAfter) && nodes.isEmpty() && edges.isEmpty() && params.isEmpty() && !layoutChanged;
    }

    /** One line per difference: "+" added, "-" removed, "~" changed. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (!nameBefore.equals(nameAfter)) {
            out.add("~ name: " + nameBefore + " -> " + nameAfter);
        }
        for (NodeChange n : nodes) {
            out.add(switch (n.change()) {
                case ADDED -> "+ node " + n.nodeId() + " (" + n.typeAfter() + ")";
                case REMOVED -> "- node " + n.nodeId() + " (" + n.typeBefore() + ")";
                case CHANGED -> "~ node " + n.nodeId() + ": " + n.typeBefore() + " -> " + n.typeAfter();
            });
        }
        for (EdgeChange e : edges) {
            out.add((e.change() == Change.ADDED ? "+ edge " : "- edge ") + e.edge());
        }
        for (ParamChange p : params) {
            String where = p.nodeId() + "." + p.key();
            if (p.before() == null) {
                out.add("+ param " + where + " = " + p.after());
            } else if (p.after() == null) {
                out.add("- param " + where + " (was " + p.before() + ")");
            } else {
                out.add("~ param " + where + ": " + p.before() + " -> " + p.after());
            }
        }
        if (layoutChanged) {
            out.add("~ layout (nodes moved)");
        }
        return out;
    }

    private static String typeOf(NodeInstance n) {
        return n.type() + " v" + n.typeVersion();
    }

    private static Set<String> edgeSet(Pipeline p) {
        Set<String> out = new LinkedHashSet<>();
        for (Edge e : p.edges()) {
            out.add(e.toString());
        }
        return out;
    }

    static boolean sameValue(Object x, Object y) {
        if (x instanceof Number nx && y instanceof Number ny) {
            try {
                return new BigDecimal(nx.toString()).compareTo(new BigDecimal(ny.toString())) == 0;
            } catch (NumberFormatException e) {
                return nx.doubleValue() == ny.doubleValue();
            }
        }
        if (x instanceof Map<?, ?> mx && y instanceof Map<?, ?> my) {
            return mx.keySet().equals(my.keySet()) && mx.keySet().stream().allMatch(k -> sameValue(mx.get(k), my.get(k)));
        }
        if (x instanceof List<?> lx && y instanceof List<?> ly) {
            if (lx.size() != ly.size()) {
                return false;
            }
            for (int i = 0; i < lx.size(); i++) {
                if (!sameValue(lx.get(i), ly.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(x, y);
    }
}
