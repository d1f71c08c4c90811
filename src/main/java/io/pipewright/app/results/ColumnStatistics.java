package io.pipewright.app.results;

import java.util.List;

/**
 * What the Results dock says about one column: its type, how many values are missing and distinct,
 * min/max/mean/standard deviation for a number or date (null otherwise), the most frequent values for
 * a nominal or text column, and a histogram.
 */
public record ColumnStatistics(int index, String name, String type, boolean isClass, int missing, int distinct,
                               Double min, Double max, Double mean, Double sd, List<ValueCount> topValues,
                               Histogram histogram) {
    /** A value and how often it occurs. */
    public record ValueCount(String value, long count) {
        @Override
        public String toString() {
            return value + " (" + count + ")";
        }
    }

    public ColumnStatistics {
        topValues = List.copyOf(topValues);
    }

    public boolean numeric() {
        return mean != null;
    }
}
