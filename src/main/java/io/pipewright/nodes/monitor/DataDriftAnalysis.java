package io.pipewright.nodes.monitor;

import io.pipewright.monitor.BinnedNumericColumn;
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
        // Columns against an exact profile need their values (to sort); all others are counted as they stream by.
        List<Integer> copied = new ArrayList<>();
        List<Integer> streamed = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            boolean exact = pairs.get(i).reference() instanceof NumericColumnProfile n && (n.exact() || n.count() == 0);
            (exact ? copied : streamed).add(i);
        }
        double[][] values = ColumnData.extract(current, attributes(pairs, copied), context);
        ColumnData.Sink[] sinks = ColumnData.stream(current, attributes(pairs, streamed),
                c -> sink(pairs.get(streamed.get(c)), current), context);
        context.checkCancelled();
        Object[] data = new Object[pairs.size()];
        for (int k = 0; k < copied.size(); k++) {
            data[copied.get(k)] = values[k];
        }
        for (int k = 0; k < streamed.size(); k++) {
            data[streamed.get(k)] = sinks[k];
        }
        String target = current.classIndex() >= 0 ? current.classAttribute().name() : reference.classColumn();
        List<Callable<DriftReport.ColumnDrift>> tasks = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            Object columnData = data[i];
            Attribute attribute = current.attribute(pair.attribute());
            boolean isTarget = attribute.name().equals(target);
            tasks.add(() -> {
                if (pair.reference() instanceof NumericColumnProfile numeric) {
                    NumericComparison comparison = numeric.count() == 0 ? null : columnData instanceof double[] column
                            ? NumericComparison.of(numeric, column)
                            : NumericComparison.of(numeric, ((BinnedSink) columnData).binned);
                    return numeric(numeric, comparison, reference.rows(), settings, isTarget);
                }
                return categorical((CategoricalColumnProfile) pair.reference(), DatasetProfiler.labels(attribute),
                        ((LabelSink) columnData).counts, reference.rows(), settings, isTarget);
            });
        }
        List<DriftReport.ColumnDrift> verdicts = context.parallel(tasks);
        long drifted = verdicts.stream().filter(DriftReport.ColumnDrift::drifted).count();
        double share = (double) drifted / verdicts.size();
        return new DriftReport(share >= settings.driftShare(), settings.driftShare(), share, verdicts);
    }

    private static int[] attributes(List<Pair> pairs, List<Integer> which) {
        return which.stream().mapToInt(i -> pairs.get(i).attribute()).toArray();
    }

    private static ColumnData.Sink sink(Pair pair, Instances current) {
        if (pair.reference() instanceof NumericColumnProfile numeric) {
            return new BinnedSink(new BinnedNumericColumn(numeric));
        }
        return new LabelSink(new long[current.attribute(pair.attribute()).numValues()]);
    }

    /** Counts a numeric column into a binned profile's bins. */
    private record BinnedSink(BinnedNumericColumn binned) implements ColumnData.Sink {
        @Override
        public void add(double[] values, int n) {
            binned.add(values, n);
        }

        @Override
        public void merge(ColumnData.Sink other) {
            binned.merge(((BinnedSink) other).binned);
        }
    }

    /** Counts how often each label of a nominal column occurs (missing values are skipped). */
    private record LabelSink(long[] counts) implements ColumnData.Sink {
        @Override
        public void add(double[] values, int n) {
            for (int i = 0; i < n; i++) {
                double v = values[i];
                if (v == v) {
                    counts[(int) v]++;
                }
            }
        }

        @Override
        public void merge(ColumnData.Sink other) {
            long[] more = ((LabelSink) other).counts;
            for (int i = 0; i < counts.length; i++) {
                counts[i] += more[i];
            }
        }
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

    private static DriftReport.ColumnDrift numeric(NumericColumnProfile reference, NumericComparison comparison,
                                                   long referenceRows,
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
            return untested(reference.name(), test, settings, target, "the reference has no values in this column", false);
        }
        if (comparison.currentCount() == 0) {
            return untested(reference.name(), test, settings, target, "the current batch has no values in this column ("
                    + comparison.currentMissing() + " missing)", true);
        }
        String resolution = comparison.exact() ? "" : "; from the profile's " + Profiler.FINE_BINS + " fine bins";
        DriftReport.ColumnDrift verdict = switch (test) {
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
        return withHistograms(verdict, DriftHistograms.numeric(reference, comparison));
    }

    private static DriftReport.ColumnDrift categorical(CategoricalColumnProfile reference, List<String> labels,
                                                       long[] byLabel, long referenceRows, DriftSettings settings,
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
            return untested(reference.name(), test, settings, target, "the reference has no values in this column", false);
        }
        CategoricalComparison comparison = CategoricalComparison.of(reference, labels, byLabel);
        if (comparison.currentCount() == 0) {
            return untested(reference.name(), test, settings, target, "the current batch has no values in this column", true);
        }
        DriftReport.ColumnDrift verdict = switch (test) {
            case DriftSettings.CHI2 -> {
                ChiSquare.Result r = comparison.chiSquare();
                yield verdict(reference.name(), test, r.statistic(), r.pValue(), settings, target,
                        reason + "; " + r.dof() + " degrees of freedom", null);
            }
            case DriftSettings.PSI -> psi(reference.name(), comparison.psi(), settings, target, reason);
            default -> verdict(reference.name(), test, comparison.jensenShannon(), null, settings, target, reason, null);
        };
        return withHistograms(verdict, DriftHistograms.categorical(comparison));
    }

    private static DriftReport.ColumnDrift withHistograms(DriftReport.ColumnDrift v, DriftReport.Histograms histograms) {
        return new DriftReport.ColumnDrift(v.column(), v.test(), v.statistic(), v.pValue(), v.threshold(), v.drifted(),
                v.reason(), v.target(), v.psiBand(), histograms);
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

    /**
     * A column that cannot be tested. {@code drifted}: true when the current batch lost every value of a
     * column the reference has (that is a change in the data); false when the reference itself has none.
     */
    private static DriftReport.ColumnDrift untested(String column, String test, DriftSettings settings, boolean target,
                                                    String why, boolean drifted) {
        return new DriftReport.ColumnDrift(column, test, Double.NaN, null, settings.threshold(test), drifted,
                why + "; not tested", target, null);
    }
}
