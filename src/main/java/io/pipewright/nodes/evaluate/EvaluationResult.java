package io.pipewright.nodes.evaluate;

import io.pipewright.node.ReportSection;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * Metrics of a model on data. {@code metrics} holds the documented keys (accuracy, kappa, ... for a
 * nominal class; correlation, meanAbsoluteError, ... for a numeric one) plus per-class figures and the
 * confusion matrix, all JSON-like so the command line and the workspace print and store them as is.
 * See {@link MetricsExtractor} for the keys; a figure Weka cannot compute (NaN) is null.
 *
 * <p>{@code rocCurves} maps each class label to points {@code [falsePositiveRate, truePositiveRate,
 * threshold]} of Weka's threshold curve for that class (at most {@link MetricsExtractor#MAX_ROC_POINTS}
 * points, evenly thinned), for charts; it is empty for a numeric class and is not part of the report.
 */
public record EvaluationResult(Map<String, Object> metrics, List<String> classLabels, double[][] confusionMatrix,
                               Map<String, List<double[]>> rocCurves)
        implements ReportSection, Serializable {

    public EvaluationResult {
        rocCurves = rocCurves == null ? Map.of() : rocCurves;
    }

    public EvaluationResult(Map<String, Object> metrics, List<String> classLabels, double[][] confusionMatrix) {
        this(metrics, classLabels, confusionMatrix, Map.of());
    }

    @Override
    public String section() {
        return "metrics";
    }

    @Override
    public Map<String, Object> content() {
        return metrics;
    }
}
