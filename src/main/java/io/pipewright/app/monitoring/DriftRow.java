package io.pipewright.app.monitoring;

import io.pipewright.store.RecordedDrift;

import java.util.List;
import java.util.Locale;

/** One row of the latest drift report table, formatted for reading. */
public record DriftRow(String column, String test, String statistic, String pValue, String threshold, String verdict,
                       String reason) {

    public static List<DriftRow> of(RecordedDrift report) {
        return report.columns().stream().map(c -> new DriftRow(c.column() + (c.target() ? " (target)" : ""), c.test(),
                number(c.statistic()), c.pValue() == null ? "\u2014" : number(c.pValue()), number(c.threshold()),
                (c.drifted() ? "drifted" : "stable") + (c.psiBand() == null ? "" : " (" + c.psiBand() + ")"),
                c.reason() == null ? "" : c.reason())).toList();
    }

    /** "Run #12, 2026-01-05 08:00: dataset drift — 3 of 5 columns drifted (60%, the limit is 50%)". */
    public static String summary(RecordedDrift report) {
        long drifted = report.columns().stream().filter(RecordedDrift.Column::drifted).count();
        String when = report.startedAt().toString().replace('T', ' ').replaceAll(":\\d\\d(\\.\\d+)?Z$", " UTC");
        return String.format(Locale.ROOT, "Run #%d (%s), node %s: %s \u2014 %d of %d columns drifted%s", report.runId(), when,
                report.nodeId(), report.datasetDrift() ? "DATASET DRIFT" : "no dataset drift", drifted, report.columns().size(),
                report.driftShare() == null ? "" : String.format(Locale.ROOT, " (dataset drift from %.0f%%)", 100 * report.driftShare()));
    }

    static String number(Double v) {
        if (v == null) {
            return "\u2014";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 1e-3 || a >= 1e5) ? String.format(Locale.ROOT, "%.3e", v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
