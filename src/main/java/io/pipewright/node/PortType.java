package io.pipewright.node;

import java.util.Objects;

/**
 * What flows through a port: a stable id (used in messages and the catalog listing) and the Java
 * type of the value. A wire is allowed when the input's type accepts the output's.
 */
public record PortType<T>(String id, Class<T> javaType, String description) {
    public PortType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(javaType, "javaType");
    }

    public boolean accepts(PortType<?> output) {
        return id.equals(output.id) || javaType.isAssignableFrom(output.javaType) && !javaType.equals(Object.class);
    }
}
