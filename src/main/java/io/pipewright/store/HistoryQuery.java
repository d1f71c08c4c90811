package io.pipewright.store;

import java.time.Instant;

/** A page of run history, newest first; null filters are not applied. */
public record HistoryQuery(String project, String status, Instant since, int limit) {
    public HistoryQuery {
        if (limit <= 0) {
            throw WorkspaceException.invalid("the history limit must be 1 or more, got " + limit);
        }
    }

    public static HistoryQuery newest(int limit) {
        return new HistoryQuery(null, null, null, limit);
    }

    public HistoryQuery inProject(String name) {
        return new HistoryQuery(name, status, since, limit);
    }
}
