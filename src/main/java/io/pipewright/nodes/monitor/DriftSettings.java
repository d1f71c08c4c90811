package io.pipewright.nodes.monitor;

import java.util.Map;

/**
 * How {@code monitor.data-drift} tests: the numeric and categorical test ({@code auto} or a fixed one),
 * each test's threshold by test name, the dataset drift share and the bins for profiling a dataset reference.
 */
record DriftSettings(String numericTest, String categoricalTest, Map<String, Double> thresholds, double driftShare,
                     int bins) {
    static final String AUTO = "auto";
    static final String KS = "ks";
    static final String CHI2 = "chi2";
    static final String PSI = "psi";
    static final String WASSERSTEIN = "wasserstein";
    static final String JENSEN_SHANNON = "jensen-shannon";
    /** Evidently's cut-off: up to this many reference rows, auto picks KS / chi-square; above, Wasserstein / JS. */
    static final int AUTO_SMALL_ROWS = 1000;

    DriftSettings {
        thresholds = Map.copyOf(thresholds);
    }

    double threshold(String test) {
        return thresholds.get(test);
    }

    /** KS and chi-square are tests (drift when p < threshold); the others are distances (drift when >= threshold). */
    static boolean hasPValue(String test) {
        return test.equals(KS) || test.equals(CHI2);
    }
}
