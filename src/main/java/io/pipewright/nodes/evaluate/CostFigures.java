package io.pipewright.nodes.evaluate;

import io.pipewright.node.NodeFailure;
import io.pipewright.param.TextParam;
import weka.classifiers.CostMatrix;
import weka.classifiers.evaluation.Evaluation;
import weka.classifiers.evaluation.ThresholdCurve;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code costMatrix} parameter of the evaluate nodes and the figures it adds to their metrics.
 *
 * <p>The matrix is written as Weka writes it, {@code [0 1; 5 0]}: one row per actual class, one column
 * per predicted class, in the order of the class column's labels; cell (i, j) is what it costs to predict
 * class j for a row of class i. Empty (the default) means no costs and leaves every metric as it was.
 *
 * <p>With a matrix the metrics gain {@code totalCost} and {@code averageCost}, exactly Weka's
 * {@code Evaluation.totalCost()} and {@code avgCost()} with the same matrix (the model predicts the most
 * probable class, as Weka's Explorer does). For a two-class column they also gain {@code costThreshold}:
 * the decision threshold on the probability of the costlier-to-miss class that minimises the total cost
 * over the evaluated rows, read off Weka's threshold curve of that class.
 */
public final class CostFigures {
    public static final String KEY = "costMatrix";
    public static final TextParam COST_MATRIX = TextParam.of(KEY, "Cost matrix", "",
            "Misclassification costs as [row; row], rows = actual class, columns = predicted class, in the order "
                    + "of the class labels; e.g. [0 1; 5 0] makes missing the second class five times as costly. "
                    + "Adds totalCost, averageCost and (two classes) the cost-minimising threshold to the metrics. "
                    + "Empty: no costs.");

    private CostFigures() {
    }

    /** The matrix the text describes, or null for blank text; checked against the class column when known. */
    public static CostMatrix parse(String text, Instances header) throws NodeFailure {
        if (text == null || text.isBlank()) {
            return null;
        }
        String body = text.trim();
        if (body.startsWith("[") && body.endsWith("]")) {
            body = body.substring(1, body.length() - 1);
        }
        String[] rows = body.split(";", -1);
        int n = rows.length;
        CostMatrix matrix = new CostMatrix(n);
        for (int i = 0; i < n; i++) {
            String[] cells = rows[i].trim().isEmpty() ? new String[0] : rows[i].trim().split("[\\s,]+");
            if (cells.length != n) {
                throw problem(text, "row " + (i + 1) + " has " + cells.length + " values but the matrix has " + n
                        + " rows; it must be square");
            }
            for (int j = 0; j < n; j++) {
                try {
                    double value = Double.parseDouble(cells[j]);
                    if (!Double.isFinite(value)) {
                        throw new NumberFormatException();
                    }
                    matrix.setCell(i, j, value);
                } catch (NumberFormatException e) {
                    throw problem(text, "'" + cells[j] + "' (row " + (i + 1) + ", column " + (j + 1)
                            + ") is not a number");
                }
            }
        }
        if (header != null) {
            if (!header.classAttribute().isNominal()) {
                throw problem(text, "costs need a nominal class, but class column '" + header.classAttribute().name()
                        + "' is numeric; clear the cost matrix");
            }
            if (n != header.numClasses()) {
                throw problem(text, "the matrix is " + n + " x " + n + " but class column '"
                        + header.classAttribute().name() + "' has " + header.numClasses() + " labels "
                        + labels(header) + "; give one row and one column per label, in that order");
            }
        }
        return matrix;
    }

    /** {@code result} with the cost figures of {@code evaluation} (made with {@code costs}) added. */
    public static EvaluationResult addTo(EvaluationResult result, Evaluation evaluation, CostMatrix costs) {
        Map<String, Object> metrics = new LinkedHashMap<>(result.metrics());
        metrics.put("totalCost", finite(evaluation.totalCost()));
        metrics.put("averageCost", finite(evaluation.avgCost()));
        if (result.classLabels().size() == 2) {
            Map<String, Object> threshold = costThreshold(evaluation, costs, result.classLabels());
            if (threshold != null) {
                metrics.put("costThreshold", threshold);
            }
        }
        return new EvaluationResult(Collections.unmodifiableMap(metrics), result.classLabels(),
                result.confusionMatrix(), result.rocCurves());
    }

    /**
     * The threshold on P(positive) that minimises the total cost when a row is predicted positive iff its
     * probability is at least the threshold. The positive class is the one whose miss costs more (the
     * first label on a tie). Each row of Weka's threshold curve is one such rule, from "all positive" to
     * "all negative"; the cheapest wins, the lowest threshold on a tie. Also gives {@code bayesThreshold},
     * the threshold that minimises expected cost if the probabilities were calibrated.
     */
    static Map<String, Object> costThreshold(Evaluation evaluation, CostMatrix costs, List<String> labels) {
        if (evaluation.predictions() == null || evaluation.predictions().isEmpty()) {
            return null;
        }
        double[][] c = {{cell(costs, 0, 0), cell(costs, 0, 1)}, {cell(costs, 1, 0), cell(costs, 1, 1)}};
        int pos = (c[1][0] - c[1][1]) > (c[0][1] - c[0][0]) ? 1 : 0;
        int neg = 1 - pos;
        Instances curve = new ThresholdCurve().getCurve(evaluation.predictions(), pos);
        if (curve == null || curve.numInstances() == 0) {
            return null;
        }
        int tp = curve.attribute(ThresholdCurve.TRUE_POS_NAME).index();
        int fn = curve.attribute(ThresholdCurve.FALSE_NEG_NAME).index();
        int fp = curve.attribute(ThresholdCurve.FALSE_POS_NAME).index();
        int tn = curve.attribute(ThresholdCurve.TRUE_NEG_NAME).index();
        int th = curve.attribute(ThresholdCurve.THRESHOLD_NAME).index();
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        double bestThreshold = Double.POSITIVE_INFINITY;
        for (int i = 0; i < curve.numInstances(); i++) {
            var row = curve.instance(i);
            double cost = row.value(tp) * c[pos][pos] + row.value(fn) * c[pos][neg]
                    + row.value(fp) * c[neg][pos] + row.value(tn) * c[neg][neg];
            double threshold = row.value(th);
            if (cost < bestCost || (cost == bestCost && threshold < bestThreshold)) {
                best = i;
                bestCost = cost;
                bestThreshold = threshold;
            }
        }
        var row = curve.instance(best);
        double rows = row.value(tp) + row.value(fn) + row.value(fp) + row.value(tn);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("positiveClass", labels.get(pos));
        out.put("threshold", bestThreshold);
        out.put("totalCost", bestCost);
        out.put("averageCost", rows > 0 ? bestCost / rows : null);
        double missPositive = c[pos][neg] - c[pos][pos];
        double falseAlarm = c[neg][pos] - c[neg][neg];
        out.put("bayesThreshold", missPositive + falseAlarm > 0 ? finite(falseAlarm / (missPositive + falseAlarm)) : null);
        return Collections.unmodifiableMap(out);
    }

    /** A cell of a matrix made by {@link #parse}, which holds numbers only (Weka's cells may be expressions). */
    private static double cell(CostMatrix costs, int row, int column) {
        return ((Number) costs.getCell(row, column)).doubleValue();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static NodeFailure problem(String text, String what) {
        return new NodeFailure("parameter '" + KEY + "': cannot use " + text.trim() + ": " + what + ".");
    }

    private static String labels(Instances header) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < header.numClasses(); i++) {
            labels.add(header.classAttribute().value(i));
        }
        return "(" + String.join(", ", labels) + ")";
    }
}
