package io.pipewright.batch;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.RunResult;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What became of one batch file: the recorded run (null when the pipeline could not start on it),
 * its status ("succeeded", "failed", "cancelled" or "invalid"), a few key metrics as
 * {@code node.metric}, whether any drift node found dataset drift (null: no drift node ran) and,
 * when it did not succeed, why.
 */
public record BatchOutcome(Path file, Long runId, String status, Map<String, Double> keyMetrics, Boolean datasetDrift,
                           String message) {
    /** The metrics a batch line shows, in this order, at most {@link #METRICS_PER_NODE} per node. */
    static final List<String> KEY_METRICS = List.of("accuracy", "kappa", "weightedAreaUnderROC", "rootMeanSquaredError",
            "meanAbsoluteError");
    static final int METRICS_PER_NODE = 2;

    public BatchOutcome {
        keyMetrics = Map.copyOf(keyMetrics);
    }

    static BatchOutcome invalid(Path file, String message) {
        return new BatchOutcome(file, null, "invalid", Map.of(), null, message);
    }

    static BatchOutcome of(Path file, long runId, RunResult result) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        Boolean drift = null;
        String firstError = null;
        for (NodeResult n : result.nodes().values()) {
            Map<String, Object> reports = n.reports() == null ? Map.of() : n.reports();
            if (reports.get("metrics") instanceof Map<?, ?> m) {
                int taken = 0;
                for (String key : KEY_METRICS) {
                    if (taken < METRICS_PER_NODE && m.get(key) instanceof Number v && Double.isFinite(v.doubleValue())) {
                        metrics.put(n.nodeId() + "." + key, v.doubleValue());
                        taken++;
                    }
                }
            }
            if (reports.get("drift") instanceof Map<?, ?> d && d.get("datasetDrift") instanceof Boolean b) {
                drift = Boolean.TRUE.equals(drift) || b;
            }
            if (firstError == null && n.error() != null && !n.error().startsWith("skipped")) {
                firstError = "node '" + n.nodeId() + "': " + n.error();
            }
        }
        return new BatchOutcome(file, runId, result.status().word(), new LinkedHashMap<>(metrics), drift, firstError);
    }

    public boolean succeeded() {
        return "succeeded".equals(status);
    }

    /** One line for a console: file, status, run, key metrics, dataset drift, and the reason when it did not succeed. */
    public String line() {
        StringBuilder b = new StringBuilder(file.getFileName().toString()).append("  ").append(status);
        if (runId != null) {
            b.append("  run ").append(runId);
        }
        keyMetrics.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                b.append("  ").append(e.getKey()).append('=').append(String.format(Locale.ROOT, "%.4f", e.getValue())));
        if (runId != null) {
            b.append("  drift=").append(datasetDrift == null ? "n/a" : datasetDrift ? "yes" : "no");
        }
        if (message != null) {
            b.append("  ").append(message.lines().findFirst().orElse(""));
        }
        return b.toString();
    }
}
