package io.pipewright.nodes.monitor;

import java.util.Map;

/**
 * How {@code monitor.data-drift} tests: the numeric and categorical test ({@code auto} or a fixed one),
 * each test's threshold by test name, the dataset drift share and the bins for profiling a dataset reference.
 */
public record DriftSettings(String numericTest, String categoricalTest, Map<String, Double> thresholds, double driftShare,
                     int bins) {
    public static final String AUTO = "auto";
    public static final String KS = "ks";
    public static final String CHI2 = "chi2";
    public static final String PSI = "psi";
    public static final String WASSERSTEIN = "wasserstein";
    public static final String JENSEN_SHANNON = "jensen-shannon";
    /** Evidently's cut-off: up to this many reference rows, auto picks KS / chi-square; above, Wasserstein / JS. */
    static final int AUTO_SMALL_ROWS = 1000;

    public DriftSettings {
        thresholds = Map.copyOf(thresholds);
    }

    /** The node's defaults with the given tests: p 0.05 for KS and chi-square, 0.1 for the distances. */
    public static DriftSettings of(String numericTest, String categoricalTest) {
        return new DriftSettings(numericTest, categoricalTest, Map.of(KS, 0.05, CHI2, 0.05, PSI, 0.1, WASSERSTEIN, 0.1,
                JENSEN_SHANNON, 0.1), 0.5, 20);
    }

    double threshold(String test) {
        return thresholds.get(test);
    }

    /** KS and chi-square are tests (drift when p < threshold); the others are distances (drift when >= threshold). */
    static boolean hasPValue(String test) {
        return test.equals(KS) || test.equals(CHI2);
    }
}
