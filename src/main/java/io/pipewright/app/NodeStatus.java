package io.pipewright.app;

import io.pipewright.exec.NodeState;

/**
 * What a node's badge shows: its run state, progress (0..1, negative when unknown) and the message
 * that goes with it (an error, a warning found before running, or the current step).
 */
public record NodeStatus(NodeState state, double progress, String message) {
    public static final NodeStatus IDLE = new NodeStatus(NodeState.IDLE, -1, null);

    public NodeStatus withProgress(double fraction, String text) {
        return new NodeStatus(state, fraction, text == null ? message : text);
    }

    /** True when validation found a problem for an idle node: the "configured with warning" badge. */
    public boolean hasWarning() {
        return state == NodeState.IDLE && message != null;
    }
}
