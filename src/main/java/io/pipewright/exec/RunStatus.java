package io.pipewright.exec;

/** How a run ended: succeeded only if every node it ran succeeded or was served from the cache. */
public enum RunStatus {
    SUCCEEDED, FAILED, CANCELLED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
