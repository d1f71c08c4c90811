package io.pipewright.exec;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The outcome of a run: its status and each node's result, in the pipeline's order. */
public record RunResult(String runId, String pipelineName, RunStatus status, Instant startedAt, Instant finishedAt,
                        Map<String, NodeResult> nodes) {

    public Optional<NodeResult> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    public double seconds() {
        return (finishedAt.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
    }
}
