package io.pipewright.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipewright.graph.Edge;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import io.pipewright.graph.PortRef;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns a raw tree of the current format version into a {@link Pipeline}, collecting every problem
 * instead of stopping at the first, so one attempt to open a broken file shows all that is wrong.
 * It checks the file's shape only; node types, parameters and the graph are checked later by the
 * layers that know them.
 */
final class PipelineBinder {
    static final Set<String> TOP_LEVEL_FIELDS = Set.of("format", "formatVersion", "name", "nodes", "edges", "layout");
    private static final List<String> NODE_FIELDS = List.of("id", "type", "typeVersion", "params");
    private static final List<String> EDGE_FIELDS = List.of("from", "to");
    private static final List<String> POINT_FIELDS = List.of("x", "y");

    /** The pipeline, or null when there were problems. */
    record Result(Pipeline pipeline, List<FormatProblem> problems) {
    }

    private final BiFunction<String, String, FormatProblem> locate;
    private final List<FormatProblem> problems = new ArrayList<>();

    private PipelineBinder(BiFunction<String, String, FormatProblem> locate) {
        this.locate = locate;
    }

    /** {@code locate} makes a problem from (path, message), adding the line and column when known. */
    static Result bind(ObjectNode root, BiFunction<String, String, FormatProblem> locate) {
        PipelineBinder binder = new PipelineBinder(locate);
        Pipeline pipeline = binder.pipeline(root);
        return binder.problems.isEmpty()
                ? new Result(pipeline, List.of())
                : new Result(null, List.copyOf(binder.problems));
    }

