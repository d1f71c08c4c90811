package io.pipewright.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One drift report as recorded with a run: the "drift" section of node {@code nodeId} in run
 * {@code runId}, read back from its stored JSON (keys of {@code monitor.data-drift}'s report contract).
 * Numbers the report held as null (a NaN statistic, a test without a p-value) stay null; {@code section}
 * is the report exactly as recorded, for printing it back.
 */
public record RecordedDrift(long runId, Instant startedAt, String runStatus, String nodeId, boolean datasetDrift,
                            Double driftShare, Double driftedShare, List<Column> columns, Map<String, Object> section) {
    public RecordedDrift {
        columns = List.copyOf(columns);
        section = Collections.unmodifiableMap(new LinkedHashMap<>(section));
    }

    /** One column's verdict; {@code reference}/{@code current} are null when the node did not store distributions. */
    public record Column(String column, String test, Double statistic, Double pValue, Double threshold, boolean drifted,
                         String reason, boolean target, String psiBand, Histogram reference, Histogram current) {
        public boolean hasDistributions() {
            return reference != null && current != null;
        }
    }

    /** Bin edges and counts (numeric column) or categories and counts (categorical column). */
    public record Histogram(List<Double> edges, List<String> categories, List<Double> counts) {
        public Histogram {
            edges = edges == null ? null : List.copyOf(edges);
            categories = categories == null ? null : List.copyOf(categories);
            counts = List.copyOf(counts);
        }

        public boolean numeric() {
            return edges != null;
        }
    }

    /** Reads a "drift" section; null when it is not a drift report (no "columns" list). */
    static RecordedDrift parse(long runId, Instant startedAt, String runStatus, String nodeId, Object section) {
        if (!(section instanceof Map<?, ?> drift) || !(drift.get("columns") instanceof List<?> rows)) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        for (Object row : rows) {
            if (row instanceof Map<?, ?> c) {
                Histogram reference = null;
                Histogram current = null;
                if (c.get("histogram") instanceof Map<?, ?> h) {
                    reference = histogram(h.get("reference"));
                    current = histogram(h.get("current"));
                }
                columns.add(new Column(String.valueOf(c.get("column")), text(c.get("test")), number(c.get("statistic")),
                        number(c.get("pValue")), number(c.get("threshold")), Boolean.TRUE.equals(c.get("drifted")),
                        text(c.get("reason")), Boolean.TRUE.equals(c.get("target")), text(c.get("psiBand")), reference, current));
            }
        }
        Map<String, Object> recorded = new LinkedHashMap<>();
        drift.forEach((k, v) -> recorded.put(String.valueOf(k), v));
        return new RecordedDrift(runId, startedAt, runStatus, nodeId, Boolean.TRUE.equals(drift.get("datasetDrift")),
                number(drift.get("driftShare")), number(drift.get("driftedShare")), columns, recorded);
    }

    private static Histogram histogram(Object value) {
        if (!(value instanceof Map<?, ?> h) || !(h.get("counts") instanceof List<?> counts)) {
            return null;
        }
        List<Double> numbers = new ArrayList<>();
        for (Object n : counts) {
            numbers.add(n instanceof Number x ? x.doubleValue() : 0.0);
        }
        if (h.get("edges") instanceof List<?> edges) {
            List<Double> e = new ArrayList<>();
            for (Object x : edges) {
                e.add(x instanceof Number n ? n.doubleValue() : Double.NaN);
            }
            return e.size() == numbers.size() + 1 ? new Histogram(e, null, numbers) : null;
        }
        if (h.get("categories") instanceof List<?> categories && categories.size() == numbers.size()) {
            return new Histogram(null, categories.stream().map(String::valueOf).toList(), numbers);
        }
        return null;
    }

    private static Double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
