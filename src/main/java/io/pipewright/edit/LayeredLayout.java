package io.pipewright.edit;

import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Arranges a pipeline left to right in layers (a simple Sugiyama scheme): each node goes one column
 * right of the deepest node feeding it, so every wire points right; within a column the nodes are
 * ordered by the mean position of their neighbours, sweeping right and left a few times, which removes
 * most crossings; columns are as wide as their widest node and nodes are stacked with a gap, so no two
 * overlap. Positions are multiples of {@link #GRID}.
 */
public final class LayeredLayout {
    public static final double GRID = 10;
    static final double COLUMN_GAP = 80;
    static final double ROW_GAP = 30;
    static final double ORIGIN = 40;
    private static final int SWEEPS = 8;

    private LayeredLayout() {
    }

    /** The auto-layout as one undoable command. */
    public static MoveNodesCommand command(Pipeline p, Function<String, NodeSize> sizes) {
        return new MoveNodesCommand("Auto-layout", arrange(p, sizes));
    }

    public static Map<String, Point> arrange(Pipeline p, Function<String, NodeSize> sizes) {
        List<List<String>> layers = layers(p);
        reduceCrossings(p, layers);
        Map<String, Point> positions = new LinkedHashMap<>();
        double[] heights = new double[layers.size()];
        double tallest = 0;
        for (int i = 0; i < layers.size(); i++) {
            for (String id : layers.get(i)) {
                heights[i] += snapUp(sizes.apply(id).height()) + ROW_GAP;
            }
            tallest = Math.max(tallest, heights[i]);
        }
        double x = ORIGIN;
        for (int i = 0; i < layers.size(); i++) {
            double y = ORIGIN + snap((tallest - heights[i]) / 2);
            double widest = 0;
            for (String id : layers.get(i)) {
                NodeSize size = sizes.apply(id);
                positions.put(id, new Point(x, y));
                y += snapUp(size.height()) + ROW_GAP;
                widest = Math.max(widest, size.width());
            }
            x += snapUp(widest) + COLUMN_GAP;
        }
        Map<String, Point> inFileOrder = new LinkedHashMap<>();
        p.nodes().forEach(n -> inFileOrder.put(n.id(), positions.get(n.id())));
        return inFileOrder;
    }

    /** Column of each node: 0 for nodes fed by nothing, else one more than the deepest node feeding it. */
    private static List<List<String>> layers(Pipeline p) {
        Map<String, Integer> depth = new HashMap<>();
        p.nodes().forEach(n -> depth.put(n.id(), 0));
        for (String id : io.pipewright.graph.GraphValidator.topologicalOrder(p)) {
            for (Edge e : p.edgesOutOf(id)) {
                depth.computeIfPresent(e.to().nodeId(), (k, d) -> Math.max(d, depth.get(id) + 1));
            }
        }
        int columns = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<String>> layers = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            layers.add(new ArrayList<>());
        }
        for (NodeInstance n : p.nodes()) {
            layers.get(depth.get(n.id())).add(n.id());
        }
        return layers;
    }

    private static void reduceCrossings(Pipeline p, List<List<String>> layers) {
        Map<String, List<String>> upstream = new HashMap<>();
        Map<String, List<String>> downstream = new HashMap<>();
        for (Edge e : p.edges()) {
            upstream.computeIfAbsent(e.to().nodeId(), k -> new ArrayList<>()).add(e.from().nodeId());
            downstream.computeIfAbsent(e.from().nodeId(), k -> new ArrayList<>()).add(e.to().nodeId());
        }
        Map<String, Double> rank = new HashMap<>();
        layers.forEach(layer -> rankIn(layer, rank));
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            boolean rightward = sweep % 2 == 0;
            Map<String, List<String>> neighbours = rightward ? upstream : downstream;
            for (int k = 0; k < layers.size(); k++) {
                List<String> layer = layers.get(rightward ? k : layers.size() - 1 - k);
                Map<String, Double> centre = new HashMap<>();
                for (String id : layer) {
                    List<String> around = neighbours.getOrDefault(id, List.of());
                    centre.put(id, around.isEmpty() ? rank.get(id)
                            : around.stream().mapToDouble(rank::get).average().orElseThrow());
                }
                // A stable sort keeps nodes without neighbours in their current order.
                layer.sort(Comparator.comparingDouble(centre::get));
                rankIn(layer, rank);
            }
        }
    }

    /** A node's rank is its relative position in its column (0..1), so columns of different sizes compare. */
    private static void rankIn(List<String> layer, Map<String, Double> rank) {
        for (int i = 0; i < layer.size(); i++) {
            rank.put(layer.get(i), layer.size() == 1 ? 0.5 : (double) i / (layer.size() - 1));
        }
    }

    private static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }

    private static double snapUp(double v) {
        return Math.ceil(v / GRID) * GRID;
    }
}
