package io.pipewright.app.monitoring;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static io.pipewright.app.monitoring.DriftHeatMapModel.CELL_HEIGHT;
import static io.pipewright.app.monitoring.DriftHeatMapModel.CELL_WIDTH;
import static io.pipewright.app.monitoring.DriftHeatMapModel.HEADER_HEIGHT;
import static io.pipewright.app.monitoring.DriftHeatMapModel.LABEL_WIDTH;

/**
 * The drift heat map drawn on a canvas: data columns down, runs across, each cell coloured by its
 * severity (statistic normalised by the threshold: pale green stable, amber at the threshold, red
 * far beyond), drifted cells outlined. Clicking a cell selects it.
 */
final class DriftHeatMapView extends Canvas {
    private static final Color STABLE = Color.web("#eaf5ec");
    private static final Color AT_THRESHOLD = Color.web("#f2c94c");
    private static final Color STRONG = Color.web("#c0392b");
    private static final Color NO_VALUE = Color.web("#e3e6ea");
    private static final Color OUTLINE = Color.web("#7b1d12");
    private static final Color SELECTED = Color.web("#2f80ed");
    private static final Font LABEL_FONT = Font.font("DejaVu Sans", 11);

    private final Tooltip tip = new Tooltip();
    private DriftHeatMapModel model = new DriftHeatMapModel(List.of());
    private DriftHeatMapModel.Cell selected;
    private Consumer<DriftHeatMapModel.Cell> onSelect = c -> { };

    DriftHeatMapView() {
        setId("drift-heatmap");
        Tooltip.install(this, tip);
        setOnMouseClicked(e -> model.cellAt(e.getX(), e.getY()).ifPresent(this::select));
        setOnMouseMoved(e -> tip.setText(model.cellAt(e.getX(), e.getY()).map(DriftHeatMapView::describe)
                .orElse("click a cell to compare its distributions")));
        draw();
    }

    DriftHeatMapModel model() {
        return model;
    }

    void setOnSelect(Consumer<DriftHeatMapModel.Cell> action) {
        this.onSelect = action;
    }

    void show(DriftHeatMapModel newModel) {
        this.model = newModel;
        this.selected = null;
        draw();
    }

    void select(DriftHeatMapModel.Cell cell) {
        selected = cell;
        draw();
        onSelect.accept(cell);
    }

    static Color colour(double level) {
        if (Double.isNaN(level)) {
            return NO_VALUE;
        }
        double threshold = 1 / DriftHeatMapModel.MAX_SEVERITY;
        return level <= threshold ? STABLE.interpolate(AT_THRESHOLD, level / threshold)
                : AT_THRESHOLD.interpolate(STRONG, (level - threshold) / (1 - threshold));
    }

    private static String describe(DriftHeatMapModel.Cell c) {
        var col = c.column();
        return String.format(Locale.ROOT, "%s, run #%d%n%s statistic %s%s, threshold %s%n%s (severity %.2f)", col.column(),
                c.report().runId(), col.test(), DriftRow.number(col.statistic()),
                col.pValue() == null ? "" : ", p-value " + DriftRow.number(col.pValue()), DriftRow.number(col.threshold()),
                col.drifted() ? "drifted" : "stable", c.severity());
    }

    private void draw() {
        setWidth(Math.max(320, model.width()));
        setHeight(Math.max(120, model.height()));
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setFont(LABEL_FONT);
        g.setTextBaseline(VPos.CENTER);
        if (model.runCount() == 0) {
            g.setFill(Color.web("#56657a"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("No drift reports in this project yet: run a pipeline with a monitor.data-drift node.", 12, 40);
            return;
        }
        g.setFill(Color.web("#253040"));
        g.setTextAlign(TextAlignment.CENTER);
        // About 7 px per character at this font: label every run only when the ids fit.
        int labelEvery = Math.max(1, (int) Math.ceil((7.0 * model.runLabel(model.runCount() - 1).length() + 4) / CELL_WIDTH));
        for (int x = 0; x < model.runCount(); x += labelEvery) {
            g.fillText(model.runLabel(x), LABEL_WIDTH + CELL_WIDTH * (x + 0.5), HEADER_HEIGHT / 2);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        for (int y = 0; y < model.columns().size(); y++) {
            String name = model.columns().get(y);
            g.fillText(name.length() > 22 ? name.substring(0, 21) + "\u2026" : name, LABEL_WIDTH - 8,
                    HEADER_HEIGHT + CELL_HEIGHT * (y + 0.5));
        }
        for (int y = 0; y < model.columns().size(); y++) {
            for (int x = 0; x < model.runCount(); x++) {
                double left = LABEL_WIDTH + CELL_WIDTH * x;
                double top = HEADER_HEIGHT + CELL_HEIGHT * y;
                var cell = model.cell(y, x);
                g.setFill(cell.map(c -> colour(c.level())).orElse(Color.WHITE));
                g.fillRect(left + 1, top + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2);
                if (cell.isPresent() && cell.get().drifted()) {
                    g.setStroke(OUTLINE);
                    g.setLineWidth(2);
                    g.strokeRect(left + 2, top + 2, CELL_WIDTH - 4, CELL_HEIGHT - 4);
                }
            }
        }
        if (selected != null) {
            g.setStroke(SELECTED);
            g.setLineWidth(3);
            g.strokeRect(LABEL_WIDTH + CELL_WIDTH * selected.run() + 0.5, HEADER_HEIGHT + CELL_HEIGHT * selected.row() + 0.5,
                    CELL_WIDTH - 1, CELL_HEIGHT - 1);
        }
    }
}
