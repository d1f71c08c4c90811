package io.pipewright.app.monitoring;

import io.pipewright.store.MetricPoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One metric over a project's runs, as the chart draws it: points numbered 1..n in run order (runs
 * without a value are left out), an optional threshold, and the points where the series crosses it.
 * A value equal to the threshold counts as on or above it.
 */
public final class MetricSeriesModel {
    /** One point: its position on the x axis (1-based), the run it comes from and the value. */
    public record Point(int index, long runId, Instant startedAt, double value) {
    }

    /** The first point on the other side of the threshold; {@code downward} when the series fell below it. */
    public record Crossing(Point point, boolean downward) {
    }

    private final List<Point> points;
    private final Double threshold;
    private final List<Crossing> crossings;

    public MetricSeriesModel(List<MetricPoint> series, Double threshold) {
        List<Point> out = new ArrayList<>();
        for (MetricPoint p : series) {
            if (p.value() != null && Double.isFinite(p.value())) {
                out.add(new Point(out.size() + 1, p.runId(), p.startedAt(), p.value()));
            }
        }
        this.points = List.copyOf(out);
        this.threshold = threshold != null && Double.isFinite(threshold) ? threshold : null;
        this.crossings = crossings(points, this.threshold);
    }

    private static List<Crossing> crossings(List<Point> points, Double threshold) {
        List<Crossing> out = new ArrayList<>();
        if (threshold == null) {
            return out;
        }
        for (int i = 1; i < points.size(); i++) {
            boolean wasBelow = points.get(i - 1).value() < threshold;
            boolean isBelow = points.get(i).value() < threshold;
            if (wasBelow != isBelow) {
                out.add(new Crossing(points.get(i), isBelow));
            }
        }
        return List.copyOf(out);
    }

    public List<Point> points() {
        return points;
    }

    /** The threshold, or null when none is set. */
    public Double threshold() {
        return threshold;
    }

    public List<Crossing> crossings() {
        return crossings;
    }

    /** Points below the threshold (none without a threshold). */
    public List<Point> below() {
        return threshold == null ? List.of() : points.stream().filter(p -> p.value() < threshold).toList();
    }

    /** The y range to show: every value and the threshold, with a margin of 5% (0..1 when there is nothing). */
    public double[] yRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Point p : points) {
            lo = Math.min(lo, p.value());
            hi = Math.max(hi, p.value());
        }
        if (threshold != null) {
            lo = Math.min(lo, threshold);
            hi = Math.max(hi, threshold);
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        double margin = hi > lo ? (hi - lo) * 0.05 : Math.max(Math.abs(hi) * 0.05, 0.01);
        return new double[] {lo - margin, hi + margin};
    }

    /**
     * Reads a threshold typed by the user: empty means none; otherwise a number (a comma as decimal
     * separator is accepted).
     *
     * @throws IllegalArgumentException naming the text when it is not a number
     */
    public static Double parseThreshold(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a number: type a threshold such as 0.85, "
                    + "or leave it empty for none");
        }
    }
}
