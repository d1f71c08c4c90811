package io.pipewright.store;

import java.time.Instant;
import java.util.Map;

/** One recorded drift report: the run, when it started, the node, and the "drift" section as recorded. */
public record DriftPoint(long runId, Instant startedAt, String nodeId, Map<String, Object> drift) {
}
