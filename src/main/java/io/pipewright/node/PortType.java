package io.pipewright.node;

import java.util.List;
import java.util.Objects;

/**
 * What flows through a port: a stable id (used in messages and the catalog listing) and the Java
 * type of the value. A wire is allowed when the input's type accepts the output's: the same id, or a
 * Java type the input's type can hold. A union type ({@link #anyOf}) accepts exactly its members (and
 * itself), never an unrelated type that merely shares a Java supertype.
 */
public record PortType<T>(String id, Class<T> javaType, String description, List<PortType<?>> members) {
    public PortType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(javaType, "javaType");
        members = List.copyOf(members);
        for (PortType<?> member : members) {
            if (!javaType.isAssignableFrom(member.javaType())) {
                throw new IllegalArgumentException("port type '" + id + "' (" + javaType.getName()
                        + ") cannot hold its member '" + member.id() + "' (" + member.javaType().getName() + ")");
            }
        }
    }

    public PortType(String id, Class<T> javaType, String description) {
        this(id, javaType, description, List.of());
    }

    /**
     * A port type for an input that takes any one of {@code members}, e.g. a dataset or a profile.
     * {@code javaType} is a common supertype of the members' Java types; it does not widen what is accepted.
     */
    public static <T> PortType<T> anyOf(String id, Class<T> javaType, String description, PortType<?>... members) {
        if (members.length < 2) {
            throw new IllegalArgumentException("a union port type needs at least two members");
        }
        return new PortType<>(id, javaType, description, List.of(members));
    }

    public boolean accepts(PortType<?> output) {
        if (id.equals(output.id)) {
            return true;
        }
        if (!members.isEmpty()) {
            return members.stream().anyMatch(m -> m.accepts(output));
        }
        return javaType.isAssignableFrom(output.javaType) && !javaType.equals(Object.class);
    }
}
