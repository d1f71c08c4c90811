package io.pipewright.monitor;

/**
 * The population stability index over matching bins: {@code PSI = sum (c_i - r_i) ln(c_i / r_i)} where
 * r_i and c_i are the shares of reference and current values in bin i. Empty-bin rule (Evidently's): a
 * share of 0 is replaced by {@value #EMPTY_BIN_SHARE} on either side before the sum, so a bin empty in one
 * sample adds a large but finite term, and a bin empty in both adds nothing.
 * Usual reading: below 0.1 stable, 0.1 to 0.2 moderate shift, above 0.2 significant shift.
 */
public final class PopulationStability {
    public static final double EMPTY_BIN_SHARE = 0.0001;

    private PopulationStability() {
    }

    public static double index(long[] reference, long[] current) {
        double[] r = Shares.of(reference);
        double[] c = Shares.of(current);
        double psi = 0;
        for (int i = 0; i < r.length; i++) {
            double ri = r[i] == 0 ? EMPTY_BIN_SHARE : r[i];
            double ci = c[i] == 0 ? EMPTY_BIN_SHARE : c[i];
            psi += (ri - ci) * Math.log(ri / ci);
        }
        return psi;
    }

    /** "stable" below 0.1, "moderate" from 0.1 to 0.2, "significant" above 0.2. */
    public static String band(double psi) {
        if (psi < 0.1) {
            return "stable";
        }
        return psi <= 0.2 ? "moderate" : "significant";
    }
}
