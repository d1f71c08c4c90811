package io.pipewright.edit;

import io.pipewright.graph.Layout;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts nodes at new positions: one drag of a selection, or an auto-layout, is one command. Two drags
 * are two undo steps even when they move the same nodes, as a user expects.
 */
public record MoveNodesCommand(String description, Map<String, Point> positions) implements PipelineCommand {
    public MoveNodesCommand {
        positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public static MoveNodesCommand of(Map<String, Point> positions) {
        return new MoveNodesCommand(positions.size() == 1 ? "Move " + positions.keySet().iterator().next()
                : "Move " + positions.size() + " nodes", positions);
    }

    @Override
    public Pipeline applyTo(Pipeline p) {
        Map<String, Point> all = new LinkedHashMap<>(p.layout().positions());
        positions.forEach((id, at) -> {
            Graphs.requireNode(p, id);
            all.put(id, at);
        });
        return p.withLayout(new Layout(all));
    }
}
