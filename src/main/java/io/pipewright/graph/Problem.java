package io.pipewright.graph;

/**
 * One thing wrong with a pipeline, naming where it is: a node, and within it a port or a parameter
 * (either may be null). The message says what is wrong and, where it can, what to do.
 */
public record Problem(String nodeId, String port, String param, String message) {
    public static Problem ofPipeline(String message) {
        return new Problem(null, null, null, message);
    }

    public static Problem ofNode(String nodeId, String message) {
        return new Problem(nodeId, null, null, message);
    }

    public static Problem ofPort(String nodeId, String port, String message) {
        return new Problem(nodeId, port, null, message);
    }

    public static Problem ofParam(String nodeId, String param, String message) {
        return new Problem(nodeId, null, param, message);
    }

    /** Where the problem is, e.g. {@code node 'cv', parameter 'folds'}. */
    public String location() {
        if (nodeId == null) {
            return "pipeline";
        }
        StringBuilder where = new StringBuilder("node '").append(nodeId).append('\'');
        if (port != null) {
            where.append(", port '").append(port).append('\'');
        }
        if (param != null) {
            where.append(", parameter '").append(param).append('\'');
        }
        return where.toString();
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
