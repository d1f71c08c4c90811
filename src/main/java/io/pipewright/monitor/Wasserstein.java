package io.pipewright.monitor;

import java.util.Arrays;

/**
 * The first Wasserstein (earth mover's) distance between two samples, {@code integral |F_a - F_b| dx}, equal
 * to {@code scipy.stats.wasserstein_distance(a, b)}; and Evidently's normed form, the distance divided by
 * the reference's population standard deviation (ddof 0), floored at {@value #MIN_NORM} so a constant
 * reference column does not divide by zero.
 */
public final class Wasserstein {
    public static final double MIN_NORM = 0.001;

    private Wasserstein() {
    }

    public static double distance(double[] a, double[] b) {
        double[] sa = a.clone();
        double[] sb = b.clone();
        Arrays.sort(sa);
        Arrays.sort(sb);
        return distanceSorted(sa, sb);
    }

    /** Both samples sorted ascending and non-empty. */
    public static double distanceSorted(double[] a, double[] b) {
        int n1 = a.length;
        int n2 = b.length;
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("the Wasserstein distance needs at least one value in each sample");
        }
        int i = 0;
        int j = 0;
        double x = Math.min(a[0], b[0]);
        double sum = 0;
        while (i < n1 || j < n2) {
            while (i < n1 && a[i] <= x) {
                i++;
            }
            while (j < n2 && b[j] <= x) {
                j++;
            }
            if (i == n1 && j == n2) {
                break;
            }
            double next = Math.min(i < n1 ? a[i] : Double.POSITIVE_INFINITY, j < n2 ? b[j] : Double.POSITIVE_INFINITY);
            sum += Math.abs((double) i / n1 - (double) j / n2) * (next - x);
            x = next;
        }
        return sum;
    }

    /** The distance divided by max(reference std, {@value #MIN_NORM}). */
    public static double normed(double distance, double referenceStd) {
        return distance / Math.max(referenceStd, MIN_NORM);
    }
}
