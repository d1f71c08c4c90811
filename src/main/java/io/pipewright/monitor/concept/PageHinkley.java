package io.pipewright.monitor.concept;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Page-Hinkley test as MOA's {@code PageHinkleyDM} runs it: the cumulative sum of (x - mean - delta),
 * faded by alpha at each step, signals drift when it exceeds lambda; nothing before {@code minInstances}
 * values. It detects an increase of the monitored value (the error rate) and has no warning zone.
 */
public final class PageHinkley implements DriftDetector {
    public static final int DEFAULT_MIN_INSTANCES = 30;
    public static final double DEFAULT_DELTA = 0.005;
    public static final double DEFAULT_LAMBDA = 50;
    public static final double DEFAULT_ALPHA = 1 - 0.0001;

    private final int minInstances;
    private final double delta;
    private final double lambda;
    private final double alpha;
    private int n;
    private double mean;
    private double sum;
    private boolean restart = true;

    public PageHinkley() {
        this(DEFAULT_MIN_INSTANCES, DEFAULT_DELTA, DEFAULT_LAMBDA, DEFAULT_ALPHA);
    }

    public PageHinkley(int minInstances, double delta, double lambda, double alpha) {
        if (minInstances < 0 || delta < 0 || lambda <= 0 || alpha <= 0 || alpha > 1) {
            throw new IllegalArgumentException("Page-Hinkley needs minInstances >= 0, delta >= 0, lambda > 0, 0 < alpha <= 1");
        }
        this.minInstances = minInstances;
        this.delta = delta;
        this.lambda = lambda;
        this.alpha = alpha;
    }

    @Override
    public Signal add(double x) {
        if (restart) {
            n = 1;
            mean = 0;
            sum = 0;
            restart = false;
        }
        mean += (x - mean) / n;
        sum = alpha * sum + (x - mean - delta);
        n++;
        if (n < minInstances || sum <= lambda) {
            return Signal.STABLE;
        }
        restart = true;
        return Signal.DRIFT;
    }

    @Override
    public String id() {
        return "page-hinkley";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("minInstances", minInstances);
        settings.put("phDelta", delta);
        settings.put("phLambda", lambda);
        settings.put("phAlpha", alpha);
        return settings;
    }
}