    private Pipeline pipeline(ObjectNode root) {
        String name = requiredText(root, "", "name", "the pipeline's name");
        List<NodeInstance> nodes = new ArrayList<>();
        JsonNode rawNodes = root.get("nodes");
        if (rawNodes == null) {
            problem("", "missing 'nodes' (the list of nodes; [] for none)");
        } else if (!rawNodes.isArray()) {
            problem("nodes", "expected a list of nodes, found " + describe(rawNodes));
        } else {
            for (int i = 0; i < rawNodes.size(); i++) {
                NodeInstance node = node(rawNodes.get(i), JsonTreeReader.element("nodes", i));
                if (node != null) {
                    nodes.add(node);
                }
            }
        }
        List<Edge> edges = edges(root.get("edges"));
        Layout layout = layout(root.get("layout"));
        Map<String, Object> extras = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            if (!TOP_LEVEL_FIELDS.contains(field.getKey())) {
                extras.put(field.getKey(), toPlain(field.getValue()));
            }
        }
        return problems.isEmpty() ? new Pipeline(name, nodes, edges, layout, extras) : null;
    }

    private NodeInstance node(JsonNode raw, String path) {
        if (!raw.isObject()) {
            problem(path, "expected a node {\"id\", \"type\", \"params\"}, found " + describe(raw));
            return null;
        }
        unknownFields(raw, path, NODE_FIELDS, "a node");
        String id = requiredText(raw, path, "id", "the node's id");
        String type = requiredText(raw, path, "type", "the node type, e.g. \"ingest.csv\"");
        int typeVersion = 1;
        JsonNode rawVersion = raw.get("typeVersion");
        String versionPath = JsonTreeReader.child(path, "typeVersion");
        if (rawVersion != null) {
            if (rawVersion.isIntegralNumber() && rawVersion.canConvertToInt() && rawVersion.intValue() >= 1) {
                typeVersion = rawVersion.intValue();
            } else {
                problem(versionPath, "expected a whole number of 1 or more, found " + describe(rawVersion));
            }
        }
        Map<String, Object> params = Map.of();
        JsonNode rawParams = raw.get("params");
        if (rawParams != null) {
            if (rawParams.isObject()) {
                params = plainObject(rawParams);
            } else {
                problem(JsonTreeReader.child(path, "params"),
                        "expected an object of parameter values, found " + describe(rawParams));
            }
        }
        return id == null || type == null ? null : new NodeInstance(id, type, typeVersion, params);
    }

    private List<Edge> edges(JsonNode raw) {
        List<Edge> edges = new ArrayList<>();
        if (raw == null) {
            return edges;
        }
        if (!raw.isArray()) {
            problem("edges", "expected a list of edges, found " + describe(raw));
            return edges;
        }
        for (int i = 0; i < raw.size(); i++) {
            String path = JsonTreeReader.element("edges", i);
            JsonNode edge = raw.get(i);
            if (!edge.isObject()) {
                problem(path, "expected an edge {\"from\": \"node:port\", \"to\": \"node:port\"}, found " + describe(edge));
                continue;
            }
            unknownFields(edge, path, EDGE_FIELDS, "an edge");
            PortRef from = portRef(edge, path, "from");
            PortRef to = portRef(edge, path, "to");
            if (from != null && to != null) {
                edges.add(new Edge(from, to));
            }
        }
        return edges;
    }

    private PortRef portRef(JsonNode edge, String path, String end) {
        String text = requiredText(edge, path, end, "the port, written \"nodeId:port\"");
        if (text == null) {
            return null;
        }
        try {
            return PortRef.parse(text);
        } catch (IllegalArgumentException e) {
            problem(JsonTreeReader.child(path, end), "'" + text + "' is not of the form nodeId:port (e.g. \"load:data\")");
            return null;
        }
    }

    private Layout layout(JsonNode raw) {
        if (raw == null) {
            return Layout.EMPTY;
        }
        if (!raw.isObject()) {
            problem("layout", "expected an object of node positions {\"nodeId\": {\"x\": 0, \"y\": 0}}, found " + describe(raw));
            return Layout.EMPTY;
        }
        Map<String, Point> positions = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : raw.properties()) {
            String path = JsonTreeReader.child("layout", entry.getKey());
            JsonNode point = entry.getValue();
            if (!point.isObject()) {
                problem(path, "expected a position {\"x\": 0, \"y\": 0}, found " + describe(point));
                continue;
            }
            unknownFields(point, path, POINT_FIELDS, "a position");
            Double x = coordinate(point, path, "x");
            Double y = coordinate(point, path, "y");
            if (x != null && y != null) {
                positions.put(entry.getKey(), new Point(x, y));
            }
        }
        return new Layout(positions);
    }

    private Double coordinate(JsonNode point, String path, String axis) {
        JsonNode value = point.get(axis);
        if (value == null) {
            problem(path, "missing '" + axis + "' (a number)");
            return null;
        }
        if (!value.isNumber()) {
            problem(JsonTreeReader.child(path, axis), "expected a number, found " + describe(value));
            return null;
        }
        return value.doubleValue();
    }

    private String requiredText(JsonNode object, String path, String field, String what) {
        JsonNode value = object.get(field);
        if (value == null) {
            problem(path, "missing '" + field + "' (" + what + ")");
            return null;
        }
        String fieldPath = JsonTreeReader.child(path, field);
        if (!value.isTextual()) {
            problem(fieldPath, "expected text (" + what + "), found " + describe(value));
            return null;
        }
        if (value.textValue().isBlank() && !field.equals("name")) {
            problem(fieldPath, "must not be empty (" + what + ")");
            return null;
        }
        return value.textValue();
    }

    private void unknownFields(JsonNode object, String path, List<String> known, String what) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String key = field.getKey();
            if (!known.contains(key)) {
                problem(JsonTreeReader.child(path, key), "unknown field '" + key + "'; " + what + " has only "
                        + String.join(", ", known));
            }
        }
    }

    private void problem(String path, String message) {
        problems.add(locate.apply(path, message));
    }

    /** JSON as plain Java values: String, Integer/Long/BigInteger, Double, Boolean, List, ordered Map, null. */
    static Object toPlain(JsonNode node) {
        if (node.isObject()) {
            return plainObject(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(item -> list.add(toPlain(item)));
            return Collections.unmodifiableList(list);
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isNull()) {
            return null;
        }
        throw new IllegalStateException("unexpected JSON node " + node.getNodeType());
    }

    private static Map<String, Object> plainObject(JsonNode node) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            map.put(field.getKey(), toPlain(field.getValue()));
        }
        return Collections.unmodifiableMap(map);
    }

    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "text '" + node.textValue() + "'";
            case NUMBER -> "the number " + node.asText();
            case BOOLEAN -> node.asText();
            case NULL -> "null";
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
