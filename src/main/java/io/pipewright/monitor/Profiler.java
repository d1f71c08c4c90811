package io.pipewright.monitor;

import java.util.Arrays;
import java.util.List;

/** Builds column profiles from primitive columns (NaN = missing). */
public final class Profiler {
    /** Up to this many values a numeric profile keeps them all (exact tests); above, fine bins. */
    public static final int EXACT_VALUES = 10_000;
    /** Equal-width fine bins kept for larger numeric columns. */
    public static final int FINE_BINS = 10_000;
    private static final int PERCENTILES = 101;

    private Profiler() {
    }

    public static NumericColumnProfile numeric(String name, double[] column, int bins) {
        return numeric(name, column, bins, EXACT_VALUES);
    }

    /**
     * @param exactLimit keep every value when there are at most this many (Integer.MAX_VALUE: always)
     */
    public static NumericColumnProfile numeric(String name, double[] column, int bins, int exactLimit) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be at least 1");
        }
        double[] sorted = nonMissing(column);
        Arrays.sort(sorted);
        int n = sorted.length;
        long missing = column.length - n;
        if (n == 0) {
            return new NumericColumnProfile(name, 0, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    new double[0], new long[0], new double[0], new double[0], null);
        }
        double min = sorted[0];
        double max = sorted[n - 1];
        double mean = 0;
        for (double v : sorted) {
            mean += v;
        }
        mean /= n;
        double squares = 0;
        for (double v : sorted) {
            squares += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(squares / n);
        Binning coarse = Binning.over(min, max, bins);
        long[] binCounts = new long[coarse.bins()];
        for (double v : sorted) {
            binCounts[coarse.inRange(v)]++;
        }
        double[] quantiles = new double[PERCENTILES];
        for (int q = 0; q < PERCENTILES; q++) {
            quantiles[q] = quantile(sorted, q / (double) (PERCENTILES - 1));
        }
        boolean keep = n <= exactLimit;
        long[] fine = null;
        if (!keep) {
            Binning fineBins = Binning.over(min, max, FINE_BINS);
            fine = new long[fineBins.bins()];
            for (double v : sorted) {
                fine[fineBins.inRange(v)]++;
            }
        }
        return new NumericColumnProfile(name, n, missing, min, max, mean, std, coarse.edges(), binCounts, quantiles,
                keep ? sorted : null, fine);
    }

    /**
     * @param codes category indexes into {@code labels} (NaN = missing), as a Weka nominal column holds them
     */
    public static CategoricalColumnProfile categorical(String name, List<String> labels, double[] codes) {
        long[] counts = new long[labels.size()];
        long missing = 0;
        for (double code : codes) {
            if (Double.isNaN(code)) {
                missing++;
            } else {
                counts[(int) code]++;
            }
        }
        return new CategoricalColumnProfile(name, codes.length - missing, missing, labels, counts);
    }

    static double[] nonMissing(double[] column) {
        int n = 0;
        for (double v : column) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        if (n == column.length) {
            return column.clone();
        }
        double[] out = new double[n];
        int i = 0;
        for (double v : column) {
            if (!Double.isNaN(v)) {
                out[i++] = v;
            }
        }
        return out;
    }

    /** numpy's default (linear) quantile of sorted values. */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        double fraction = position - lower;
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction;
    }
}
