package io.pipewright.store;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Records a synthetic monitoring history through the store's own API, for demos, screenshots and
 * view tests: monthly batches in which "tenure" and "monthlyCharges" drift gradually, the other
 * columns stay put, and a model's accuracy decays. Each run has a node "drift" reporting a "drift"
 * section (with histograms) and a node "performance" reporting "metrics" (accuracy, kappa).
 */
public final class SyntheticMonitoring {
    private static final List<String> NUMERIC = List.of("tenure", "monthlyCharges", "age", "supportCalls");
    private static final List<String> CONTRACT = List.of("month", "one-year", "two-year");
    private static final Pipeline PIPELINE = new Pipeline("monitor batches", List.of(
            NodeInstance.of("drift", "monitor.data-drift", Map.of()),
            NodeInstance.of("performance", "monitor.performance", Map.of())), List.of());

    private SyntheticMonitoring() {
    }

    /** Records {@code runs} batches in {@code project}, one day apart from {@code firstStart}; returns the run ids. */
    public static List<Long> record(Workspace workspace, String project, int runs, Instant firstStart) {
        SplittableRandom random = new SplittableRandom(7);
        NodeCatalog none = new NodeCatalog(List.of());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            double shift = runs <= 1 ? 0 : (double) i / (runs - 1);
            Instant started = firstStart.plusSeconds(86_400L * i);
            Map<String, NodeResult> nodes = new LinkedHashMap<>();
            nodes.put("drift", new NodeResult("drift", "monitor.data-drift", NodeState.SUCCEEDED, 0.2, null,
                    Map.of("drift", driftSection(shift, random)), Map.of(), List.of(), null));
            double accuracy = 0.91 - 0.16 * shift * shift + 0.01 * (random.nextDouble() - 0.5);
            Map<String, Object> metrics = new LinkedHashMap<>();
            metrics.put("accuracy", accuracy);
            metrics.put("kappa", accuracy * 1.6 - 0.75);
            nodes.put("performance", new NodeResult("performance", "monitor.performance", NodeState.SUCCEEDED, 0.4, null,
                    Map.of("metrics", metrics), Map.of(), List.of(), null));
            RunResult result = new RunResult("synthetic-" + i, PIPELINE.name(), RunStatus.SUCCEEDED, started,
                    started.plusMillis(600), nodes);
            RunStart start = new RunStart(project, null, PIPELINE, null, null, "0".repeat(64),
                    List.of("load.path=batch-" + (i + 1) + ".csv"), null, "synthetic", "3.8.6", none);
            ids.add(workspace.runs().record(start, result));
        }
        return ids;
    }

    private static Map<String, Object> driftSection(double shift, SplittableRandom random) {
        List<Object> columns = new ArrayList<>();
        int drifted = 0;
        for (int c = 0; c < NUMERIC.size(); c++) {
            double columnShift = c == 0 ? shift * 1.2 : c == 1 ? shift * shift * 1.5 : 0.05 * random.nextDouble();
            double statistic = 0.02 + 0.25 * columnShift + 0.01 * random.nextDouble();
            boolean isDrifted = statistic >= 0.1;
            drifted += isDrifted ? 1 : 0;
            columns.add(column(NUMERIC.get(c), "wasserstein", statistic, null, 0.1, isDrifted,
                    "wasserstein: numeric column with 5000 or more rows", numericHistogram(columnShift)));
        }
        double pValue = Math.max(1e-12, Math.exp(-8 * shift) * (0.4 + 0.5 * random.nextDouble()));
        boolean contractDrift = pValue < 0.05;
        drifted += contractDrift ? 1 : 0;
        columns.add(column("contract", "chi2", chiSquare(pValue), pValue, 0.05, contractDrift,
                "chi-square: categorical column with fewer than 5000 rows", categoricalHistogram(shift)));
        Map<String, Object> section = new LinkedHashMap<>();
        double share = (double) drifted / columns.size();
        section.put("datasetDrift", share >= 0.5);
        section.put("driftShare", 0.5);
        section.put("driftedShare", share);
        section.put("columns", columns);
        return section;
    }

    private static Map<String, Object> column(String name, String test, double statistic, Double pValue, double threshold,
                                              boolean drifted, String reason, Map<String, Object> histogram) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("column", name);
        row.put("test", test);
        row.put("statistic", statistic);
        row.put("pValue", pValue);
        row.put("threshold", threshold);
        row.put("drifted", drifted);
        row.put("reason", reason);
        row.put("target", false);
        row.put("histogram", histogram);
        return row;
    }

    private static double chiSquare(double pValue) {
        return -2 * Math.log(pValue);
    }

    /** Ten bins of a unit normal for the reference and of one shifted by {@code shift} for the batch. */
    private static Map<String, Object> numericHistogram(double shift) {
        List<Double> edges = new ArrayList<>();
        List<Long> reference = new ArrayList<>();
        List<Long> current = new ArrayList<>();
        for (int b = 0; b <= 10; b++) {
            edges.add(-3.0 + 0.6 * b);
        }
        for (int b = 0; b < 10; b++) {
            double mid = -2.7 + 0.6 * b;
            reference.add(Math.round(1000 * Math.exp(-mid * mid / 2)));
            double m = mid - shift;
            current.add(Math.round(1000 * Math.exp(-m * m / 2)));
        }
        return Map.of("reference", Map.of("edges", edges, "counts", reference),
                "current", Map.of("edges", edges, "counts", current));
    }

    private static Map<String, Object> categoricalHistogram(double shift) {
        List<Long> reference = List.of(550L, 270L, 180L);
        List<Long> current = List.of(Math.round(550 + 250 * shift), Math.round(270 - 150 * shift), Math.round(180 - 100 * shift));
        return Map.of("reference", Map.of("categories", CONTRACT, "counts", reference),
                "current", Map.of("categories", CONTRACT, "counts", current));
    }
}
