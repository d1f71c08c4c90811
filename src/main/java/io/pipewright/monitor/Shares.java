package io.pipewright.monitor;

/** Counts turned into shares of their total. */
final class Shares {
    private Shares() {
    }

    static double[] of(long[] counts) {
        double total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            throw new IllegalArgumentException("no values to compare");
        }
        double[] shares = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            shares[i] = counts[i] / total;
        }
        return shares;
    }
}
