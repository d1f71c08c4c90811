package io.pipewright.monitor.concept;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DDM, the Drift Detection Method of Gama et al. (SBIA 2004), as MOA implements it: the running error
 * rate p and its deviation s = sqrt(p(1-p)/n) are compared with the lowest p + s seen; p + s above
 * p_min + 2 s_min is a warning, above p_min + 3 s_min a drift. Nothing is signalled before
 * {@code minInstances} values, and a drift needs more than that.
 */
public final class Ddm implements DriftDetector {
    public static final int DEFAULT_MIN_INSTANCES = 30;
    public static final double DEFAULT_WARNING_LEVEL = 2.0;
    public static final double DEFAULT_DRIFT_LEVEL = 3.0;

    private final int minInstances;
    private final double warningLevel;
    private final double driftLevel;
    private int n;
    private double p;
    private double s;
    private double psMin;
    private double pMin;
    private double sMin;
    private boolean restart = true;

    public Ddm() {
        this(DEFAULT_MIN_INSTANCES, DEFAULT_WARNING_LEVEL, DEFAULT_DRIFT_LEVEL);
    }

    public Ddm(int minInstances, double warningLevel, double driftLevel) {
        if (minInstances < 0 || warningLevel <= 0 || driftLevel < warningLevel) {
            throw new IllegalArgumentException("DDM needs minInstances >= 0 and 0 < warning level <= drift level");
        }
        this.minInstances = minInstances;
        this.warningLevel = warningLevel;
        this.driftLevel = driftLevel;
    }

    private void reset() {
        n = 1;
        p = 1;
        s = 0;
        psMin = Double.MAX_VALUE;
        pMin = Double.MAX_VALUE;
        sMin = Double.MAX_VALUE;
    }

    @Override
    public Signal add(double error) {
        if (restart) {
            reset();
            restart = false;
        }
        p += (error - p) / n;
        s = Math.sqrt(p * (1 - p) / n);
        n++;
        if (n < minInstances) {
            return Signal.STABLE;
        }
        if (p + s <= psMin) {
            pMin = p;
            sMin = s;
            psMin = p + s;
        }
        if (n > minInstances && p + s > pMin + driftLevel * sMin) {
            restart = true;
            return Signal.DRIFT;
        }
        return p + s > pMin + warningLevel * sMin ? Signal.WARNING : Signal.STABLE;
    }

    @Override
    public String id() {
        return "ddm";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("minInstances", minInstances);
        settings.put("warningLevel", warningLevel);
        settings.put("driftLevel", driftLevel);
        return settings;
    }
}
