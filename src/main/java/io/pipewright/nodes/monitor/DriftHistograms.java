package io.pipewright.nodes.monitor;

import io.pipewright.monitor.CategoricalComparison;
import io.pipewright.monitor.NumericColumnProfile;
import io.pipewright.monitor.NumericComparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The two distributions a drift test compared, kept small for the report (at most {@link #MAX_BARS} bars per
 * column) so the Monitoring view can overlay them.
 *
 * <p>Numeric: the reference profile's equal-width bins, adjacent bins merged in groups when there are more
 * than {@code MAX_BARS - 2}, and the current values counted into the same bins. Current values below the
 * reference minimum or above its maximum get one extra bin on that side, as wide as its neighbour (the
 * reference has none there), so they show without a stored minimum. Categorical: the categories with
 * their counts on both sides; beyond {@code MAX_BARS} categories the most frequent {@code MAX_BARS - 1}
 * are kept and the rest summed under {@link #OTHER}.
 */
final class DriftHistograms {
    static final int MAX_BARS = 50;
    static final String OTHER = "(other)";

    private DriftHistograms() {
    }

    static DriftReport.Histograms numeric(NumericColumnProfile reference, NumericComparison comparison) {
        double[] edges = reference.binEdges();
        long[] ref = reference.binCounts();
        long[] cur = comparison.currentBinCounts();
        int bins = ref.length;
        int group = (bins + MAX_BARS - 3) / (MAX_BARS - 2);
        List<Double> e = new ArrayList<>();
        List<Long> r = new ArrayList<>();
        List<Long> c = new ArrayList<>();
        for (int start = 0; start < bins; start += group) {
            int end = Math.min(bins, start + group);
            e.add(edges[start]);
            long rs = 0;
            long cs = 0;
            for (int b = start; b < end; b++) {
                rs += ref[b];
                cs += cur[b + 1];
            }
            r.add(rs);
            c.add(cs);
        }
        e.add(edges[bins]);
        if (cur[0] > 0) {
            e.add(0, e.get(0) - (e.get(1) - e.get(0)));
            r.add(0, 0L);
            c.add(0, cur[0]);
        }
        if (cur[bins + 1] > 0) {
            int n = e.size();
            e.add(e.get(n - 1) + (e.get(n - 1) - e.get(n - 2)));
            r.add(0L);
            c.add(cur[bins + 1]);
        }
        return new DriftReport.Histograms(DriftReport.Histogram.numeric(e, r), DriftReport.Histogram.numeric(e, c));
    }

    static DriftReport.Histograms categorical(CategoricalComparison comparison) {
        List<String> categories = comparison.categories();
        long[] ref = comparison.referenceCounts();
        long[] cur = comparison.currentCounts();
        List<Integer> kept = IntStream.range(0, categories.size()).boxed().toList();
        boolean folded = categories.size() > MAX_BARS;
        if (folded) {
            kept = kept.stream()
                    .sorted(Comparator.comparingLong((Integer i) -> ref[i] + cur[i]).reversed())
                    .limit(MAX_BARS - 1)
                    .sorted()
                    .toList();
        }
        List<String> names = new ArrayList<>();
        List<Long> r = new ArrayList<>();
        List<Long> c = new ArrayList<>();
        for (int i : kept) {
            names.add(categories.get(i));
            r.add(ref[i]);
            c.add(cur[i]);
        }
        if (folded) {
            long rs = 0;
            long cs = 0;
            for (int i = 0; i < categories.size(); i++) {
                rs += ref[i];
                cs += cur[i];
            }
            names.add(OTHER);
            r.add(rs - r.stream().mapToLong(Long::longValue).sum());
            c.add(cs - c.stream().mapToLong(Long::longValue).sum());
        }
        return new DriftReport.Histograms(DriftReport.Histogram.categorical(names, r),
                DriftReport.Histogram.categorical(names, c));
    }
}
