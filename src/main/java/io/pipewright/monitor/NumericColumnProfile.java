package io.pipewright.monitor;

/**
 * A numeric column's profile. Missing values (NaN) are counted, never compared.
 *
 * <p>{@code binEdges}/{@code binCounts}: {@code bins} equal-width bins from min to max (the last bin closed;
 * a constant column gets one bin from min - 0.5 to max + 0.5); PSI and Jensen-Shannon compare over them.
 * {@code quantiles}: the 0th, 1st, ..., 100th percentile (linear interpolation, as numpy's default).
 * {@code values}: every value, sorted, when the column has at most {@link Profiler#EXACT_VALUES} of them, so
 * KS and Wasserstein against this profile are exact (a dataset reference given to the drift node keeps every
 * value); otherwise null, and {@code fineCounts} holds
 * {@link Profiler#FINE_BINS} equal-width bins from min to max, so KS is known to within the largest share
 * of one fine bin and Wasserstein to within about two fine-bin widths.
 */
public record NumericColumnProfile(String name, long count, long missing, double min, double max, double mean,
                                   double std, double[] binEdges, long[] binCounts, double[] quantiles,
                                   double[] values, long[] fineCounts) implements ColumnProfile {

    /** True when the profile keeps every value, so tests against it are exact. */
    public boolean exact() {
        return values != null;
    }

    public int bins() {
        return binCounts.length;
    }
}
