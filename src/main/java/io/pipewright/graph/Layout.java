package io.pipewright.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Where each node sits on the canvas. Kept apart from the model: moving a node changes no result. */
public record Layout(Map<String, Point> positions) {
    public static final Layout EMPTY = new Layout(Map.of());

    public Layout {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public Optional<Point> positionOf(String nodeId) {
        return Optional.ofNullable(positions.get(nodeId));
    }

    public Layout with(String nodeId, Point point) {
        Map<String, Point> copy = new LinkedHashMap<>(positions);
        copy.put(nodeId, point);
        return new Layout(copy);
    }
}
