package io.pipewright.monitor;

import org.apache.commons.math3.special.Gamma;

/**
 * Pearson's chi-square test of independence on the 2 x k table of category counts (reference row,
 * current row), equal to {@code scipy.stats.chi2_contingency(table, correction=False)}. Categories empty
 * in both rows have an expected count of zero, which SciPy refuses; they carry no information and are left
 * out first. With a single category left there are no degrees of freedom: the statistic is 0 and p is 1,
 * as in SciPy.
 */
public final class ChiSquare {
    /** The statistic, its p-value (upper tail of chi-square with {@code dof} degrees of freedom) and dof. */
    public record Result(double statistic, double pValue, int dof) {
    }

    private ChiSquare() {
    }

    public static Result contingency(long[] reference, long[] current) {
        if (reference.length != current.length) {
            throw new IllegalArgumentException("both rows need the same categories");
        }
        double refTotal = 0;
        double curTotal = 0;
        int used = 0;
        for (int j = 0; j < reference.length; j++) {
            refTotal += reference[j];
            curTotal += current[j];
            if (reference[j] + current[j] > 0) {
                used++;
            }
        }
        if (refTotal == 0 || curTotal == 0) {
            throw new IllegalArgumentException("the chi-square test needs at least one value in each sample");
        }
        int dof = used - 1;
        if (dof == 0) {
            return new Result(0.0, 1.0, 0);
        }
        double total = refTotal + curTotal;
        double statistic = 0;
        for (int j = 0; j < reference.length; j++) {
            double column = reference[j] + current[j];
            if (column == 0) {
                continue;
            }
            double expectedRef = refTotal * column / total;
            double expectedCur = curTotal * column / total;
            double dr = reference[j] - expectedRef;
            double dc = current[j] - expectedCur;
            statistic += dr * dr / expectedRef + dc * dc / expectedCur;
        }
        return new Result(statistic, pValue(statistic, dof), dof);
    }

    /** P(X >= statistic) for X ~ chi-square(dof): the regularized upper incomplete gamma Q(dof/2, x/2). */
    public static double pValue(double statistic, int dof) {
        if (statistic <= 0) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(dof / 2.0, statistic / 2.0);
    }
}
