package io.pipewright.cli;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.RunResult;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable summary of a run: one line per node, then the headline metrics. */
final class TextReport {
    private static final List<String> HEADLINE = List.of("accuracy", "kappa", "weightedF1", "weightedAreaUnderROC",
            "correlation", "meanAbsoluteError", "rootMeanSquaredError", "numInstances");

    private TextReport() {
    }

    static String of(RunResult result) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s in %.2f s%n", result.pipelineName(), result.status().word(), result.seconds()));
        for (NodeResult n : result.nodes().values()) {
            sb.append(String.format(Locale.ROOT, "  %-20s %-28s %-10s %8.2f s%n", n.nodeId(), n.type(), n.state().word(), n.seconds()));
            if (n.error() != null) {
                sb.append("      ").append(n.error()).append('\n');
            }
            if (n.reports().get("metrics") instanceof Map<?, ?> metrics) {
                for (String key : HEADLINE) {
                    Object v = metrics.get(key);
                    if (v instanceof Number num) {
                        sb.append(String.format(Locale.ROOT, "      %-24s %s%n", key, format(num)));
                    }
                }
            }
        }
        return sb.toString().stripTrailing();
    }

    private static String format(Number n) {
        if (n instanceof Double d) {
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return n.toString();
    }
}
