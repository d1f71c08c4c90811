package io.pipewright.nodes.monitor;

import io.pipewright.node.ReportSection;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of {@code monitor.concept-drift}: which detector ran with which settings over how many
 * predictions, and the 0-based positions in the error stream where it raised a warning or a drift.
 * Reported under "conceptDrift".
 */
public record ConceptDriftReport(String detector, Map<String, Object> settings, int instances, double errorRate,
                                 List<Integer> warnings, List<Integer> drifts) implements ReportSection, Serializable {

    public ConceptDriftReport {
        settings = Map.copyOf(settings);
        warnings = List.copyOf(warnings);
        drifts = List.copyOf(drifts);
    }

    public boolean driftDetected() {
        return !drifts.isEmpty();
    }

    @Override
    public String section() {
        return "conceptDrift";
    }

    @Override
    public Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("detector", detector);
        content.put("settings", new LinkedHashMap<>(settings));
        content.put("instances", instances);
        content.put("errorRate", errorRate);
        content.put("driftDetected", driftDetected());
        content.put("warnings", warnings);
        content.put("drifts", drifts);
        return content;
    }
}
