package io.pipewright.nodes.monitor;

import io.pipewright.node.ReportSection;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     */
    public record ColumnDrift(String column, String test, double statistic, Double pValue, double threshold,
                              boolean drifted, String reason, boolean target, String psiBand) implements Serializable {
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
