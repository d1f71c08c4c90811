package io.pipewright.nodes.evaluate;

import io.pipewright.node.ReportSection;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Metrics of a model on data. {@code metrics} holds the documented keys (accuracy, kappa, ... for a
 * nominal class; correlation, meanAbsoluteError, ... for a numeric one) plus per-class figures and the
 * confusion matrix, all JSON-like so the command line and the workspace print and store them as is.
 */
public record EvaluationResult(Map<String, Object> metrics, List<String> classLabels, double[][] confusionMatrix)
        implements ReportSection, Serializable {

    @Override
    public String section() {
        return "metrics";
    }

    @Override
    public Map<String, Object> content() {
        return metrics;
    }
}
