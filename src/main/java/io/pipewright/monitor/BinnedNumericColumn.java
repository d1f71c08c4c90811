package io.pipewright.monitor;

/**
 * A current numeric column counted into a binned reference profile's bins as its values stream past, so a
 * large batch is compared without copying or sorting it: the profile's coarse bins with two open tail bins,
 * the fine bins with two tail bins, and the summed distances of tail values beyond the reference range.
 * Parts counted separately (e.g. row ranges on different threads) are combined with {@link #merge}.
 */
public final class BinnedNumericColumn {
    private final double low;
    private final double high;
    private final double scale;
    private final int bins;
    private final double fineLow;
    private final double fineHigh;
    private final double fineScale;
    private final int fineBins;
    final long[] counts;
    final long[] fineCounts;
    long missing;
    double belowSum;
    double aboveSum;

    public BinnedNumericColumn(NumericColumnProfile reference) {
        if (reference.exact() || reference.count() == 0) {
            throw new IllegalArgumentException("column '" + reference.name() + "' has an exact or empty profile");
        }
        Binning coarse = Binning.over(reference.min(), reference.max(), reference.bins());
        Binning fine = Binning.over(reference.min(), reference.max(), Profiler.FINE_BINS);
        low = coarse.low();
        high = coarse.high();
        scale = coarse.scale();
        bins = coarse.bins();
        fineLow = fine.low();
        fineHigh = fine.high();
        fineScale = fine.scale();
        fineBins = fine.bins();
        counts = new long[bins + 2];
        fineCounts = new long[fineBins + 2];
    }

    /** Counts the first {@code n} values (NaN = missing). */
    public void add(double[] values, int n) {
        long[] c = counts;
        long[] f = fineCounts;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (v != v) {
                missing++;
                continue;
            }
            int b;
            if (v < low) {
                b = 0;
            } else if (v > high) {
                b = bins + 1;
            } else {
                b = (int) ((v - low) * scale);
                b = (b >= bins ? bins - 1 : b) + 1;
            }
            c[b]++;
            if (v < fineLow) {
                f[0]++;
                belowSum += fineLow - v;
            } else if (v > fineHigh) {
                f[fineBins + 1]++;
                aboveSum += v - fineHigh;
            } else {
                int k = (int) ((v - fineLow) * fineScale);
                f[(k >= fineBins ? fineBins - 1 : k) + 1]++;
            }
        }
    }

    public void merge(BinnedNumericColumn other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        for (int i = 0; i < fineCounts.length; i++) {
            fineCounts[i] += other.fineCounts[i];
        }
        missing += other.missing;
        belowSum += other.belowSum;
        aboveSum += other.aboveSum;
    }

    long count() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }
}
