package io.pipewright.app.monitoring;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;

/** The reference and current distributions of the selected heat-map cell, overlaid; resizes with its pane. */
final class DistributionView extends Pane {
    private static final Color REFERENCE = Color.web("#2f80ed", 0.45);
    private static final Color CURRENT = Color.web("#f2994a", 0.55);
    private static final Color TEXT = Color.web("#253040");
    private final Canvas canvas = new Canvas();
    private DriftHeatMapModel.Cell cell;
    private String message = "Click a cell of the heat map to compare that column's distributions.";

    DistributionView() {
        setId("distribution-view");
        getChildren().add(canvas);
        setMinSize(200, 160);
        widthProperty().addListener((o, a, b) -> draw());
        heightProperty().addListener((o, a, b) -> draw());
    }

    /** What the view says instead of a chart, or null when it draws one. */
    String message() {
        return message;
    }

    void show(DriftHeatMapModel.Cell selected) {
        this.cell = selected;
        this.message = selected == null ? "Click a cell of the heat map to compare that column's distributions."
                : DistributionOverlay.of(selected.column()).isEmpty() ? "distribution not stored for this run" : null;
        draw();
    }

    private void draw() {
        double w = getWidth();
        double h = getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font("DejaVu Sans", 11));
        g.setTextBaseline(VPos.CENTER);
        g.setFill(TEXT);
        if (cell == null || message != null) {
            g.setTextAlign(TextAlignment.CENTER);
            String title = cell == null ? "" : cell.column().column() + ", run #" + cell.report().runId() + ": ";
            g.fillText(title + message, w / 2, h / 2);
            return;
        }
        DistributionOverlay overlay = DistributionOverlay.of(cell.column()).orElseThrow();
        double left = 52;
        double right = w - 16;
        double top = 40;
        double bottom = h - 34;
        g.setTextAlign(TextAlignment.LEFT);
        var col = cell.column();
        g.fillText(String.format(Locale.ROOT, "%s \u2014 run #%d vs reference: %s statistic %s%s, threshold %s (%s)",
                col.column(), cell.report().runId(), col.test(), DriftRow.number(col.statistic()),
                col.pValue() == null ? "" : ", p-value " + DriftRow.number(col.pValue()), DriftRow.number(col.threshold()),
                col.drifted() ? "drifted" : "stable"), left, 14);
        legend(g, left, 30, REFERENCE, "reference");
        legend(g, left + 110, 30, CURRENT, "this run");
        double span = overlay.xMax() - overlay.xMin();
        double max = overlay.maxHeight() <= 0 ? 1 : overlay.maxHeight() * 1.08;
        double[] frame = {left, right, top, bottom, span, max};
        drawBars(g, overlay, overlay.reference(), REFERENCE, frame);
        drawBars(g, overlay, overlay.current(), CURRENT, frame);
        g.setStroke(Color.web("#8a96a8"));
        g.setLineWidth(1);
        g.strokeLine(left, bottom, right, bottom);
        g.strokeLine(left, top, left, bottom);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(overlay.numeric() ? "density" : "share", left - 6, top);
        g.fillText("0", left - 6, bottom);
        g.setTextAlign(TextAlignment.CENTER);
        if (overlay.numeric()) {
            for (int i = 0; i <= 4; i++) {
                g.setTextAlign(i == 0 ? TextAlignment.LEFT : i == 4 ? TextAlignment.RIGHT : TextAlignment.CENTER);
                g.fillText(axisNumber(overlay.xMin() + span * i / 4), left + (right - left) * i / 4, bottom + 14);
            }
        } else {
            for (DistributionOverlay.Bar b : overlay.reference()) {
                double x = left + ((b.lo() + b.hi()) / 2 - overlay.xMin()) / span * (right - left);
                g.fillText(b.label(), x, bottom + 14);
            }
            for (DistributionOverlay.Bar b : overlay.current()) {
                if (overlay.reference().stream().noneMatch(r -> r.label().equals(b.label()))) {
                    g.fillText(b.label(), left + ((b.lo() + b.hi()) / 2 - overlay.xMin()) / span * (right - left), bottom + 14);
                }
            }
        }
    }

    /** frame: left, right, top, bottom, x span, y maximum. */
    private static void drawBars(GraphicsContext g, DistributionOverlay overlay, List<DistributionOverlay.Bar> bars, Color colour,
                                 double[] frame) {
        double left = frame[0];
        double width = frame[1] - frame[0];
        double height = frame[3] - frame[2];
        g.setFill(colour);
        for (DistributionOverlay.Bar b : bars) {
            double x0 = left + (b.lo() - overlay.xMin()) / frame[4] * width;
            double x1 = left + (b.hi() - overlay.xMin()) / frame[4] * width;
            double pad = overlay.numeric() ? 0.5 : (x1 - x0) * 0.12;
            double y = frame[3] - b.height() / frame[5] * height;
            g.fillRect(x0 + pad, y, Math.max(1, x1 - x0 - 2 * pad), frame[3] - y);
        }
    }

    private static String axisNumber(double v) {
        String text = String.format(Locale.ROOT, "%.4g", v);
        return text.contains("e") || !text.contains(".") ? text : text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static void legend(GraphicsContext g, double x, double y, Color colour, String text) {
        g.setFill(colour);
        g.fillRect(x, y - 5, 14, 10);
        g.setFill(TEXT);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(text, x + 20, y);
    }
}
