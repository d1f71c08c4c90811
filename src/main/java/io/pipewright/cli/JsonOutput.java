package io.pipewright.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON printed by the command line: valid JSON always (NaN and infinities become null). */
final class JsonOutput {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(sanitize(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output is built from JSON-like values", e);
        }
    }

    private static Object sanitize(Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        if (value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, sanitize(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(sanitize(v)));
            return out;
        }
        if (value instanceof double[] array) {
            List<Object> out = new ArrayList<>();
            for (double d : array) {
                out.add(sanitize(d));
            }
            return out;
        }
        if (value instanceof double[][] matrix) {
            List<Object> out = new ArrayList<>();
            for (double[] row : matrix) {
                out.add(sanitize(row));
            }
            return out;
        }
        return value;
    }
}
