package io.pipewright.app.results;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.List;
import java.util.Locale;

/** The confusion matrix as a heat map: darker cells hold more instances; the diagonal is what was right. */
public final class ConfusionMatrixView extends VBox {
    private final GridPane grid = new GridPane();

    public ConfusionMatrixView() {
        getStyleClass().add("confusion");
        setId("confusion-matrix");
        grid.setHgap(2);
        grid.setVgap(2);
        Label title = new Label("Confusion matrix (rows: actual, columns: predicted)");
        title.getStyleClass().add("results-subcaption");
        setSpacing(6);
        getChildren().addAll(title, grid);
    }

    /** Shows the matrix; rows are actual classes, columns predicted ones, in {@code labels} order. Null clears it. */
    public void show(List<String> labels, double[][] counts) {
        grid.getChildren().clear();
        if (labels == null || counts == null) {
            return;
        }
        double max = 1;
        for (double[] row : counts) {
            for (double cell : row) {
                max = Math.max(max, cell);
            }
        }
        for (int j = 0; j < labels.size(); j++) {
            grid.add(header(labels.get(j)), j + 1, 0);
        }
        for (int i = 0; i < labels.size(); i++) {
            double rowTotal = 0;
            for (double cell : counts[i]) {
                rowTotal += cell;
            }
            grid.add(header(labels.get(i)), 0, i + 1);
            for (int j = 0; j < labels.size(); j++) {
                double value = counts[i][j];
                Label cell = new Label(String.format(Locale.ROOT, "%.0f", value));
                cell.getStyleClass().add("confusion-cell");
                cell.setAlignment(Pos.CENTER);
                cell.setMinSize(64, 30);
                Color base = i == j ? Color.web("#27ae60") : Color.web("#eb5757");
                double strength = value / max;
                Color fill = Color.WHITE.interpolate(base, value == 0 ? 0.03 : 0.12 + 0.78 * strength);
                cell.setStyle("-fx-background-color: " + web(fill) + ";"
                        + (strength > 0.55 ? " -fx-text-fill: white;" : ""));
                Tooltip.install(cell, new Tooltip(String.format(Locale.ROOT, "actual %s, predicted %s: %.0f (%.1f%% of %s)",
                        labels.get(i), labels.get(j), value, rowTotal == 0 ? 0 : 100 * value / rowTotal, labels.get(i))));
                grid.add(cell, j + 1, i + 1);
            }
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("confusion-header");
        label.setMaxWidth(120);
        return label;
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
