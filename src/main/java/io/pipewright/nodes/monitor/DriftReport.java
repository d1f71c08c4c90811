package io.pipewright.nodes.monitor;

import io.pipewright.node.ReportSection;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of {@code monitor.data-drift}: one verdict per shared column and the dataset verdict
 * (share of drifted columns at least {@code driftShare}). Reported under "drift" in a node's JSON
 * entry and recorded with the run; the keys are a public contract.
 */
public record DriftReport(boolean datasetDrift, double driftShare, double driftedShare, List<ColumnDrift> columns)
        implements ReportSection, Serializable {

    public DriftReport {
        columns = List.copyOf(columns);
    }

    /**
     * One column's verdict. {@code pValue} is null for tests without one (PSI, Wasserstein,
     * Jensen-Shannon); {@code reason} says why the test was chosen; {@code target} marks the class column.
     * {@code psiBand} is "stable", "moderate" or "significant" when the test is PSI, otherwise null.
     * {@code histograms} holds the reference and current distributions the test compared, so the
     * Monitoring view can overlay them; null when the node did not keep them.
     */
    public record ColumnDrift(String column, String test, double statistic, Double pValue, double threshold,
                              boolean drifted, String reason, boolean target, String psiBand, Histograms histograms)
            implements Serializable {

        /** A verdict without stored distributions. */
        public ColumnDrift(String column, String test, double statistic, Double pValue, double threshold,
                           boolean drifted, String reason, boolean target, String psiBand) {
            this(column, test, statistic, pValue, threshold, drifted, reason, target, psiBand, null);
        }
    }

    /** The two distributions one column's test compared: the reference's and the current batch's. */
    public record Histograms(Histogram reference, Histogram current) implements Serializable {
        public Histograms {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(current, "current");
        }

        Map<String, Object> content() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("reference", reference.content());
            out.put("current", current.content());
            return out;
        }
    }

    /**
     * A numeric column's histogram ({@code edges} holds one more value than {@code counts}: bin i is
     * [edges[i], edges[i+1])) or a categorical column's category counts ({@code categories} and
     * {@code counts} of the same length). Exactly one of {@code edges} and {@code categories} is set.
     */
    public record Histogram(List<Double> edges, List<String> categories, List<Long> counts) implements Serializable {
        public Histogram {
            counts = List.copyOf(counts);
            if ((edges == null) == (categories == null)) {
                throw new IllegalArgumentException("a histogram has either bin edges or categories");
            }
            if (edges != null) {
                edges = List.copyOf(edges);
                if (edges.size() != counts.size() + 1) {
                    throw new IllegalArgumentException("a histogram of " + counts.size() + " bins needs "
                            + (counts.size() + 1) + " edges, got " + edges.size());
                }
            } else {
                categories = List.copyOf(categories);
                if (categories.size() != counts.size()) {
                    throw new IllegalArgumentException(categories.size() + " categories but " + counts.size() + " counts");
                }
            }
        }

        public static Histogram numeric(List<Double> edges, List<Long> counts) {
            return new Histogram(edges, null, counts);
        }

        public static Histogram categorical(List<String> categories, List<Long> counts) {
            return new Histogram(null, categories, counts);
        }

        Map<String, Object> content() {
            Map<String, Object> out = new LinkedHashMap<>();
            if (edges != null) {
                out.put("edges", edges);
            } else {
                out.put("categories", categories);
            }
            out.put("counts", counts);
            return out;
        }
    }

    @Override
    public String section() {
        return "drift";
    }

    @Override
    public Map<String, Object> content() {
        List<Object> rows = new ArrayList<>();
        for (ColumnDrift c : columns) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("column", c.column());
            row.put("test", c.test());
            row.put("statistic", finite(c.statistic()));
            row.put("pValue", c.pValue() == null ? null : finite(c.pValue()));
            row.put("threshold", c.threshold());
            row.put("drifted", c.drifted());
            row.put("reason", c.reason());
            row.put("target", c.target());
            if (c.psiBand() != null) {
                row.put("psiBand", c.psiBand());
            }
            if (c.histograms() != null) {
                row.put("histogram", c.histograms().content());
            }
            rows.add(row);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("datasetDrift", datasetDrift);
        content.put("driftShare", driftShare);
        content.put("driftedShare", driftedShare);
        content.put("columns", rows);
        return content;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
