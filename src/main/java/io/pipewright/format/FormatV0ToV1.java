package io.pipewright.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

/**
 * Format 0 (pre-release draft) to 1: kind/settings become type/params, links with "node.port" ends
 * become edges with "node:port" ends, positions [x, y] become layout {x, y}. Anything not in the
 * expected draft shape is carried over unchanged, so binding reports it with its path.
 */
final class FormatV0ToV1 implements Migrations.Step {
    @Override
    public int from() {
        return 0;
    }

    @Override
    public ObjectNode apply(ObjectNode root) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("format", PipelineReader.FORMAT_ID);
        out.put("formatVersion", 1);
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            switch (field.getKey()) {
                case "format", "formatVersion" -> {
                    // already written above
                }
                case "nodes" -> out.set("nodes", nodes(field.getValue()));
                case "links" -> out.set(root.has("edges") ? "links" : "edges", links(field.getValue()));
                case "positions" -> out.set(root.has("layout") ? "positions" : "layout", positions(field.getValue()));
                default -> out.set(field.getKey(), field.getValue());
            }
        }
        return out;
    }

    private static JsonNode nodes(JsonNode nodes) {
        if (!(nodes instanceof ArrayNode array)) {
            return nodes;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode node : array) {
            out.add(node instanceof ObjectNode object ? renamed(object, "kind", "type", "settings", "params") : node);
        }
        return out;
    }

    private static JsonNode links(JsonNode links) {
        if (!(links instanceof ArrayNode array)) {
            return links;
        }
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode link : array) {
            if (!(link instanceof ObjectNode object)) {
                out.add(link);
                continue;
            }
            ObjectNode edge = renamed(object, "source", "from", "target", "to");
            for (String end : new String[] {"from", "to"}) {
                JsonNode value = edge.get(end);
                if (value != null && value.isTextual()) {
                    edge.put(end, dotToColon(value.textValue()));
                }
            }
            out.add(edge);
        }
        return out;
    }

    /** "a.data" -> "a:data"; the port is after the last dot. Text without a dot is left for binding to report. */
    private static String dotToColon(String end) {
        int dot = end.lastIndexOf('.');
        return dot < 0 ? end : end.substring(0, dot) + ":" + end.substring(dot + 1);
    }

    private static JsonNode positions(JsonNode positions) {
        if (!(positions instanceof ObjectNode object)) {
            return positions;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            JsonNode xy = entry.getValue();
            if (xy.isArray() && xy.size() == 2 && xy.get(0).isNumber() && xy.get(1).isNumber()) {
                ObjectNode point = out.putObject(entry.getKey());
                point.set("x", xy.get(0));
                point.set("y", xy.get(1));
            } else {
                out.set(entry.getKey(), xy);
            }
        }
        return out;
    }

    /** A copy of {@code object} with keys renamed pairwise (old, new, old, new...), keeping their order. */
    private static ObjectNode renamed(ObjectNode object, String... pairs) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String key = field.getKey();
            for (int i = 0; i < pairs.length; i += 2) {
                if (key.equals(pairs[i]) && !object.has(pairs[i + 1])) {
                    key = pairs[i + 1];
                }
            }
            out.set(key, field.getValue());
        }
        return out;
    }
}
