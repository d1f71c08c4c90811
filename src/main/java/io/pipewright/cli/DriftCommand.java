package io.pipewright.cli;

import io.pipewright.store.RecordedDrift;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "drift", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Prints the data drift recorded with a project's runs, per column per run, "
        + "oldest run first (the reports of monitor.data-drift nodes). Exit codes: 0 ok, 2 unknown project or bad "
        + "arguments, 3 workspace unavailable.")
final class DriftCommand implements Callable<Integer> {
    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Option(names = "--project", required = true, paramLabel = "NAME", description = "the project")
    String project;

    @Option(names = "--last", paramLabel = "N", description = "only the newest N runs that have drift reports (default: all)")
    int last;

    @Option(names = "--json", description = "print {project, runs: [{runId, startedAt, node, datasetDrift, driftShare, "
            + "driftedShare, columns: [...]}]}")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            if (last < 0) {
                err.println("--last must be 1 or more (or left out for all runs), got " + last);
                return ExitCodes.INVALID;
            }
            List<RecordedDrift> points = ws.monitoring().drift(project, last);
            if (json) {
                List<Object> runs = new ArrayList<>();
                for (RecordedDrift p : points) {
                    Map<String, Object> run = new LinkedHashMap<>();
                    run.put("runId", p.runId());
                    run.put("startedAt", p.startedAt().toString());
                    run.put("node", p.nodeId());
                    run.put("datasetDrift", p.section().get("datasetDrift"));
                    run.put("driftShare", p.section().get("driftShare"));
                    run.put("driftedShare", p.section().get("driftedShare"));
                    run.put("columns", p.section().getOrDefault("columns", List.of()));
                    runs.add(run);
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("project", project);
                doc.put("runs", runs);
                out.println(JsonOutput.write(doc));
                return ExitCodes.SUCCEEDED;
            }
            if (points.isEmpty()) {
                out.println("no drift reports recorded in project '" + project + "'; record runs of a pipeline with a "
                        + "monitor.data-drift node (run FILE --record --project " + project + ")");
                return ExitCodes.SUCCEEDED;
            }
            out.printf("%6s  %-24s %-16s %-20s %-14s %10s %10s  %s%n", "RUN", "STARTED (UTC)", "NODE", "COLUMN", "TEST",
                    "STATISTIC", "P-VALUE", "DRIFTED");
            for (RecordedDrift p : points) {
                if (p.section().get("columns") instanceof List<?> columns) {
                    for (Object o : columns) {
                        if (o instanceof Map<?, ?> c) {
                            out.printf("%6d  %-24s %-16s %-20s %-14s %10s %10s  %s%n", p.runId(), p.startedAt(), p.nodeId(),
                                    c.get("column"), c.get("test"), number(c.get("statistic")), number(c.get("pValue")),
                                    Boolean.TRUE.equals(c.get("drifted")) ? "yes" : "no");
                        }
                    }
                }
                out.printf("%6d  %-24s %-16s dataset drift: %s (%s of columns drifted, threshold %s)%n", p.runId(),
                        p.startedAt(), p.nodeId(), Boolean.TRUE.equals(p.section().get("datasetDrift")) ? "yes" : "no",
                        number(p.section().get("driftedShare")), number(p.section().get("driftShare")));
            }
            return ExitCodes.SUCCEEDED;
        });
    }

    private static String number(Object value) {
        return value instanceof Number n ? StoreCommands.number(n.doubleValue()) : "-";
    }
}
