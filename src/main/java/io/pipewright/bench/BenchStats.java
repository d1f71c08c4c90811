package io.pipewright.bench;

import java.util.Arrays;

/** Figures the benchmarks report. */
final class BenchStats {
    private BenchStats() {
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
