package io.pipewright.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A confusion matrix read from an evaluation's report: rows are actual classes, columns predicted ones. */
public record ConfusionMatrix(List<String> labels, double[][] counts) {

    /** Reads the report's {@code confusionMatrix} section ({@code labels}, {@code matrix}); empty when absent or malformed. */
    public static Optional<ConfusionMatrix> fromReport(Object section) {
        if (!(section instanceof Map<?, ?> map) || !(map.get("labels") instanceof List<?> labels)
                || !(map.get("matrix") instanceof List<?> rows) || rows.size() != labels.size()) {
            return Optional.empty();
        }
        double[][] counts = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof List<?> row) || row.size() != labels.size()) {
                return Optional.empty();
            }
            counts[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                counts[i][j] = row.get(j) instanceof Number n ? n.doubleValue() : 0;
            }
        }
        List<String> names = new ArrayList<>();
        labels.forEach(l -> names.add(String.valueOf(l)));
        return Optional.of(new ConfusionMatrix(List.copyOf(names), counts));
    }

    /** The largest cell, for scaling the heat map's colours. */
    double max() {
        double max = 0;
        for (double[] row : counts) {
            for (double cell : row) {
                max = Math.max(max, cell);
            }
        }
        return max;
    }
}
