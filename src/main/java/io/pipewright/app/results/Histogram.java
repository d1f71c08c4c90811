package io.pipewright.app.results;

import java.util.List;

/**
 * Counts of a column's values: equal-width ranges for a number or date, one bar per value for a
 * nominal or text column (the most frequent ones). Drawn as a small bar chart.
 */
public record Histogram(List<Bar> bars) {
    /** One bar: its label, the range it covers (NaN for a category) and how many values fall in it. */
    public record Bar(String label, double from, double to, long count) {
    }

    public Histogram {
        bars = List.copyOf(bars);
    }

    public long maxCount() {
        return bars.stream().mapToLong(Bar::count).max().orElse(0);
    }

    public long total() {
        return bars.stream().mapToLong(Bar::count).sum();
    }
}
