package io.pipewright.graph;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A node placed in a pipeline: its id, the node type it instantiates and its raw parameter values
 * (JSON-like: String, Number, Boolean, List, Map). Raw values are kept as written so that a node
 * whose type this build does not know survives a load/save round trip untouched.
 */
public record NodeInstance(String id, String type, int typeVersion, Map<String, Object> params) {
    public NodeInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
    }

    public static NodeInstance of(String id, String type, Map<String, Object> params) {
        return new NodeInstance(id, type, 1, params);
    }

    public NodeInstance withParam(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.put(key, value);
        return new NodeInstance(id, type, typeVersion, copy);
    }

    public NodeInstance withId(String newId) {
        return new NodeInstance(newId, type, typeVersion, params);
    }
}
