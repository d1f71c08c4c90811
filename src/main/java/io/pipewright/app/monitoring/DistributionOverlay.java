package io.pipewright.app.monitoring;

import io.pipewright.store.RecordedDrift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference and current distributions of one column, ready to overlay. Numeric columns: each bin
 * as [lo, hi) with its density (share of the rows / bin width), so histograms with different bins
 * compare fairly. Categorical columns: one slot per category (the reference's order, then categories
 * only the batch has), height = share of the rows.
 */
public record DistributionOverlay(String column, boolean numeric, List<Bar> reference, List<Bar> current, double xMin,
                                  double xMax, double maxHeight) {

    /** One bar: from {@code lo} to {@code hi} on the x axis (slot i is [i, i+1) for a category). */
    public record Bar(double lo, double hi, double height, String label) {
    }

    /** The overlay of a column, or empty when the run did not store its distributions. */
    public static Optional<DistributionOverlay> of(RecordedDrift.Column column) {
        if (!column.hasDistributions() || column.reference().numeric() != column.current().numeric()) {
            return Optional.empty();
        }
        return Optional.of(column.reference().numeric() ? numeric(column) : categorical(column));
    }

    private static DistributionOverlay numeric(RecordedDrift.Column column) {
        List<Bar> ref = numericBars(column.reference());
        List<Bar> cur = numericBars(column.current());
        double lo = Math.min(column.reference().edges().get(0), column.current().edges().get(0));
        double hi = Math.max(last(column.reference().edges()), last(column.current().edges()));
        return new DistributionOverlay(column.column(), true, ref, cur, lo, hi, max(ref, cur));
    }

    private static List<Bar> numericBars(RecordedDrift.Histogram h) {
        double total = total(h.counts());
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < h.counts().size(); i++) {
            double lo = h.edges().get(i);
            double hi = h.edges().get(i + 1);
            double width = hi - lo;
            double share = total == 0 ? 0 : h.counts().get(i) / total;
            out.add(new Bar(lo, hi, width > 0 ? share / width : 0, null));
        }
        return out;
    }

    private static DistributionOverlay categorical(RecordedDrift.Column column) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        column.reference().categories().forEach(c -> slots.putIfAbsent(c, slots.size()));
        column.current().categories().forEach(c -> slots.putIfAbsent(c, slots.size()));
        List<Bar> ref = categoricalBars(column.reference(), slots);
        List<Bar> cur = categoricalBars(column.current(), slots);
        return new DistributionOverlay(column.column(), false, ref, cur, 0, slots.size(), max(ref, cur));
    }

    private static List<Bar> categoricalBars(RecordedDrift.Histogram h, Map<String, Integer> slots) {
        double total = total(h.counts());
        List<Bar> out = new ArrayList<>();
        for (int i = 0; i < h.categories().size(); i++) {
            int slot = slots.get(h.categories().get(i));
            out.add(new Bar(slot, slot + 1, total == 0 ? 0 : h.counts().get(i) / total, h.categories().get(i)));
        }
        return out;
    }

    private static double total(List<Double> counts) {
        return counts.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static double last(List<Double> values) {
        return values.get(values.size() - 1);
    }

    private static double max(List<Bar> a, List<Bar> b) {
        double m = 0;
        for (Bar bar : a) {
            m = Math.max(m, bar.height());
        }
        for (Bar bar : b) {
            m = Math.max(m, bar.height());
        }
        return m;
    }
}
