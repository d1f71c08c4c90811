package io.pipewright.monitor.concept;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EDDM, the Early Drift Detection Method of Baena-Garc&iacute;a et al. (2006), as MOA implements it: it
 * follows the distance between consecutive errors (mean m and deviation s, updated at each error) and
 * the highest m + 2s seen. When (m + 2s) / max falls below {@code warningRatio} (0.95) it warns, below
 * {@code driftRatio} (0.9) it signals drift; only after 30 values and more than 30 errors, as in MOA.
 */
public final class Eddm implements DriftDetector {
    public static final double DEFAULT_WARNING_RATIO = 0.95;
    public static final double DEFAULT_DRIFT_RATIO = 0.9;
    /** MOA's fixed minimums: values seen and errors seen before anything is signalled. */
    public static final int MIN_INSTANCES = 30;
    public static final int MIN_ERRORS = 30;

    private final double warningRatio;
    private final double driftRatio;
    private int n;
    private double errors;
    private int lastErrorAt;
    private double mean;
    private double sumSquares;
    private double maxMeanPlus2Sd;
    private boolean warning;
    private boolean restart = true;

    public Eddm() {
        this(DEFAULT_WARNING_RATIO, DEFAULT_DRIFT_RATIO);
    }

    public Eddm(double warningRatio, double driftRatio) {
        if (!(driftRatio > 0 && driftRatio <= warningRatio && warningRatio < 1)) {
            throw new IllegalArgumentException("EDDM needs 0 < drift ratio <= warning ratio < 1");
        }
        this.warningRatio = warningRatio;
        this.driftRatio = driftRatio;
    }

    private void reset() {
        n = 1;
        errors = 0;
        lastErrorAt = 0;
        mean = 0;
        sumSquares = 0;
        maxMeanPlus2Sd = 0;
    }

    @Override
    public Signal add(double error) {
        if (restart) {
            reset();
            restart = false;
        }
        n++;
        if (error != 1.0) {
            // Between errors MOA leaves the warning state as it was.
            return warning ? Signal.WARNING : Signal.STABLE;
        }
        warning = false;
        errors++;
        int at = n - 1;
        int distance = at - lastErrorAt;
        lastErrorAt = at;
        double oldMean = mean;
        mean += (distance - mean) / errors;
        sumSquares += (distance - mean) * (distance - oldMean);
        double m2s = mean + 2 * Math.sqrt(sumSquares / errors);
        if (m2s > maxMeanPlus2Sd) {
            if (n > MIN_INSTANCES) {
                maxMeanPlus2Sd = m2s;
            }
            return Signal.STABLE;
        }
        double ratio = m2s / maxMeanPlus2Sd;
        boolean enough = n > MIN_INSTANCES && errors > MIN_ERRORS;
        if (enough && ratio < driftRatio) {
            restart = true;
            return Signal.DRIFT;
        }
        warning = enough && ratio < warningRatio;
        return warning ? Signal.WARNING : Signal.STABLE;
    }

    @Override
    public String id() {
        return "eddm";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("eddmWarningRatio", warningRatio);
        settings.put("eddmDriftRatio", driftRatio);
        settings.put("minInstances", MIN_INSTANCES);
        settings.put("minErrors", MIN_ERRORS);
        return settings;
    }
}
