package io.pipewright.app.results;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * A histogram drawn on a canvas: tiny (a sparkline in a statistics row) or large (the selected
 * column, with its axis labels). Drawing is cheap, so thousands of rows stay smooth.
 */
public final class HistogramCanvas extends Canvas {
    private static final Color BAR = Color.web("#5b8def");
    private static final Color CLASS_BAR = Color.web("#f2994a");
    private static final Color TEXT = Color.web("#4a5565");
    private final boolean labelled;
    private Histogram histogram;
    private boolean isClass;

    public HistogramCanvas(double width, double height, boolean labelled) {
        super(width, height);
        this.labelled = labelled;
        getStyleClass().add("histogram");
    }

    public void show(Histogram shown, boolean classColumn) {
        this.histogram = shown;
        this.isClass = classColumn;
        draw();
    }

    public Histogram histogram() {
        return histogram;
    }

    @Override
    public boolean isResizable() {
        return labelled;
    }

    @Override
    public void resize(double width, double height) {
        if (labelled) {
            setWidth(width);
            setHeight(height);
            draw();
        }
    }

    @Override
    public double prefWidth(double height) {
        return labelled ? 120 : getWidth();
    }

    @Override
    public double prefHeight(double width) {
        return labelled ? 80 : getHeight();
    }

    @Override
    public double minWidth(double height) {
        return labelled ? 60 : getWidth();
    }

    @Override
    public double minHeight(double width) {
        return labelled ? 40 : getHeight();
    }

    @Override
    public double maxWidth(double height) {
        return labelled ? Double.MAX_VALUE : getWidth();
    }

    @Override
    public double maxHeight(double width) {
        return labelled ? Double.MAX_VALUE : getHeight();
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.clearRect(0, 0, w, h);
        if (histogram == null || histogram.bars().isEmpty() || histogram.maxCount() == 0) {
            return;
        }
        double top = labelled ? 16 : 1;
        double bottom = labelled ? 18 : 1;
        double plot = h - top - bottom;
        int n = histogram.bars().size();
        double slot = w / n;
        double gap = slot > 6 ? Math.min(3, slot * 0.15) : 0;
        double max = histogram.maxCount();
        g.setFill(isClass ? CLASS_BAR : BAR);
        for (int i = 0; i < n; i++) {
            Histogram.Bar bar = histogram.bars().get(i);
            double bh = bar.count() == 0 ? 0 : Math.max(1, plot * bar.count() / max);
            g.fillRect(i * slot + gap / 2, top + plot - bh, Math.max(1, slot - gap), bh);
        }
        if (!labelled) {
            return;
        }
        g.setFill(TEXT);
        g.setFont(Font.font(10));
        g.fillText("max " + histogram.maxCount(), 2, 11);
        Histogram.Bar first = histogram.bars().get(0);
        Histogram.Bar last = histogram.bars().get(n - 1);
        boolean numeric = !Double.isNaN(first.from());
        String left = numeric ? first.label().split(" – ")[0] : first.label();
        String right = numeric ? last.label().substring(last.label().indexOf(" – ") + 3) : last.label();
        g.fillText(left, 2, h - 4);
        g.fillText(right, Math.max(w / 2, w - 7 * right.length() - 2), h - 4);
    }
}
