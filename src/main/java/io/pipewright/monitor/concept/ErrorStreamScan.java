package io.pipewright.monitor.concept;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a detector over an error stream and collects where it signalled. A warning is reported where a
 * warning zone begins (the value before was not in the warning zone), so a long warning zone is one
 * entry; every drift is reported. Positions are given back in the caller's numbering.
 */
public final class ErrorStreamScan {
    /** The outcome: how many values, their mean (the error rate), warning starts and drifts. */
    public record Result(int instances, double errorRate, List<Integer> warnings, List<Integer> drifts) {
        public Result {
            warnings = List.copyOf(warnings);
            drifts = List.copyOf(drifts);
        }
    }

    private ErrorStreamScan() {
    }

    /** Positions are the stream indexes 0, 1, 2, ... */
    public static Result scan(DriftDetector detector, double[] errors) {
        int[] positions = new int[errors.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        return scan(detector, errors, positions);
    }

    /** {@code positions[i]} is the number reported for {@code errors[i]}, e.g. its row in a batch. */
    public static Result scan(DriftDetector detector, double[] errors, int[] positions) {
        if (positions.length != errors.length) {
            throw new IllegalArgumentException("one position per error value is needed");
        }
        List<Integer> warnings = new ArrayList<>();
        List<Integer> drifts = new ArrayList<>();
        double sum = 0;
        DriftDetector.Signal previous = DriftDetector.Signal.STABLE;
        for (int i = 0; i < errors.length; i++) {
            sum += errors[i];
            DriftDetector.Signal signal = detector.add(errors[i]);
            if (signal == DriftDetector.Signal.DRIFT) {
                drifts.add(positions[i]);
            } else if (signal == DriftDetector.Signal.WARNING && previous != DriftDetector.Signal.WARNING) {
                warnings.add(positions[i]);
            }
            previous = signal;
        }
        return new Result(errors.length, errors.length == 0 ? 0 : sum / errors.length, warnings, drifts);
    }
}
