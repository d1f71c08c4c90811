package io.pipewright.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything recorded about one run. {@code status} is "running", "succeeded", "failed", "cancelled" or
 * "interrupted". {@code parameters} maps node id to its parameters after overrides (defaults filled in
 * for known node types); {@code seeds} holds those whose key contains "seed", as "node.key".
 * {@code metrics} maps node id to metric key to value (numeric entries of each "metrics" report).
 */
public record RunRecord(long id, String project, String pipelineName, Long revisionId, Integer revision,
                        String pipelineSha256, String sourceFile, String engineRunId, String status, Instant startedAt,
                        Instant finishedAt, Double seconds, String appVersion, String wekaVersion, String javaVersion,
                        String user, List<String> overrides, Map<String, Object> parameters, Map<String, Object> seeds,
                        List<InputFingerprint> inputs, List<NodeRecord> nodes, Map<String, Map<String, Double>> metrics,
                        List<StoredArtifact> artifacts) {
}
