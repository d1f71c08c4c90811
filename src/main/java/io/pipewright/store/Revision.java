package io.pipewright.store;

import java.time.Instant;

/** One saved version of a pipeline: its full JSON text (as the writer writes it), that text's SHA-256 and a message. */
public record Revision(long id, String project, String pipeline, int revision, String sha256, String message,
                       String savedBy, Instant savedAt, String json) {
}
