package io.pipewright.nodes.monitor;

import io.pipewright.node.PortType;
import io.pipewright.nodes.PortTypes;

import java.io.Serializable;

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

    /**
     * An input that takes a dataset or a profile of one (the reference of {@code monitor.data-drift}).
     * It accepts exactly those two, never a model or another value that happens to be serializable.
     */
    public static final PortType<Serializable> DATA_OR_PROFILE = PortType.anyOf("data-or-profile", Serializable.class,
            "a dataset or a profile of one", PortTypes.DATA, PROFILE);

    private MonitorPortTypes() {
    }
}
