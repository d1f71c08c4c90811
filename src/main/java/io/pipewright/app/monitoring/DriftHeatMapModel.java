package io.pipewright.app.monitoring;

import io.pipewright.store.RecordedDrift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drift heat map: one row per data column, one column per run (oldest left). A cell's
 * {@link Cell#severity} is its test's statistic normalised by the threshold, so 1 is the line between
 * "stable" and "drifted" for every test: statistic / threshold for distance tests (PSI, Wasserstein,
 * Jensen-Shannon), and log(p) / log(threshold) for tests with a p-value (KS, chi-square), which is 0 at
 * p = 1, 1 at p = threshold and grows as p shrinks. Also the geometry: which cell lies under a point.
 */
public final class DriftHeatMapModel {
    public static final double LABEL_WIDTH = 150;
    public static final double HEADER_HEIGHT = 26;
    public static final double CELL_WIDTH = 34;
    public static final double CELL_HEIGHT = 26;
    /** Severities at or above this get the strongest colour. */
    public static final double MAX_SEVERITY = 3;

    /** One column of one run; {@code severity} is NaN when the report gave no usable statistic. */
    public record Cell(int row, int run, RecordedDrift report, RecordedDrift.Column column, double severity) {
        public boolean drifted() {
            return column.drifted();
        }

        /** Severity scaled into 0..1 for a colour ramp; the threshold sits at 1 / {@link #MAX_SEVERITY}. */
        public double level() {
            return Double.isNaN(severity) ? Double.NaN : Math.min(severity, MAX_SEVERITY) / MAX_SEVERITY;
        }
    }

    private final List<RecordedDrift> runs;
    private final List<String> columns;
    private final Cell[][] cells;

    public DriftHeatMapModel(List<RecordedDrift> reports) {
        this.runs = List.copyOf(reports);
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (RecordedDrift r : runs) {
            for (RecordedDrift.Column c : r.columns()) {
                rows.putIfAbsent(c.column(), rows.size());
            }
        }
        this.columns = List.copyOf(rows.keySet());
        this.cells = new Cell[columns.size()][runs.size()];
        for (int x = 0; x < runs.size(); x++) {
            for (RecordedDrift.Column c : runs.get(x).columns()) {
                int y = rows.get(c.column());
                cells[y][x] = new Cell(y, x, runs.get(x), c, severity(c));
            }
        }
    }

    static double severity(RecordedDrift.Column c) {
        Double t = c.threshold();
        if (c.pValue() != null && t != null && t > 0 && t < 1) {
            double p = Math.max(c.pValue(), 1e-300);
            return p >= 1 ? 0 : Math.log(p) / Math.log(t);
        }
        if (c.statistic() != null && t != null && t > 0) {
            return Math.abs(c.statistic()) / t;
        }
        return Double.NaN;
    }

    public List<RecordedDrift> runs() {
        return runs;
    }

    public int runCount() {
        return runs.size();
    }

    /** The data columns, in the order they first appear. */
    public List<String> columns() {
        return columns;
    }

    /** The cell of data column {@code row} in run {@code run}, or empty when that run did not test the column. */
    public Optional<Cell> cell(int row, int run) {
        return Optional.ofNullable(cells[row][run]);
    }

    public String runLabel(int run) {
        return "#" + runs.get(run).runId();
    }

    public double width() {
        return LABEL_WIDTH + CELL_WIDTH * runs.size() + 8;
    }

    public double height() {
        return HEADER_HEIGHT + CELL_HEIGHT * columns.size() + 8;
    }

    /** The cell drawn under the point (x, y), if any. */
    public Optional<Cell> cellAt(double x, double y) {
        if (x < LABEL_WIDTH || y < HEADER_HEIGHT) {
            return Optional.empty();
        }
        int run = (int) ((x - LABEL_WIDTH) / CELL_WIDTH);
        int row = (int) ((y - HEADER_HEIGHT) / CELL_HEIGHT);
        if (run >= runs.size() || row >= columns.size()) {
            return Optional.empty();
        }
        return cell(row, run);
    }

    /** Per run, how many columns drifted: for a tooltip or a summary. */
    public List<Integer> driftedPerRun() {
        List<Integer> out = new ArrayList<>();
        for (RecordedDrift r : runs) {
            out.add((int) r.columns().stream().filter(RecordedDrift.Column::drifted).count());
        }
        return out;
    }
}
