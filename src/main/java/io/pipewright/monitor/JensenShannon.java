package io.pipewright.monitor;

/**
 * The Jensen-Shannon distance between the reference and current distributions over matching bins, equal to
 * {@code scipy.spatial.distance.jensenshannon(r, c)} with its default natural logarithm (the base Evidently
 * uses, so its 0.1 threshold reads the same): {@code sqrt((KL(r||m) + KL(c||m)) / 2)}, m = (r + c) / 2.
 * It lies between 0 and sqrt(ln 2) = 0.8326. Empty bins need no rule: a zero share adds 0 (0 ln 0 = 0).
 */
public final class JensenShannon {
    private JensenShannon() {
    }

    public static double distance(long[] reference, long[] current) {
        double[] p = Shares.of(reference);
        double[] q = Shares.of(current);
        double left = 0;
        double right = 0;
        for (int i = 0; i < p.length; i++) {
            double m = (p[i] + q[i]) / 2.0;
            left += relativeEntropy(p[i], m);
            right += relativeEntropy(q[i], m);
        }
        return Math.sqrt(Math.max(0, (left + right) / 2.0));
    }

    private static double relativeEntropy(double x, double y) {
        return x > 0 ? x * Math.log(x / y) : 0;
    }
}
