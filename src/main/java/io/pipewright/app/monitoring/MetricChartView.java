package io.pipewright.app.monitoring;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Locale;

/**
 * The metric over runs: one point per run (x = run order, labelled with the run id), the threshold as
 * a dashed line, points below it in orange and the points where the series crosses it ringed in red.
 */
final class MetricChartView extends LineChart<Number, Number> {
    private XYChart.Series<Number, Number> values = new XYChart.Series<>();
    private XYChart.Series<Number, Number> threshold = new XYChart.Series<>();
    private MetricSeriesModel model = new MetricSeriesModel(List.of(), null);

    MetricChartView() {
        super(new NumberAxis(), new NumberAxis());
        setId("metric-chart");
        setAnimated(false);
        setLegendVisible(false);
        setCreateSymbols(true);
        getStyleClass().add("monitoring-chart");
        NumberAxis x = (NumberAxis) getXAxis();
        x.setAutoRanging(false);
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        x.setLabel("run");
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                int i = (int) Math.round(n.doubleValue());
                return i >= 1 && i <= model.points().size() && Math.abs(n.doubleValue() - i) < 1e-9
                        ? "#" + model.points().get(i - 1).runId() : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        ((NumberAxis) getYAxis()).setAutoRanging(false);
    }

    /** The series of metric values (one data point per run). */
    XYChart.Series<Number, Number> valueSeries() {
        return values;
    }

    void show(MetricSeriesModel newModel, String metric, String node) {
        this.model = newModel;
        List<MetricSeriesModel.Point> points = model.points();
        NumberAxis x = (NumberAxis) getXAxis();
        x.setLowerBound(0.5);
        x.setUpperBound(Math.max(1, points.size()) + 0.5);
        x.setTickUnit(Math.max(1, Math.ceil(points.size() / 12.0)));
        double[] range = model.yRange();
        double step = niceStep((range[1] - range[0]) / 6);
        NumberAxis y = (NumberAxis) getYAxis();
        y.setLowerBound(Math.floor(range[0] / step) * step);
        y.setUpperBound(Math.ceil(range[1] / step) * step);
        y.setTickUnit(step);
        y.setLabel(metric == null ? "" : metric);

        // New series each time: clearing and refilling a plotted series in one pulse loses its symbols.
        values = new XYChart.Series<>();
        for (MetricSeriesModel.Point p : points) {
            values.getData().add(new XYChart.Data<>(p.index(), p.value()));
        }
        threshold = new XYChart.Series<>();
        if (model.threshold() != null && !points.isEmpty()) {
            threshold.getData().add(new XYChart.Data<>(0.5, model.threshold()));
            threshold.getData().add(new XYChart.Data<>(points.size() + 0.5, model.threshold()));
        }
        getData().setAll(List.of(values, threshold));
        styleNodes(metric);
        setTitle(metric == null ? "No metrics recorded in this project yet"
                : metric + " of node " + node + " over " + points.size() + (points.size() == 1 ? " run" : " runs")
                + (model.threshold() == null ? "" : String.format(Locale.ROOT, " \u2014 threshold %s, %d crossing%s",
                fmt(model.threshold()), model.crossings().size(), model.crossings().size() == 1 ? "" : "s")));
    }

    private void styleNodes(String metric) {
        values.getNode().getStyleClass().add("metric-line");
        threshold.getNode().getStyleClass().add("threshold-line");
        for (XYChart.Data<Number, Number> d : threshold.getData()) {
            d.getNode().setVisible(false);
        }
        List<MetricSeriesModel.Point> below = model.below();
        for (int i = 0; i < values.getData().size(); i++) {
            MetricSeriesModel.Point p = model.points().get(i);
            XYChart.Data<Number, Number> d = values.getData().get(i);
            d.getNode().getStyleClass().removeAll("below-threshold", "crossing");
            if (below.contains(p)) {
                d.getNode().getStyleClass().add("below-threshold");
            }
            boolean crossing = model.crossings().stream().anyMatch(c -> c.point().equals(p));
            if (crossing) {
                d.getNode().getStyleClass().add("crossing");
            }
            Tooltip.install(d.getNode(), new Tooltip("run #" + p.runId() + "  " + p.startedAt().toString().replace('T', ' ')
                    + "\n" + metric + " = " + fmt(p.value()) + (crossing ? "\ncrosses the threshold here" : "")));
        }
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static double niceStep(double raw) {
        if (raw <= 0 || !Double.isFinite(raw)) {
            return 0.1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / magnitude;
        return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * magnitude;
    }
}
