package io.pipewright.app.history;

import io.pipewright.store.RunSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Metrics over time": one metric of one node across recorded runs, oldest first, for the History
 * dock's line chart. Pure: works on the run summaries already loaded.
 */
public final class MetricSeries {
    /** A metric of a node, e.g. accuracy of "cv". */
    public record Key(String nodeId, String metric) {
        @Override
        public String toString() {
            return metric + " of " + nodeId;
        }
    }

    /** One run's value. */
    public record Point(long runId, Instant startedAt, double value) {
    }

    /** Metrics a key-metrics column and a chart's picker offer first, in this order. */
    static final List<String> PREFERRED = List.of("accuracy", "kappa", "weightedF1", "weightedAreaUnderROC",
            "correlation", "rootMeanSquaredError", "meanAbsoluteError");

    private MetricSeries() {
    }

    /** Every node-and-metric pair the runs recorded, the common metrics first. */
    public static List<Key> keys(List<RunSummary> runs) {
        Set<Key> all = new LinkedHashSet<>();
        for (RunSummary run : runs) {
            run.metrics().forEach((node, metrics) -> metrics.keySet().forEach(m -> all.add(new Key(node, m))));
        }
        List<Key> out = new ArrayList<>(all);
        out.sort(Comparator.comparingInt((Key k) -> rank(k.metric())).thenComparing(Key::nodeId).thenComparing(Key::metric));
        return out;
    }

    /** The values of {@code key}, oldest run first; runs that did not record it (or recorded no number) are left out. */
    public static List<Point> points(List<RunSummary> runs, Key key) {
        List<Point> out = new ArrayList<>();
        for (RunSummary run : runs) {
            Map<String, Double> metrics = run.metrics().get(key.nodeId());
            Double value = metrics == null ? null : metrics.get(key.metric());
            if (value != null && !value.isNaN()) {
                out.add(new Point(run.id(), run.startedAt(), value));
            }
        }
        out.sort(Comparator.comparing(Point::startedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Point::runId));
        return out;
    }

    /** The run's headline figures, e.g. "cv: accuracy 0.9600, kappa 0.9400": at most two metrics of each node. */
    public static String keyMetrics(RunSummary run) {
        List<String> parts = new ArrayList<>();
        run.metrics().forEach((node, metrics) -> {
            List<String> names = new ArrayList<>(metrics.keySet());
            names.sort(Comparator.comparingInt(MetricSeries::rank).thenComparing(Comparator.naturalOrder()));
            List<String> shown = names.stream().filter(n -> metrics.get(n) != null).limit(2)
                    .map(n -> n + " " + String.format(java.util.Locale.ROOT, "%.4f", metrics.get(n))).toList();
            if (!shown.isEmpty()) {
                parts.add(node + ": " + String.join(", ", shown));
            }
        });
        return String.join("  ·  ", parts);
    }

    private static int rank(String metric) {
        int i = PREFERRED.indexOf(metric);
        return i < 0 ? PREFERRED.size() : i;
    }
}
