package io.pipewright.edit;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import io.pipewright.graph.PortRef;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gives a node a new id, carrying its wires and position along; the node keeps its place in the file. */
public record RenameNodeCommand(String oldId, String newId) implements PipelineCommand {
    @Override
    public String description() {
        return "Rename " + oldId + " to " + newId;
    }

    /** Why {@code newId} cannot name a node of {@code p}, or null when it can. */
    public static String refusal(Pipeline p, String oldId, String newId) {
        if (newId == null || newId.isBlank()) {
            return "a node id may not be empty";
        }
        if (newId.contains(":") || !newId.strip().equals(newId)) {
            return "a node id may not contain ':' or start or end with a space";
        }
        if (!newId.equals(oldId) && p.node(newId).isPresent()) {
            return "another node already has the id '" + newId + "'";
        }
        return null;
    }

    @Override
    public Pipeline applyTo(Pipeline p) {
        Graphs.requireNode(p, oldId);
        String refusal = refusal(p, oldId, newId);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        List<NodeInstance> nodes = p.nodes().stream().map(n -> n.id().equals(oldId) ? n.withId(newId) : n).toList();
        List<Edge> edges = p.edges().stream().map(e -> new Edge(rename(e.from()), rename(e.to()))).toList();
        Map<String, Point> positions = new LinkedHashMap<>();
        p.layout().positions().forEach((id, at) -> positions.put(id.equals(oldId) ? newId : id, at));
        return Graphs.with(p, nodes, edges, new Layout(positions));
    }

    private PortRef rename(PortRef ref) {
        return ref.nodeId().equals(oldId) ? new PortRef(newId, ref.port()) : ref;
    }
}
