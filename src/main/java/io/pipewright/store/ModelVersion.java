package io.pipewright.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One registered version of a model. {@code artifactId} is the stored model file (read it with
 * {@link ModelRegistry#open}); lineage: the run and node that produced it, the pipeline revision the run
 * belongs to (null for a run without a project) and the fingerprints of the run's input files.
 * {@code metrics} maps node id to metric key to value: the numeric metrics that run recorded (an
 * evaluation or a monitoring performance node), as the history stores them. {@code aliases} are the
 * aliases that point at this version now.
 */
public record ModelVersion(long id, String model, int version, long artifactId, String sha256, Long runId, String nodeId,
                           Long revisionId, List<InputFingerprint> data, Map<String, Map<String, Double>> metrics,
                           String reason, String createdBy, Instant createdAt, List<String> aliases) {
    public ModelVersion {
        data = List.copyOf(data);
        aliases = List.copyOf(aliases);
    }
}
