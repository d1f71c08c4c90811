package io.pipewright.node;

import java.util.Map;
import java.util.Optional;

/** The values arriving at a node's input ports, by port name. */
public final class NodeInputs {
    private final Map<String, Object> values;

    public NodeInputs(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public <T> T get(String port, Class<T> type) {
        Object value = values.get(port);
        if (value == null) {
            throw new IllegalStateException("input '" + port + "' has no value");
        }
        return type.cast(value);
    }

    public <T> Optional<T> optional(String port, Class<T> type) {
        return Optional.ofNullable(values.get(port)).map(type::cast);
    }
}
