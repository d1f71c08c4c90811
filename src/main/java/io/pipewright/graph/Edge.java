package io.pipewright.graph;

/** A wire from an output port to an input port. */
public record Edge(PortRef from, PortRef to) {
    public static Edge of(String from, String to) {
        return new Edge(PortRef.parse(from), PortRef.parse(to));
    }

    @Override
    public String toString() {
        return from + " -> " + to;
    }
}
