package io.pipewright.store;

import java.time.Instant;

/** An artifact a run produced: which node output it was, its kind, and the file under artifacts/ named by its SHA-256. */
public record StoredArtifact(long id, long runId, String nodeId, String port, String kind, String sha256, String fileName,
                             long sizeBytes, boolean encrypted, Instant createdAt) {
}
