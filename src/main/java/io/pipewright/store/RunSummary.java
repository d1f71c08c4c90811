package io.pipewright.store;

import java.time.Instant;
import java.util.Map;

/** One row of the run history: the run, its outcome and its metrics (node id -> metric key -> value). */
public record RunSummary(long id, String project, String pipeline, String status, Instant startedAt, Instant finishedAt,
                         Double seconds, Map<String, Map<String, Double>> metrics) {
}
