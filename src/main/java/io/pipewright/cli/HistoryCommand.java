package io.pipewright.cli;

import io.pipewright.store.HistoryQuery;
import io.pipewright.store.RunSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "history", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Lists recorded runs, newest first. "
        + "Exit codes: 0 ok, 2 bad arguments or unknown project, 3 workspace unavailable.")
final class HistoryCommand implements Callable<Integer> {
    static final Set<String> STATUSES = Set.of("running", "succeeded", "failed", "cancelled", "interrupted");

    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Option(names = "--project", paramLabel = "NAME", description = "only this project's runs")
    String project;

    @Option(names = "--status", paramLabel = "S", description = "only runs with this status: running, succeeded, failed, "
            + "cancelled, interrupted")
    String status;

    @Option(names = "--since", paramLabel = "DATE", description = "only runs started at or after this date (2025-03-01, UTC) "
            + "or time (2025-03-01T10:00:00Z)")
    String since;

    @Option(names = "--limit", paramLabel = "N", description = "at most N runs (default: ${DEFAULT-VALUE})")
    int limit = 50;

    @Option(names = "--json", description = "print a JSON array of runs: id, project, pipeline, status, startedAt, seconds, metrics")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (status != null && !STATUSES.contains(status)) {
            spec.commandLine().getErr().println("--status " + status + ": expected one of running, succeeded, failed, "
                    + "cancelled, interrupted");
            return ExitCodes.INVALID;
        }
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            List<RunSummary> runs = ws.runs().history(new HistoryQuery(project, status,
                    since == null ? null : StoreCommands.parseSince(since), limit));
            if (json) {
                out.println(JsonOutput.write(runs.stream().map(HistoryCommand::toJson).toList()));
                return ExitCodes.SUCCEEDED;
            }
            if (runs.isEmpty()) {
                out.println("no runs recorded" + (project == null ? "" : " in project '" + project + "'"));
                return ExitCodes.SUCCEEDED;
            }
            out.printf("%6s  %-24s %-16s %-20s %-11s %9s  %s%n", "ID", "STARTED (UTC)", "PROJECT", "PIPELINE", "STATUS",
                    "SECONDS", "METRICS");
            for (RunSummary r : runs) {
                out.printf(Locale.ROOT, "%6d  %-24s %-16s %-20s %-11s %9s  %s%n", r.id(), r.startedAt(),
                        r.project() == null ? "-" : r.project(), r.pipeline(), r.status(),
                        r.seconds() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.seconds()), headline(r));
            }
            return ExitCodes.SUCCEEDED;
        });
    }

    /** The accuracy (or correlation) of each evaluation node, the column a user scans first. */
    private static String headline(RunSummary r) {
        StringBuilder sb = new StringBuilder();
        r.metrics().forEach((node, metrics) -> {
            for (String key : List.of("accuracy", "correlation")) {
                if (metrics.containsKey(key)) {
                    sb.append(sb.isEmpty() ? "" : "  ").append(node).append('.').append(key).append('=')
                            .append(StoreCommands.number(metrics.get(key)));
                    break;
                }
            }
        });
        return sb.toString();
    }

    static Map<String, Object> toJson(RunSummary r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("project", r.project());
        m.put("pipeline", r.pipeline());
        m.put("status", r.status());
        m.put("startedAt", r.startedAt().toString());
        m.put("seconds", r.seconds());
        m.put("metrics", r.metrics());
        return m;
    }
}
