package io.pipewright.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses JSON into a Jackson tree while remembering where each value starts, keyed by its path
 * (e.g. {@code nodes[2].id}), so that problems found later while binding can still name the line and
 * column. Jackson's own tree keeps no locations, hence this small builder. Duplicate keys are refused.
 */
final class JsonTreeReader {
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][\\w-]*");
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A parsed document and the start of each value in it. */
    record Located(JsonNode root, Map<String, int[]> locations) {
        FormatProblem problem(String path, String message) {
            int[] at = locations.get(path);
            return at == null ? FormatProblem.at(path, message) : new FormatProblem(path, at[0], at[1], message);
        }
    }

    private final String source;
    private final Map<String, int[]> locations = new HashMap<>();
    private String currentPath = "";

    private JsonTreeReader(String source) {
        this.source = source;
    }

    static Located parse(byte[] json, String source) throws PipelineFormatException {
        JsonTreeReader reader = new JsonTreeReader(source);
        try (JsonParser parser = FACTORY.createParser(json)) {
            return reader.parse(parser);
        } catch (IOException e) {
            throw reader.failure(e);
        }
    }

    static Located parse(String json, String source) throws PipelineFormatException {
        JsonTreeReader reader = new JsonTreeReader(source);
        try (JsonParser parser = FACTORY.createParser(json)) {
            return reader.parse(parser);
        } catch (IOException e) {
            throw reader.failure(e);
        }
    }

    static String child(String path, String key) {
        if (SIMPLE_KEY.matcher(key).matches()) {
            return path.isEmpty() ? key : path + "." + key;
        }
        return path + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    private Located parse(JsonParser parser) throws IOException, PipelineFormatException {
        if (parser.nextToken() == null) {
            throw new PipelineFormatException(source, FormatProblem.at("", "the file is empty; expected a pipeline (a JSON object)"));
        }
        JsonNode root = readValue(parser, "");
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new PipelineFormatException(source, new FormatProblem("", at.getLineNr(), at.getColumnNr(),
                    "unexpected content after the end of the pipeline object; a file holds one JSON object"));
        }
        return new Located(root, Map.copyOf(locations));
    }

    private JsonNode readValue(JsonParser parser, String path) throws IOException, PipelineFormatException {
        currentPath = path;
        JsonLocation at = parser.currentTokenLocation();
        locations.put(path, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    object.set(key, readValue(parser, child(path, key)));
                    currentPath = path;
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, element(path, index++)));
                    currentPath = path;
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> nodes.numberNode(parser.getIntValue());
                    case LONG -> nodes.numberNode(parser.getLongValue());
                    default -> nodes.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                double value = parser.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw new PipelineFormatException(source, new FormatProblem(path, at.getLineNr(), at.getColumnNr(),
                            "the number " + parser.getText() + " is too large"));
                }
                return nodes.numberNode(value);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(parser.getBooleanValue());
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private PipelineFormatException failure(IOException e) {
        if (e instanceof JacksonException jackson) {
            JsonLocation at = jackson.getLocation();
            String message = jackson.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field ")) {
                message = "the key " + message.substring("Duplicate field ".length())
                        + " appears twice in the same object; a key may appear only once";
            } else {
                message = "not valid JSON: " + message;
            }
            int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
            return new PipelineFormatException(source, new FormatProblem(currentPath, line, column, message));
        }
        if (e instanceof CharConversionException) {
            return new PipelineFormatException(source, FormatProblem.at("", "not readable as UTF-8 text: " + e.getMessage()));
        }
        return new PipelineFormatException(source, FormatProblem.at("", "cannot read: " + e.getMessage()));
    }
}
