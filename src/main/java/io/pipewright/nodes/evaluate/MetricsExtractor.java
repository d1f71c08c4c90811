package io.pipewright.nodes.evaluate;

import weka.classifiers.evaluation.Evaluation;
import weka.classifiers.evaluation.ThresholdCurve;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Weka {@link Evaluation} into an {@link EvaluationResult}: the figures are the exact doubles
 * Weka computes, under stable keys, in a JSON-like map. A figure Weka reports as NaN (e.g. precision
 * of a class never predicted) becomes null, since JSON has no NaN.
 *
 * <p>Nominal class: accuracy (pctCorrect / 100), kappa, weightedPrecision, weightedRecall, weightedF1,
 * weightedAreaUnderROC, weightedAreaUnderPRC, weightedTruePositiveRate, weightedFalsePositiveRate,
 * weightedMatthewsCorrelation, meanAbsoluteError, rootMeanSquaredError, relativeAbsoluteError,
 * rootRelativeSquaredError (both in percent, as Weka gives them), correct, incorrect, unclassified,
 * numInstances (weighted counts), perClass (label -> precision, recall, f1, areaUnderROC,
 * areaUnderPRC, truePositiveRate, falsePositiveRate, matthewsCorrelation) and confusionMatrix
 * ({labels, matrix}: rows are actual classes, columns predicted ones, as in Weka).
 *
 * <p>Numeric class: correlation, meanAbsoluteError, rootMeanSquaredError, relativeAbsoluteError,
 * rootRelativeSquaredError (percent), numInstances, unclassified.
 */
public final class MetricsExtractor {
    /** The most points kept per ROC curve; enough for a chart, small enough to store with a run. */
    public static final int MAX_ROC_POINTS = 200;

    private MetricsExtractor() {
    }

    public static EvaluationResult extract(Evaluation eval) throws Exception {
        Instances header = eval.getHeader();
        if (!header.classAttribute().isNominal()) {
            return new EvaluationResult(numericMetrics(eval), List.of(), new double[0][0], Map.of());
        }
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < header.numClasses(); c++) {
            labels.add(header.classAttribute().value(c));
        }
        double[][] matrix = eval.confusionMatrix();
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "accuracy", eval.pctCorrect() / 100);
        put(m, "kappa", eval.kappa());
        put(m, "weightedPrecision", eval.weightedPrecision());
        put(m, "weightedRecall", eval.weightedRecall());
        put(m, "weightedF1", eval.weightedFMeasure());
        put(m, "weightedAreaUnderROC", eval.weightedAreaUnderROC());
        put(m, "weightedAreaUnderPRC", eval.weightedAreaUnderPRC());
        put(m, "weightedTruePositiveRate", eval.weightedTruePositiveRate());
        put(m, "weightedFalsePositiveRate", eval.weightedFalsePositiveRate());
        put(m, "weightedMatthewsCorrelation", eval.weightedMatthewsCorrelation());
        put(m, "meanAbsoluteError", eval.meanAbsoluteError());
        put(m, "rootMeanSquaredError", eval.rootMeanSquaredError());
        put(m, "relativeAbsoluteError", eval.relativeAbsoluteError());
        put(m, "rootRelativeSquaredError", eval.rootRelativeSquaredError());
        put(m, "correct", eval.correct());
        put(m, "incorrect", eval.incorrect());
        put(m, "unclassified", eval.unclassified());
        put(m, "numInstances", eval.numInstances());
        Map<String, Object> perClass = new LinkedHashMap<>();
        for (int c = 0; c < labels.size(); c++) {
            Map<String, Object> figures = new LinkedHashMap<>();
            put(figures, "precision", eval.precision(c));
            put(figures, "recall", eval.recall(c));
            put(figures, "f1", eval.fMeasure(c));
            put(figures, "areaUnderROC", eval.areaUnderROC(c));
            put(figures, "areaUnderPRC", eval.areaUnderPRC(c));
            put(figures, "truePositiveRate", eval.truePositiveRate(c));
            put(figures, "falsePositiveRate", eval.falsePositiveRate(c));
            put(figures, "matthewsCorrelation", eval.matthewsCorrelationCoefficient(c));
            perClass.put(labels.get(c), Collections.unmodifiableMap(figures));
        }
        m.put("perClass", Collections.unmodifiableMap(perClass));
        List<Object> rows = new ArrayList<>();
        for (double[] row : matrix) {
            List<Object> cells = new ArrayList<>();
            for (double cell : row) {
                cells.add(jsonNumber(cell));
            }
            rows.add(Collections.unmodifiableList(cells));
        }
        Map<String, Object> confusion = new LinkedHashMap<>();
        confusion.put("labels", List.copyOf(labels));
        confusion.put("matrix", Collections.unmodifiableList(rows));
        m.put("confusionMatrix", Collections.unmodifiableMap(confusion));
        return new EvaluationResult(Collections.unmodifiableMap(m), List.copyOf(labels), matrix, rocCurves(eval, labels));
    }

    private static Map<String, Object> numericMetrics(Evaluation eval) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "correlation", eval.correlationCoefficient());
        put(m, "meanAbsoluteError", eval.meanAbsoluteError());
        put(m, "rootMeanSquaredError", eval.rootMeanSquaredError());
        put(m, "relativeAbsoluteError", eval.relativeAbsoluteError());
        put(m, "rootRelativeSquaredError", eval.rootRelativeSquaredError());
        put(m, "numInstances", eval.numInstances());
        put(m, "unclassified", eval.unclassified());
        return Collections.unmodifiableMap(m);
    }

    /** Weka's threshold curve per class, thinned to at most {@link #MAX_ROC_POINTS} points. */
    private static Map<String, List<double[]>> rocCurves(Evaluation eval, List<String> labels) {
        if (eval.predictions() == null || eval.predictions().isEmpty()) {
            return Map.of();
        }
        Map<String, List<double[]>> curves = new LinkedHashMap<>();
        ThresholdCurve thresholdCurve = new ThresholdCurve();
        for (int c = 0; c < labels.size(); c++) {
            Instances curve = thresholdCurve.getCurve(eval.predictions(), c);
            if (curve == null || curve.numInstances() == 0) {
                continue;
            }
            int fpr = curve.attribute(ThresholdCurve.FP_RATE_NAME).index();
            int tpr = curve.attribute(ThresholdCurve.TP_RATE_NAME).index();
            int threshold = curve.attribute(ThresholdCurve.THRESHOLD_NAME).index();
            int n = curve.numInstances();
            int step = Math.max(1, (int) Math.ceil(n / (double) MAX_ROC_POINTS));
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < n; i += step) {
                points.add(point(curve, i, fpr, tpr, threshold));
            }
            if ((n - 1) % step != 0) {
                points.add(point(curve, n - 1, fpr, tpr, threshold));
            }
            curves.put(labels.get(c), Collections.unmodifiableList(points));
        }
        return Collections.unmodifiableMap(curves);
    }

    private static double[] point(Instances curve, int row, int fpr, int tpr, int threshold) {
        return new double[]{curve.instance(row).value(fpr), curve.instance(row).value(tpr),
                curve.instance(row).value(threshold)};
    }

    private static void put(Map<String, Object> map, String key, double value) {
        map.put(key, jsonNumber(value));
    }

    /** NaN and infinities have no JSON form: they become null. */
    private static Double jsonNumber(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
