package io.pipewright.app;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.RunResult;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What the Results dock reads from a node's result in a finished run. */
final class NodeResults {
    private NodeResults() {
    }

    /** The scalar metrics a node reported, in report order; empty if it reported none. */
    static Map<String, Object> metrics(RunResult result, String nodeId) {
        Map<String, Object> out = new LinkedHashMap<>();
        metricsSection(result, nodeId).ifPresent(metrics -> metrics.forEach((k, v) -> {
            if (v instanceof Number || v instanceof String || v instanceof Boolean) {
                out.put(String.valueOf(k), v);
            }
        }));
        return out;
    }

    static Optional<ConfusionMatrix> confusion(RunResult result, String nodeId) {
        return metricsSection(result, nodeId).flatMap(m -> ConfusionMatrix.fromReport(m.get("confusionMatrix")));
    }

    private static Optional<Map<?, ?>> metricsSection(RunResult result, String nodeId) {
        return node(result, nodeId).map(n -> n.reports().get("metrics"))
                .filter(m -> m instanceof Map<?, ?>).map(m -> (Map<?, ?>) m);
    }

    private static Optional<NodeResult> node(RunResult result, String nodeId) {
        return result == null || nodeId == null ? Optional.empty() : result.node(nodeId);
    }
}
