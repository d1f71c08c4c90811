package io.pipewright.nodes.monitor;

import io.pipewright.node.PortType;

/**
 * Port types of the Monitor nodes. A batch's performance flows as
 * {@link io.pipewright.nodes.PortTypes#EVALUATION}, so the metrics views and the history chart treat a
 * monitoring point exactly like an evaluation.
 */
public final class MonitorPortTypes {
    public static final PortType<DataProfile> PROFILE = new PortType<>("profile", DataProfile.class,
            "per-column statistics of a reference dataset (histograms, quantiles, category frequencies, counts)");
    public static final PortType<DriftReport> DRIFT = new PortType<>("drift", DriftReport.class,
            "a data drift report: the test, statistic, p-value and verdict for each column, and the dataset verdict");
    public static final PortType<ConceptDriftReport> CONCEPT_DRIFT = new PortType<>("concept-drift", ConceptDriftReport.class,
            "warning and drift positions a detector found in a model's error stream");

    private MonitorPortTypes() {
    }
}
