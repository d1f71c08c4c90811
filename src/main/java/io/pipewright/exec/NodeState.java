package io.pipewright.exec;

/** Where a node is in a run. The last five are terminal. */
public enum NodeState {
    IDLE, QUEUED, RUNNING, SUCCEEDED, CACHED, FAILED, CANCELLED, SKIPPED;

    public boolean isTerminal() {
        return ordinal() >= SUCCEEDED.ordinal();
    }

    /** The word used in JSON output and the UI. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
