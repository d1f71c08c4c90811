package io.pipewright.cli;

import io.pipewright.store.MetricPoint;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "metrics", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Prints one metric across a project's runs, oldest first: the series a chart draws. "
        + "Exit codes: 0 ok, 2 unknown project or metric, 3 workspace unavailable.")
final class MetricsCommand implements Callable<Integer> {
    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Option(names = "--project", required = true, paramLabel = "NAME", description = "the project")
    String project;

    @Option(names = "--metric", required = true, paramLabel = "KEY", description = "the metric key, e.g. accuracy, kappa, "
            + "weightedF1, rootMeanSquaredError")
    String metric;

    @Option(names = "--node", paramLabel = "NODE", description = "only this evaluation node (default: every node reporting it)")
    String node;

    @Option(names = "--limit", paramLabel = "N", description = "only the newest N points (default: all)")
    int limit;

    @Option(names = "--json", description = "print a JSON array of points: runId, startedAt, node, value")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            List<MetricPoint> series = ws.metrics().series(project, metric, node, Math.max(0, limit));
            if (series.isEmpty()) {
                List<String> keys = ws.metrics().keys(project);
                if (!keys.contains(metric)) {
                    err.println("no metric '" + metric + "' recorded in project '" + project + "'"
                            + (keys.isEmpty() ? " (it has no recorded metrics yet)" : "; its metrics: " + String.join(", ", keys)));
                    return ExitCodes.INVALID;
                }
            }
            if (json) {
                out.println(JsonOutput.write(series.stream().map(p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("runId", p.runId());
                    m.put("startedAt", p.startedAt().toString());
                    m.put("node", p.nodeId());
                    m.put("value", p.value());
                    return m;
                }).toList()));
                return ExitCodes.SUCCEEDED;
            }
            out.printf("%6s  %-24s %-20s %s%n", "RUN", "STARTED (UTC)", "NODE", metric.toUpperCase(java.util.Locale.ROOT));
            for (MetricPoint p : series) {
                out.printf("%6d  %-24s %-20s %s%n", p.runId(), p.startedAt(), p.nodeId(), StoreCommands.number(p.value()));
            }
            return ExitCodes.SUCCEEDED;
        });
    }
}
