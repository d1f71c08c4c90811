package io.pipewright.app.results;

import weka.core.Attribute;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Per-column statistics of a table, computed in one pass per column with no toolkit, so the Results
 * dock runs it on a worker thread and tests run it directly. Missing values count as missing only;
 * mean and standard deviation are unweighted (sample standard deviation, as Weka's Explorer shows).
 */
public final class TableStatistics {
    /** Bars of a numeric histogram at most; fewer when a column has fewer distinct values. */
    public static final int NUMERIC_BINS = 20;
    /** Categories listed (and drawn) at most, most frequent first. */
    public static final int TOP_VALUES = 12;

    private TableStatistics() {
    }

    public static List<ColumnStatistics> compute(Instances data) {
        return compute(data, () -> false);
    }

    /**
     * @param cancelled checked between columns; when it says true the computation stops with a
     *                  {@link CancellationException} (the user selected something else)
     */
    public static List<ColumnStatistics> compute(Instances data, BooleanSupplier cancelled) {
        List<ColumnStatistics> out = new ArrayList<>(data.numAttributes());
        for (int a = 0; a < data.numAttributes(); a++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("statistics no longer needed");
            }
            out.add(column(data, a));
        }
        return out;
    }

    public static ColumnStatistics column(Instances data, int index) {
        Attribute attribute = data.attribute(index);
        boolean isClass = data.classIndex() == index;
        String type = Attribute.typeToString(attribute);
        int n = data.numInstances();
        double[] values = new double[n];
        int present = 0;
        for (int i = 0; i < n; i++) {
            double v = data.instance(i).value(index);
            if (!Double.isNaN(v)) {
                values[present++] = v;
            }
        }
        int missing = n - present;
        if (attribute.isNumeric()) {
            return numeric(index, attribute, type, isClass, missing, Arrays.copyOf(values, present));
        }
        return categorical(index, attribute, type, isClass, missing, values, present);
    }

    private static ColumnStatistics numeric(int index, Attribute attribute, String type, boolean isClass, int missing,
                                            double[] values) {
        if (values.length == 0) {
            return new ColumnStatistics(index, attribute.name(), type, isClass, missing, 0, null, null, null, null, List.of(),
                    new Histogram(List.of()));
        }
        Arrays.sort(values);
        int distinct = 1;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
            if (i > 0 && values[i] != values[i - 1]) {
                distinct++;
            }
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        Double sd = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : null;
        double min = values[0];
        double max = values[values.length - 1];
        return new ColumnStatistics(index, attribute.name(), type, isClass, missing, distinct, min, max, mean, sd, List.of(),
                numericHistogram(attribute, values, distinct, min, max));
    }

    private static Histogram numericHistogram(Attribute attribute, double[] sorted, int distinct, double min, double max) {
        int bins = Math.max(1, Math.min(NUMERIC_BINS, distinct));
        double width = (max - min) / bins;
        long[] counts = new long[bins];
        for (double v : sorted) {
            int bin = width == 0 ? 0 : (int) ((v - min) / width);
            counts[Math.min(bins - 1, bin)]++;
        }
        List<Histogram.Bar> bars = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            double from = min + b * width;
            double to = b == bins - 1 ? max : min + (b + 1) * width;
            bars.add(new Histogram.Bar(label(attribute, from) + " – " + label(attribute, to), from, to, counts[b]));
        }
        return new Histogram(bars);
    }

    private static String label(Attribute attribute, double value) {
        if (attribute.isDate()) {
            return attribute.formatDate(value);
        }
        return weka.core.Utils.doubleToString(value, 3);
    }

    private static ColumnStatistics categorical(int index, Attribute attribute, String type, boolean isClass, int missing,
                                                double[] values, int present) {
        Map<String, Long> counts = new HashMap<>();
        if (attribute.isNominal()) {
            for (int v = 0; v < attribute.numValues(); v++) {
                counts.put(attribute.value(v), 0L);
            }
        }
        for (int i = 0; i < present; i++) {
            String text = attribute.isNominal() || attribute.isString() ? attribute.value((int) values[i])
                    : Double.toString(values[i]);
            counts.merge(text, 1L, Long::sum);
        }
        int distinct = (int) counts.values().stream().filter(c -> c > 0).count();
        List<ColumnStatistics.ValueCount> ordered = new ArrayList<>();
        if (attribute.isNominal()) {
            // Nominal values keep their declared order in the histogram, as Weka's Explorer draws them.
            for (int v = 0; v < attribute.numValues(); v++) {
                ordered.add(new ColumnStatistics.ValueCount(attribute.value(v), counts.get(attribute.value(v))));
            }
        } else {
            counts.forEach((k, c) -> ordered.add(new ColumnStatistics.ValueCount(k, c)));
        }
        List<ColumnStatistics.ValueCount> top = ordered.stream()
                .sorted(Comparator.comparingLong(ColumnStatistics.ValueCount::count).reversed()
                        .thenComparing(ColumnStatistics.ValueCount::value))
                .limit(TOP_VALUES).toList();
        List<ColumnStatistics.ValueCount> drawn = attribute.isNominal() && ordered.size() <= TOP_VALUES ? ordered : top;
        List<Histogram.Bar> bars = drawn.stream()
                .map(vc -> new Histogram.Bar(vc.value(), Double.NaN, Double.NaN, vc.count())).toList();
        return new ColumnStatistics(index, attribute.name(), type, isClass, missing, distinct, null, null, null, null, top,
                new Histogram(bars));
    }
}
