package io.pipewright.monitor.concept;

import java.util.Map;

/**
 * A concept drift detector fed one value per prediction of a model's error stream (1 for a wrong
 * prediction, 0 for a right one), in stream order. After it reports {@link Signal#DRIFT}, the next
 * value starts a fresh detection (DDM, EDDM, Page-Hinkley reset themselves as MOA's do; ADWIN
 * instead drops the old part of its window).
 */
public interface DriftDetector {
    /** The state after a value: in control, in the warning zone, or drift detected at this value. */
    enum Signal { STABLE, WARNING, DRIFT }

    Signal add(double error);

    /** The detector's id as the {@code detector} parameter names it, e.g. "ddm". */
    String id();

    /** The settings it runs with, by parameter key, for the report. */
    Map<String, Object> settings();
}
