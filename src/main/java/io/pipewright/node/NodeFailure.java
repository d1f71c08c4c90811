package io.pipewright.node;

/**
 * A failure a user can act on, with a message that names the thing at fault (file and line, column,
 * parameter). The executor shows its message as is; any other exception is reported with its type.
 */
public class NodeFailure extends Exception {
    public NodeFailure(String message) {
        super(message);
    }

    public NodeFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
