package io.pipewright.bench;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.HistoryQuery;
import io.pipewright.store.RunStart;
import io.pipewright.store.SyntheticHistory;
import io.pipewright.store.Workspace;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workspace figures of issue 3: with {@code runs} recorded runs of {@code metrics} metrics each,
 * one page of history (50 rows, newest first, one project), the series of one metric over 10,000
 * runs, and recording one run. The baseline is the same operation on a workspace of 1,000 runs in
 * the same process, so the ratio shows how the query scales with the history's size.
 * Options: runs=100000 metrics=10 projects=10 reps=9 dir=(a temporary folder, deleted after).
 */
public final class WorkspaceBenchmark implements Benchmark {
    @Override
    public String name() {
        return "workspace";
    }

    @Override
    public String description() {
        return "workspace store: history page, metric series, recording a run, on 100,000 recorded runs";
    }

    @Override
    public void run(Map<String, String> options, PrintStream out) throws Exception {
        int runs = Integer.parseInt(options.getOrDefault("runs", "100000"));
        int metrics = Integer.parseInt(options.getOrDefault("metrics", "10"));
        int projects = Integer.parseInt(options.getOrDefault("projects", "10"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "9"));
        Path root = options.containsKey("dir") ? Path.of(options.get("dir")) : Files.createTempDirectory("pipewright-bench-ws");
        try {
            List<String> names = new ArrayList<>();
            for (int p = 0; p < projects; p++) {
                names.add("P" + p);
            }
            int seriesLength = Math.min(10_000, runs / projects);
            out.printf(Locale.ROOT, "workspace benchmark: %,d runs x %d metrics in %d projects; medians of %d repetitions%n",
                    runs, metrics, projects, reps);
            // The full workspace first: its long fill also warms the JIT, so the small baseline is not penalised.
            Figures big = measure(root.resolve("full"), runs, metrics, names, reps, seriesLength, out);
            Figures base = measure(root.resolve("baseline"), Math.min(1_000, runs), metrics, names, reps, seriesLength, out);
            out.printf(Locale.ROOT, "%-44s %10s %12s %7s %8s%n", "operation", "1,000 runs", String.format(Locale.ROOT, "%,d runs", runs),
                    "ratio", "target");
            line(out, "history page (50 rows, one project)", base.history, big.history, 50);
            line(out, "metric series (" + seriesLength + " points)", base.series, big.series, 100);
            line(out, "record one run (10 metrics, 1 artifact)", base.record, big.record, 20);
        } finally {
            if (!options.containsKey("dir")) {
                deleteTree(root);
            }
        }
    }

    private record Figures(double history, double series, double record) {
    }

    private static Figures measure(Path dir, int runs, int metrics, List<String> projects, int reps, int seriesLength,
                                   PrintStream out) throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            long t0 = System.nanoTime();
            SyntheticHistory.fill(ws, projects, runs, metrics, Instant.parse("2020-01-01T00:00:00Z"));
            out.printf(Locale.ROOT, "  filled %,d runs in %.1f s (batched JDBC)%n", runs, (System.nanoTime() - t0) / 1e9);
            String project = projects.get(projects.size() / 2);
            double history = median(reps, () -> {
                if (ws.runs().history(HistoryQuery.newest(50).inProject(project)).size() != Math.min(50, runs / projects.size())) {
                    throw new IllegalStateException("history page has the wrong size");
                }
            });
            double series = median(reps, () -> ws.metrics().series(project, "accuracy", null, seriesLength));
            NodeCatalog none = new NodeCatalog(List.of());
            int[] n = {0};
            double record = median(reps, () -> ws.runs().record(new RunStart(project, null, pipeline(), null, null,
                    "c".repeat(64), List.of(), dir, "bench", "bench", none), result(metrics, n[0]++)));
            return new Figures(history, series, record);
        }
    }

    private static Pipeline pipeline() {
        return new Pipeline("bench", List.of(NodeInstance.of("load", "ingest.csv", Map.of("path", "data.csv")),
                NodeInstance.of("cv", "evaluate.cross-validation", Map.of("folds", 10))), List.of(Edge.of("load:data", "cv:data")));
    }

    private static RunResult result(int metrics, int n) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int m = 0; m < metrics; m++) {
            values.put(m == 0 ? "accuracy" : "metric" + m, 0.5 + m / 100.0);
        }
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        Instant now = Instant.now();
        nodes.put("load", new NodeResult("load", "ingest.csv", NodeState.SUCCEEDED, 0.1, null, Map.of(), Map.of(), List.of(), null));
        nodes.put("cv", new NodeResult("cv", "evaluate.cross-validation", NodeState.SUCCEEDED, 1.0, null,
                Map.of("metrics", values), Map.of("model", new BenchModel("model " + n)), List.of("10 folds"), null));
        return new RunResult("bench", "bench", RunStatus.SUCCEEDED, now, now.plusSeconds(1), nodes);
    }

    private record BenchModel(String text) implements io.pipewright.node.Artifact {
        @Override
        public String artifactKind() {
            return "model";
        }

        @Override
        public String fileExtension() {
            return ".model";
        }

        @Override
        public void writeTo(java.io.OutputStream out) throws IOException {
            out.write(text.repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Median milliseconds of {@code reps} timed calls after ten warm-up calls. */
    private static double median(int reps, Runnable op) {
        for (int i = 0; i < 10; i++) {
            op.run();
        }
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            op.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[reps / 2];
    }

    private static void line(PrintStream out, String what, double base, double big, double targetMs) {
        out.printf(Locale.ROOT, "%-44s %7.2f ms %9.2f ms %6.2fx  < %3.0f ms %s%n", what, base, big, big / base, targetMs,
                big < targetMs ? "ok" : "MISSED");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
