package io.pipewright.monitor;

import java.util.Arrays;

/**
 * A current numeric column compared with a reference profile, in one pass over the current values
 * (missing values are left out on both sides).
 *
 * <p>Against an exact profile (every reference value kept) the current values are sorted and KS and
 * Wasserstein are exact: equal to {@code scipy.stats.ks_2samp} and {@code scipy.stats.wasserstein_distance}
 * on the two samples. Against a binned profile the current values are counted into the profile's
 * {@link Profiler#FINE_BINS} fine bins (values below the reference minimum or above its maximum are
 * counted apart, and their distances beyond the range summed exactly): the KS statistic is the largest
 * ECDF gap at the fine-bin edges, short of the exact value by at most one fine bin's share; its p-value
 * uses the true sample sizes. Wasserstein integrates the ECDF gap over the fine bins by the trapezoid rule,
 * within about two fine-bin widths of the exact value.
 *
 * <p>PSI and Jensen-Shannon compare the shares of the profile's {@code bins} equal-width bins plus two
 * open bins for current values below the reference minimum and above its maximum (empty in the reference).
 */
public final class NumericComparison {
    private final NumericColumnProfile reference;
    private final long[] currentBins;
    private final double[] currentSorted;
    private final long[] currentFine;
    private final long currentCount;
    private final long currentMissing;
    private final double belowSum;
    private final double aboveSum;

    private NumericComparison(NumericColumnProfile reference, long[] currentBins, double[] currentSorted,
                              long[] currentFine, long currentCount, long currentMissing, double belowSum,
                              double aboveSum) {
        this.reference = reference;
        this.currentBins = currentBins;
        this.currentSorted = currentSorted;
        this.currentFine = currentFine;
        this.currentCount = currentCount;
        this.currentMissing = currentMissing;
        this.belowSum = belowSum;
        this.aboveSum = aboveSum;
    }

    /** Compares {@code current} (NaN = missing) with {@code reference}, which must have values. */
    public static NumericComparison of(NumericColumnProfile reference, double[] current) {
        if (reference.count() == 0) {
            throw new IllegalArgumentException("the reference column '" + reference.name() + "' has no values");
        }
        if (reference.exact()) {
            Binning coarse = coarse(reference);
            int bins = coarse.bins();
            long[] counts = new long[bins + 2];
            double low = coarse.low();
            double high = coarse.high();
            double scale = coarse.scale();
            long missing = 0;
            double[] values = new double[current.length];
            int n = 0;
            for (double v : current) {
                if (Double.isNaN(v)) {
                    missing++;
                    continue;
                }
                values[n++] = v;
                counts[coarseBin(v, low, high, scale, bins)]++;
            }
            double[] sorted = n == values.length ? values : Arrays.copyOf(values, n);
            Arrays.sort(sorted);
            return new NumericComparison(reference, counts, sorted, null, n, missing, 0, 0);
        }
        BinnedNumericColumn binned = new BinnedNumericColumn(reference);
        binned.add(current, current.length);
        return of(reference, binned);
    }

    /** Compares a column already counted into a binned profile's bins. */
    public static NumericComparison of(NumericColumnProfile reference, BinnedNumericColumn binned) {
        return new NumericComparison(reference, binned.counts, null, binned.fineCounts, binned.count(), binned.missing,
                binned.belowSum, binned.aboveSum);
    }

    private static int coarseBin(double v, double low, double high, double scale, int bins) {
        if (v < low) {
            return 0;
        }
        if (v > high) {
            return bins + 1;
        }
        int b = (int) ((v - low) * scale);
        return (b >= bins ? bins - 1 : b) + 1;
    }

    private static Binning coarse(NumericColumnProfile p) {
        return Binning.over(p.min(), p.max(), p.bins());
    }

    private static Binning fine(NumericColumnProfile p) {
        return Binning.over(p.min(), p.max(), Profiler.FINE_BINS);
    }

    public long currentCount() {
        return currentCount;
    }

    public long currentMissing() {
        return currentMissing;
    }

    /** True when KS and Wasserstein are exact (the profile keeps every reference value). */
    public boolean exact() {
        return reference.exact();
    }

    public KolmogorovSmirnov.Result ks() {
        requireCurrent();
        if (exact()) {
            return KolmogorovSmirnov.testSorted(reference.values(), currentSorted);
        }
        double nr = reference.count();
        double nc = currentCount;
        long[] ref = reference.fineCounts();
        long r = 0;
        long c = currentFine[0];
        double d = c / nc;
        for (int j = 0; j < ref.length; j++) {
            r += ref[j];
            c += currentFine[j + 1];
            d = Math.max(d, Math.abs(r / nr - c / nc));
        }
        return KolmogorovSmirnov.fromStatistic(d, reference.count(), currentCount);
    }

    /** The first Wasserstein distance, in the column's units. */
    public double wasserstein() {
        requireCurrent();
        if (exact()) {
            return Wasserstein.distanceSorted(reference.values(), currentSorted);
        }
        double nr = reference.count();
        double nc = currentCount;
        long[] ref = reference.fineCounts();
        double width = fine(reference).width();
        long r = 0;
        long c = currentFine[0];
        double previous = Math.abs(c / nc);
        double inside = 0;
        for (int j = 0; j < ref.length; j++) {
            r += ref[j];
            c += currentFine[j + 1];
            double gap = Math.abs(r / nr - c / nc);
            inside += (previous + gap) / 2;
            previous = gap;
        }
        return (belowSum + aboveSum) / nc + inside * width;
    }

    /** Evidently's normed Wasserstein: the distance over the reference's population standard deviation. */
    public double wassersteinNormed() {
        return Wasserstein.normed(wasserstein(), reference.std());
    }

    public double psi() {
        requireCurrent();
        return PopulationStability.index(referenceBins(), currentBins);
    }

    public double jensenShannon() {
        requireCurrent();
        return JensenShannon.distance(referenceBins(), currentBins);
    }

    /**
     * The current values counted into the reference's {@code bins} equal-width bins, with the two open tail
     * bins first and last: index 0 counts values below the reference minimum, index {@code bins + 1} values
     * above its maximum.
     */
    public long[] currentBinCounts() {
        return currentBins.clone();
    }

    /** The reference's bin counts with the two open tail bins (always empty for the reference). */
    private long[] referenceBins() {
        long[] counts = new long[reference.bins() + 2];
        System.arraycopy(reference.binCounts(), 0, counts, 1, reference.bins());
        return counts;
    }

    private void requireCurrent() {
        if (currentCount == 0) {
            throw new IllegalArgumentException("the current column '" + reference.name() + "' has no values");
        }
    }
}
