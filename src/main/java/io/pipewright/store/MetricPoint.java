package io.pipewright.store;

import java.time.Instant;

/** One point of a metric series: the run, when it started, the evaluation node and the value. */
public record MetricPoint(long runId, Instant startedAt, String nodeId, Double value) {
}
