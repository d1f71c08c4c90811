package io.pipewright.app.results;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An evaluation: the metrics table beside the confusion matrix heat map, the per-class figures, and
 * the ROC curve of each class with its area under the curve in the legend.
 */
public final class EvaluationView extends VBox {
    /** One class's figures (precision, recall, ...), keyed as the evaluation reports them. */
    public record ClassRow(String label, Map<String, Object> figures) {
    }

    private final Label caption = new Label();
    private final TableView<MetricRow> metrics = new TableView<>();
    private final TableView<ClassRow> perClass = new TableView<>();
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();
    private final LineChart<Number, Number> roc;
    private final Tab perClassTab;
    private final Tab rocTab;

    public EvaluationView() {
        setId("evaluation-view");
        setSpacing(4);
        caption.getStyleClass().add("results-caption");
        metrics.setId("metrics-table");
        TableColumn<MetricRow, String> name = new TableColumn<>("Metric");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(220);
        TableColumn<MetricRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setPrefWidth(120);
        value.getStyleClass().add("number-column");
        metrics.getColumns().add(name);
        metrics.getColumns().add(value);
        metrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        metrics.setPrefWidth(380);
        metrics.setMaxWidth(460);
        ScrollPane confusionScroll = new ScrollPane(confusion);
        confusionScroll.setFitToWidth(true);
        confusionScroll.getStyleClass().add("plain-scroll");
        confusion.setPadding(new Insets(4, 8, 4, 8));
        HBox summary = new HBox(10, metrics, confusionScroll);
        HBox.setHgrow(confusionScroll, Priority.ALWAYS);

        perClass.setId("per-class-table");
        perClass.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        NumberAxis x = new NumberAxis("FP rate", 0, 1, 0.2);
        NumberAxis y = new NumberAxis("TP rate", 0, 1, 0.25);
        roc = new LineChart<>(x, y);
        roc.setId("roc-chart");
        roc.setCreateSymbols(false);
        roc.setAnimated(false);
        roc.setLegendSide(javafx.geometry.Side.RIGHT);

        TabPane tabs = new TabPane(new Tab("Summary", summary));
        perClassTab = new Tab("Per class", perClass);
        rocTab = new Tab("ROC curves", roc);
        tabs.getTabs().addAll(perClassTab, rocTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("results-tabs");
        tabs.setId("evaluation-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(caption, tabs);
    }

    /**
     * @param report    the evaluation's "metrics" section: scalar metrics, perClass, confusionMatrix
     * @param rocCurves class label to points [fpr, tpr, threshold]; empty when unknown
     */
    public void show(String title, Map<?, ?> report, Map<String, List<double[]>> rocCurves) {
        List<MetricRow> rows = new ArrayList<>();
        report.forEach((k, v) -> {
            if (v == null || v instanceof Number || v instanceof String || v instanceof Boolean) {
                rows.add(new MetricRow(String.valueOf(k), MetricRow.format(v)));
            }
        });
        metrics.getItems().setAll(rows);
        Object accuracy = report.get("accuracy");
        caption.setText(title + (accuracy instanceof Number n
                ? String.format(Locale.ROOT, ": accuracy %.2f %%", 100 * n.doubleValue()) : ""));
        showConfusion(report.get("confusionMatrix"));
        List<ClassRow> classes = classRows(report.get("perClass"));
        showPerClass(classes);
        showRoc(rocCurves, classes);
    }

    private void showConfusion(Object section) {
        io.pipewright.app.ConfusionMatrix.fromReport(section).ifPresentOrElse(m -> {
            confusion.show(m.labels(), m.counts());
            confusion.setVisible(true);
        }, () -> {
            confusion.show(null, null);
            confusion.setVisible(false);
        });
    }

    private static List<ClassRow> classRows(Object section) {
        List<ClassRow> out = new ArrayList<>();
        if (section instanceof Map<?, ?> map) {
            map.forEach((label, figures) -> {
                if (figures instanceof Map<?, ?> f) {
                    Map<String, Object> copy = new java.util.LinkedHashMap<>();
                    f.forEach((k, v) -> copy.put(String.valueOf(k), v));
                    out.add(new ClassRow(String.valueOf(label), copy));
                }
            });
        }
        return out;
    }

    private void showPerClass(List<ClassRow> classes) {
        perClass.getColumns().clear();
        perClassTab.setDisable(classes.isEmpty());
        if (classes.isEmpty()) {
            perClass.getItems().clear();
            return;
        }
        TableColumn<ClassRow, String> label = new TableColumn<>("Class");
        label.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        perClass.getColumns().add(label);
        Set<String> keys = new LinkedHashSet<>();
        classes.forEach(c -> keys.addAll(c.figures().keySet()));
        for (String key : keys) {
            TableColumn<ClassRow, String> column = new TableColumn<>(key);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(MetricRow.format(c.getValue().figures().get(key))));
            column.getStyleClass().add("number-column");
            perClass.getColumns().add(column);
        }
        perClass.getItems().setAll(classes);
    }

    private void showRoc(Map<String, List<double[]>> curves, List<ClassRow> classes) {
        roc.getData().clear();
        rocTab.setDisable(curves.isEmpty());
        curves.forEach((label, points) -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            Double reported = classes.stream().filter(c -> c.label().equals(label)).findFirst()
                    .map(c -> c.figures().get("areaUnderROC")).filter(v -> v instanceof Number)
                    .map(v -> ((Number) v).doubleValue()).orElse(null);
            double auc = reported != null ? reported : areaUnder(points);
            series.setName(String.format(Locale.ROOT, "%s (AUC %.3f)", label, auc));
            // Weka's threshold curve runs from (1,1) down to (0,0); the chart draws it left to right.
            List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
            for (int i = points.size() - 1; i >= 0; i--) {
                data.add(new XYChart.Data<>(points.get(i)[0], points.get(i)[1]));
            }
            series.getData().setAll(data);
            roc.getData().add(series);
        });
        if (!curves.isEmpty()) {
            // The diagonal a model that guesses would draw: the curves above it are what the model learned.
            XYChart.Series<Number, Number> chance = new XYChart.Series<>();
            chance.setName("chance (AUC 0.500)");
            chance.getData().setAll(List.of(new XYChart.Data<>(0, 0), new XYChart.Data<>(1, 1)));
            roc.getData().add(chance);
            chance.getNode().setStyle("-fx-stroke: #9aa5b1; -fx-stroke-width: 1px; -fx-stroke-dash-array: 6 4;");
        }
    }

    /** The area under a ROC curve by the trapezoid rule, whatever the points' order. */
    public static double areaUnder(List<double[]> points) {
        List<double[]> sorted = new ArrayList<>(points);
        sorted.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        double area = 0;
        for (int i = 1; i < sorted.size(); i++) {
            area += (sorted.get(i)[0] - sorted.get(i - 1)[0]) * (sorted.get(i)[1] + sorted.get(i - 1)[1]) / 2;
        }
        return area;
    }

    public TableView<MetricRow> metricsTable() {
        return metrics;
    }

    public LineChart<Number, Number> rocChart() {
        return roc;
    }
}
