package io.pipewright.monitor.concept;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ADWIN, ADaptive WINdowing (Bifet and Gavald&agrave;, SDM 2007), as MOA implements it: the window is
 * kept as an exponential histogram (rows of at most 5 buckets; row i holds buckets of 2^i values), and
 * every 32 values, once the window holds more than 10, each split of the window into an older and a
 * newer part (both longer than 6) is tested; when their means differ by more than
 * eps = sqrt(2 m v ln(2 ln(n) / delta)) + 2/3 ln(2 ln(n) / delta) m, with v the window's variance and
 * m = 1/(n0 - 4) + 1/(n1 - 4), the oldest bucket is dropped and the test repeated. As MOA's
 * {@code ADWINChangeDetector} does, a cut is reported as drift only when it raised the error estimate.
 */
public final class Adwin implements DriftDetector {
    public static final double DEFAULT_DELTA = 0.002;
    private static final int CLOCK = 32;
    private static final int MAX_BUCKETS = 5;
    private static final int MIN_WINDOW = 10;
    private static final int MIN_SUB_WINDOW = 5;

    /** One row of buckets of equal size; index 0 is the oldest bucket. */
    private static final class Row {
        final double[] totals = new double[MAX_BUCKETS + 1];
        final double[] variances = new double[MAX_BUCKETS + 1];
        int size;

        void add(double total, double variance) {
            totals[size] = total;
            variances[size] = variance;
            size++;
        }

        void dropOldest(int count) {
            System.arraycopy(totals, count, totals, 0, size - count);
            System.arraycopy(variances, count, variances, 0, size - count);
            size -= count;
        }
    }

    private final double delta;
    private final List<Row> rows = new ArrayList<>();
    private long time;
    private int width;
    private double total;
    private double variance;

    public Adwin() {
        this(DEFAULT_DELTA);
    }

    public Adwin(double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("ADWIN needs 0 < delta < 1");
        }
        this.delta = delta;
        rows.add(new Row());
    }

    /** How many of the latest values the window holds now. */
    public int width() {
        return width;
    }

    /** The mean of the window: the current error rate estimate. */
    public double estimation() {
        return width == 0 ? 0 : total / width;
    }

    @Override
    public Signal add(double error) {
        double before = estimation();
        boolean cut = insert(error);
        return cut && estimation() > before ? Signal.DRIFT : Signal.STABLE;
    }

    /** Adds a value and shrinks the window while it holds two parts with different means; true when it shrank. */
    private boolean insert(double value) {
        time++;
        width++;
        if (width > 1) {
            double previousMean = total / (width - 1);
            variance += (width - 1) * (value - previousMean) * (value - previousMean) / width;
        }
        total += value;
        rows.get(0).add(value, 0);
        compress();
        if (time % CLOCK != 0 || width <= MIN_WINDOW) {
            return false;
        }
        boolean shrank = false;
        while (cutOnce()) {
            shrank = true;
        }
        return shrank;
    }

    private void compress() {
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.size <= MAX_BUCKETS) {
                return;
            }
            if (i + 1 == rows.size()) {
                rows.add(new Row());
            }
            double n = 1L << i;
            double u1 = row.totals[0] / n;
            double u2 = row.totals[1] / n;
            double merged = n * n * (u1 - u2) * (u1 - u2) / (2 * n);
            rows.get(i + 1).add(row.totals[0] + row.totals[1], row.variances[0] + row.variances[1] + merged);
            row.dropOldest(2);
        }
    }

    /** Tests the splits from the oldest bucket on; at the first that differs, drops the oldest bucket. */
    private boolean cutOnce() {
        int n0 = 0;
        int n1 = width;
        double u0 = 0;
        double u1 = total;
        for (int i = rows.size() - 1; i >= 0; i--) {
            Row row = rows.get(i);
            int size = 1 << i;
            for (int k = 0; k < row.size; k++) {
                n0 += size;
                n1 -= size;
                u0 += row.totals[k];
                u1 -= row.totals[k];
                if (i == 0 && k == row.size - 1) {
                    return false;
                }
                if (n1 > MIN_SUB_WINDOW + 1 && n0 > MIN_SUB_WINDOW + 1 && differ(n0, n1, u0 / n0 - u1 / n1)) {
                    dropOldestBucket();
                    return true;
                }
            }
        }
        return false;
    }

    private boolean differ(int n0, int n1, double meanDifference) {
        double dd = Math.log(2 * Math.log(width) / delta);
        double v = variance / width;
        double m = 1.0 / (n0 - MIN_SUB_WINDOW + 1) + 1.0 / (n1 - MIN_SUB_WINDOW + 1);
        double epsilon = Math.sqrt(2 * m * v * dd) + 2.0 / 3 * dd * m;
        return Math.abs(meanDifference) > epsilon;
    }

    private void dropOldestBucket() {
        int last = rows.size() - 1;
        Row row = rows.get(last);
        int n1 = 1 << last;
        width -= n1;
        total -= row.totals[0];
        double u1 = row.totals[0] / n1;
        double mean = width == 0 ? 0 : total / width;
        variance -= row.variances[0] + n1 * (double) width * (u1 - mean) * (u1 - mean) / (n1 + width);
        row.dropOldest(1);
        if (row.size == 0 && last > 0) {
            rows.remove(last);
        }
    }

    @Override
    public String id() {
        return "adwin";
    }

    @Override
    public Map<String, Object> settings() {
        return Map.of("adwinDelta", delta);
    }
}
