package io.pipewright.graph;

import java.util.Objects;

/** One end of an edge: a node id and one of its port names, written "nodeId:port" in files. */
public record PortRef(String nodeId, String port) {
    public PortRef {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(port, "port");
    }

    /** Parses "nodeId:port"; the node id may not contain ':' but the port is everything after the first one. */
    public static PortRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not of the form nodeId:port");
        }
        return new PortRef(text.substring(0, colon), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return nodeId + ":" + port;
    }
}
