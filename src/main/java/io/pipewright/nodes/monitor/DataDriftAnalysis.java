package io.pipewright.nodes.monitor;

import io.pipewright.monitor.CategoricalColumnProfile;
import io.pipewright.monitor.CategoricalComparison;
import io.pipewright.monitor.ChiSquare;
import io.pipewright.monitor.ColumnProfile;
import io.pipewright.monitor.KolmogorovSmirnov;
import io.pipewright.monitor.NumericColumnProfile;
import io.pipewright.monitor.NumericComparison;
import io.pipewright.monitor.PopulationStability;
import io.pipewright.monitor.Profiler;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeFailure;
import weka.core.Attribute;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Compares a current batch with a reference profile column by column and gives the drift report. Columns
 * are matched by name; the current batch is copied into primitive columns once (in parallel by row range)
 * and the columns are tested in parallel.
 */
public final class DataDriftAnalysis {
    private DataDriftAnalysis() {
    }

    /** One column to test: its reference profile and the current column's index. */
    private record Pair(ColumnProfile reference, int attribute) {
    }

    public static DriftReport run(DataProfile reference, Instances current, DriftSettings settings, NodeContext context)
            throws Exception {
        List<Pair> pairs = pairs(reference, current, context);
        int[] attributes = pairs.stream().mapToInt(Pair::attribute).toArray();
        double[][] columns = ColumnData.extract(current, attributes, context);
        context.checkCancelled();
        String target = current.classIndex() >= 0 ? current.classAttribute().name() : reference.classColumn();
        List<Callable<DriftReport.ColumnDrift>> tasks = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            double[] column = columns[i];
            Attribute attribute = current.attribute(pair.attribute());
            boolean isTarget = attribute.name().equals(target);
            tasks.add(() -> pair.reference() instanceof NumericColumnProfile numeric
                    ? numeric(numeric, column, reference.rows(), settings, isTarget)
                    : categorical((CategoricalColumnProfile) pair.reference(), DatasetProfiler.labels(attribute), column,
                    reference.rows(), settings, isTarget));
        }
        List<DriftReport.ColumnDrift> verdicts = context.parallel(tasks);
        long drifted = verdicts.stream().filter(DriftReport.ColumnDrift::drifted).count();
        double share = (double) drifted / verdicts.size();
        return new DriftReport(share >= settings.driftShare(), settings.driftShare(), share, verdicts);
    }

    private static List<Pair> pairs(DataProfile reference, Instances current, NodeContext context) throws NodeFailure {
        List<Pair> pairs = new ArrayList<>();
        List<String> notInCurrent = new ArrayList<>();
        for (ColumnProfile column : reference.columns()) {
            Attribute attribute = current.attribute(column.name());
            if (attribute == null) {
                notInCurrent.add(column.name());
                continue;
            }
            requireSameKind(column, attribute);
            pairs.add(new Pair(column, attribute.index()));
        }
        List<String> notInReference = new ArrayList<>();
        for (int a = 0; a < current.numAttributes(); a++) {
            if (reference.column(current.attribute(a).name()).isEmpty()) {
                notInReference.add(current.attribute(a).name());
            }
        }
        if (pairs.isEmpty()) {
            throw new NodeFailure("input 'current' shares no column with input 'reference' (reference columns: "
                    + String.join(", ", reference.columns().stream().map(ColumnProfile::name).toList())
                    + "); connect a batch with the reference's columns");
        }
        if (!notInCurrent.isEmpty()) {
            context.log("not compared, missing from the current batch: " + String.join(", ", notInCurrent));
        }
        if (!notInReference.isEmpty()) {
            context.log("not compared, not in the reference: " + String.join(", ", notInReference));
        }
        return pairs;
    }

    /** Refuses a column that is numeric on one side and nominal on the other. */
    static void requireSameKind(ColumnProfile reference, Attribute current) throws NodeFailure {
        boolean refNumeric = reference instanceof NumericColumnProfile;
        if (!DatasetProfiler.comparable(current) || refNumeric != current.isNumeric()) {
            throw new NodeFailure("column '" + current.name() + "' is " + (refNumeric ? "numeric" : "nominal")
                    + " in the reference but " + DatasetProfiler.kind(current) + " in the current batch (input 'current');"
                    + " prepare the batch the same way as the reference");
        }
    }

    static void requireSameKind(Attribute reference, Attribute current) throws NodeFailure {
        if (!DatasetProfiler.comparable(reference) || !DatasetProfiler.comparable(current)) {
            return;
        }
        if (reference.isNumeric() != current.isNumeric()) {
            throw new NodeFailure("column '" + current.name() + "' is " + DatasetProfiler.kind(reference)
                    + " in the reference but " + DatasetProfiler.kind(current) + " in the current batch (input 'current');"
                    + " prepare the batch the same way as the reference");
        }
    }

    private static DriftReport.ColumnDrift numeric(NumericColumnProfile reference, double[] column, long referenceRows,
                                                   DriftSettings settings, boolean target) {
        String test = settings.numericTest();
        String reason;
        if (test.equals(DriftSettings.AUTO)) {
            boolean small = referenceRows <= DriftSettings.AUTO_SMALL_ROWS;
            test = small ? DriftSettings.KS : DriftSettings.WASSERSTEIN;
            reason = autoReason(referenceRows, small, small ? "two-sample Kolmogorov-Smirnov" : "normed Wasserstein distance");
        } else {
            reason = "numericTest=" + test;
        }
        if (reference.count() == 0) {
            return untested(reference.name(), test, settings, target, "the reference has no values in this column");
        }
        NumericComparison comparison = NumericComparison.of(reference, column);
        if (comparison.currentCount() == 0) {
            return untested(reference.name(), test, settings, target, "the current batch has no values in this column ("
                    + comparison.currentMissing() + " missing)");
        }
        String resolution = comparison.exact() ? "" : "; from the profile's " + Profiler.FINE_BINS + " fine bins";
        return switch (test) {
            case DriftSettings.KS -> {
                KolmogorovSmirnov.Result r = comparison.ks();
                yield verdict(reference.name(), test, r.statistic(), r.pValue(), settings, target,
                        reason + "; " + r.method() + " p-value as scipy.stats.ks_2samp" + resolution, null);
            }
            case DriftSettings.WASSERSTEIN -> verdict(reference.name(), test, comparison.wassersteinNormed(), null, settings,
                    target, reason + "; distance / reference std" + resolution, null);
            case DriftSettings.PSI -> psi(reference.name(), comparison.psi(), settings, target,
                    reason + "; over the reference's " + reference.bins() + " bins plus two open tails");
            default -> verdict(reference.name(), test, comparison.jensenShannon(), null, settings, target,
                    reason + "; over the reference's " + reference.bins() + " bins plus two open tails", null);
        };
    }

    private static DriftReport.ColumnDrift categorical(CategoricalColumnProfile reference, List<String> labels,
                                                       double[] codes, long referenceRows, DriftSettings settings,
                                                       boolean target) {
        String test = settings.categoricalTest();
        String reason;
        if (test.equals(DriftSettings.AUTO)) {
            boolean small = referenceRows <= DriftSettings.AUTO_SMALL_ROWS;
            test = small ? DriftSettings.CHI2 : DriftSettings.JENSEN_SHANNON;
            reason = autoReason(referenceRows, small, small ? "chi-square test" : "Jensen-Shannon distance");
        } else {
            reason = "categoricalTest=" + test;
        }
        if (reference.count() == 0) {
            return untested(reference.name(), test, settings, target, "the reference has no values in this column");
        }
        CategoricalComparison comparison = CategoricalComparison.of(reference, labels, codes);
        if (comparison.currentCount() == 0) {
            return untested(reference.name(), test, settings, target, "the current batch has no values in this column");
        }
        return switch (test) {
            case DriftSettings.CHI2 -> {
                ChiSquare.Result r = comparison.chiSquare();
                yield verdict(reference.name(), test, r.statistic(), r.pValue(), settings, target,
                        reason + "; " + r.dof() + " degrees of freedom", null);
            }
            case DriftSettings.PSI -> psi(reference.name(), comparison.psi(), settings, target, reason);
            default -> verdict(reference.name(), test, comparison.jensenShannon(), null, settings, target, reason, null);
        };
    }

    private static String autoReason(long rows, boolean small, String test) {
        return String.format(Locale.ROOT, "auto: the reference has %d rows (%s %d), so the %s (Evidently's rule: "
                        + "KS / chi-square up to %d reference rows, Wasserstein / Jensen-Shannon above)",
                rows, small ? "<=" : ">", DriftSettings.AUTO_SMALL_ROWS, test, DriftSettings.AUTO_SMALL_ROWS);
    }

    private static DriftReport.ColumnDrift psi(String column, double psi, DriftSettings settings, boolean target,
                                               String reason) {
        return verdict(column, DriftSettings.PSI, psi, null, settings, target, reason, PopulationStability.band(psi));
    }

    private static DriftReport.ColumnDrift verdict(String column, String test, double statistic, Double pValue,
                                                   DriftSettings settings, boolean target, String reason, String band) {
        double threshold = settings.threshold(test);
        boolean drifted = DriftSettings.hasPValue(test) ? pValue < threshold : statistic >= threshold;
        return new DriftReport.ColumnDrift(column, test, statistic, pValue, threshold, drifted, reason, target, band);
    }

    /** A column that cannot be tested: no current values counts as drift (the values disappeared). */
    private static DriftReport.ColumnDrift untested(String column, String test, DriftSettings settings, boolean target,
                                                    String why) {
        boolean drifted = why.startsWith("the current");
        return new DriftReport.ColumnDrift(column, test, Double.NaN, null, settings.threshold(test), drifted,
                why + "; not tested", target, null);
    }
}
