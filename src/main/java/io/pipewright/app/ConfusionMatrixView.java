package io.pipewright.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import java.util.Locale;

/** The confusion matrix as a heat map: darker cells hold more instances; the diagonal is what was right. */
final class ConfusionMatrixView extends VBox {
    private final GridPane grid = new GridPane();

    ConfusionMatrixView() {
        getStyleClass().add("confusion");
        setId("confusion-matrix");
        grid.setHgap(2);
        grid.setVgap(2);
        Label title = new Label("Confusion matrix (rows: actual, columns: predicted)");
        title.getStyleClass().add("results-caption");
        getChildren().addAll(title, grid);
    }

    void show(ConfusionMatrix matrix) {
        grid.getChildren().clear();
        if (matrix == null) {
            return;
        }
        double max = Math.max(1, matrix.max());
        for (int j = 0; j < matrix.labels().size(); j++) {
            grid.add(header(matrix.labels().get(j)), j + 1, 0);
        }
        for (int i = 0; i < matrix.labels().size(); i++) {
            grid.add(header(matrix.labels().get(i)), 0, i + 1);
            for (int j = 0; j < matrix.labels().size(); j++) {
                double value = matrix.counts()[i][j];
                Label cell = new Label(String.format(Locale.ROOT, "%.0f", value));
                cell.getStyleClass().add("confusion-cell");
                cell.setAlignment(Pos.CENTER);
                cell.setMinSize(64, 30);
                Color base = i == j ? Color.web("#27ae60") : Color.web("#eb5757");
                double strength = value / max;
                Color fill = Color.WHITE.interpolate(base, 0.08 + 0.82 * strength);
                cell.setStyle("-fx-background-color: " + web(fill) + ";"
                        + (strength > 0.55 ? " -fx-text-fill: white;" : ""));
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
