package io.pipewright.monitor;

import java.util.Arrays;

/**
 * The two-sample, two-sided Kolmogorov-Smirnov test, equal to {@code scipy.stats.ks_2samp(a, b)} with its
 * default {@code method='auto'} (SciPy 1.17): when both samples have at most {@value #MAX_EXACT_N} values
 * the p-value is exact (Hodges' lattice-path count; for equal sizes the closed form of
 * {@code _compute_prob_outside_square}, otherwise the 1 - p "inside" recursion of Viehmann 2021), and the
 * statistic is rounded to the lattice, h / lcm(n1, n2), as SciPy does. Larger samples get the asymptotic
 * p-value {@code kstwo.sf(d, round(n1 n2 / (n1 + n2)))}, see {@link KolmogorovDistribution}. If an exact
 * count is not a probability, the asymptotic value is used, as SciPy falls back.
 */
public final class KolmogorovSmirnov {
    /** SciPy's MAX_AUTO_N: the largest sample size for which 'auto' computes the exact p-value. */
    public static final int MAX_EXACT_N = 10_000;

    /** The statistic, its p-value and whether the p-value is exact (false: asymptotic). */
    public record Result(double statistic, double pValue, boolean exact) {
        public String method() {
            return exact ? "exact" : "asymptotic";
        }
    }

    private KolmogorovSmirnov() {
    }

    /** Tests two samples (unsorted; NaN not allowed). */
    public static Result test(double[] a, double[] b) {
        double[] sa = a.clone();
        double[] sb = b.clone();
        Arrays.sort(sa);
        Arrays.sort(sb);
        return testSorted(sa, sb);
    }

    /** Tests two samples already sorted ascending. */
    public static Result testSorted(double[] a, double[] b) {
        if (a.length == 0 || b.length == 0) {
            throw new IllegalArgumentException("the KS test needs at least one value in each sample");
        }
        return fromStatistic(statisticSorted(a, b), a.length, b.length);
    }

    /** sup |F_a - F_b| over all values, with both ECDFs taken after all ties (SciPy's searchsorted 'right'). */
    public static double statisticSorted(double[] a, double[] b) {
        int n1 = a.length;
        int n2 = b.length;
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < n1 && j < n2) {
            double x = Math.min(a[i], b[j]);
            while (i < n1 && a[i] <= x) {
                i++;
            }
            while (j < n2 && b[j] <= x) {
                j++;
            }
            double diff = (double) i / n1 - (double) j / n2;
            d = Math.max(d, Math.abs(diff));
        }
        return d;
    }

    /** The p-value of statistic d for sample sizes n1 and n2, by the method SciPy's 'auto' picks. */
    public static Result fromStatistic(double d, long n1, long n2) {
        if (Math.max(n1, n2) <= MAX_EXACT_N) {
            long g = gcd(n1, n2);
            long lcm = (n1 / g) * n2;
            long h = (long) Math.rint(d * lcm);
            double rounded = (double) h / lcm;
            if (h == 0) {
                return new Result(rounded, 1.0, true);
            }
            double p = n1 == n2 ? probOutsideSquare(n1, h) : outerProbInside(n1, n2, g, h);
            if (p >= 0 && p <= 1) {
                return new Result(rounded, p, true);
            }
            d = rounded;
        }
        double m = Math.max(n1, n2);
        double n = Math.min(n1, n2);
        double en = m * n / (m + n);
        return new Result(d, KolmogorovDistribution.sf((long) Math.rint(en), d), false);
    }

    /** P(D_{n,n} >= h/n): 2 (A0 (1 - A1 (1 - A2 (...)))) by a Horner-like scheme. */
    static double probOutsideSquare(long n, long h) {
        double p = 0.0;
        long k = n / h;
        while (k >= 0) {
            double p1 = 1.0;
            for (long j = 0; j < h; j++) {
                p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
            }
            p = p1 * (1.0 - p);
            k--;
        }
        return 2 * p;
    }

    /**
     * The share of lattice paths from (0,0) to (m,n) that leave the band |x/m - y/n| < h / lcm(m,n),
     * computed directly as 1 - p over a sliding window of one column.
     */
    static double outerProbInside(long m0, long n0, long g, long h) {
        long m = Math.max(m0, n0);
        int n = (int) Math.min(m0, n0);
        long mg = m / g;
        long ng = n / g;
        int minj = 0;
        int maxj = (int) Math.min((long) Math.ceil((double) h / mg), n + 1L);
        int curlen = maxj - minj;
        int lenA = Math.min(2 * maxj + 2, n + 1);
        double[] a = new double[lenA];
        Arrays.fill(a, 1.0);
        Arrays.fill(a, minj, maxj, 0.0);
        for (long i = 1; i <= m; i++) {
            int lastminj = minj;
            int lastlen = curlen;
            minj = (int) Math.max((long) Math.floor((double) (ng * i - h) / mg) + 1, 0);
            minj = Math.min(minj, n);
            maxj = (int) Math.min((long) Math.ceil((double) (ng * i + h) / mg), n + 1L);
            if (maxj <= minj) {
                return 1.0;
            }
            double val = minj == 0 ? 0.0 : 1.0;
            for (int jj = 0; jj < maxj - minj; jj++) {
                int j = jj + minj;
                val = (a[jj + minj - lastminj] * i + val * j) / (i + j);
                a[jj] = val;
            }
            curlen = maxj - minj;
            if (lastlen > curlen) {
                Arrays.fill(a, maxj - minj, Math.min(lenA, maxj - minj + (lastlen - curlen)), 1.0);
            }
        }
        return a[maxj - minj - 1];
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
