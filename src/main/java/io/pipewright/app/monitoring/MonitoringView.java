package io.pipewright.app.monitoring;

import io.pipewright.store.RecordedDrift;
import io.pipewright.store.Workspace;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The Monitoring view of one project: the chosen metric over runs with a threshold, the drift heat
 * map (click a cell for its two distributions), and the latest drift report. Everything is read from
 * the workspace on {@code background} and shown on {@code fx}; the view never touches the store itself.
 */
public final class MonitoringView extends BorderPane {
    private final Executor background;
    private final Executor fx;
    private final Supplier<Workspace> workspace;
    private final ComboBox<String> project = combo("monitor-project", "The project whose runs are shown");
    private final ComboBox<String> node = combo("monitor-node", "The node whose metric is charted");
    private final ComboBox<String> metric = combo("monitor-metric", "The metric charted over the runs");
    private final ComboBox<String> driftNode = combo("monitor-drift-node", "The data-drift node of the heat map");
    private final TextField threshold = new TextField();
    private final MetricChartView chart = new MetricChartView();
    private final DriftHeatMapView heatMap = new DriftHeatMapView();
    private final DistributionView distribution = new DistributionView();
    private final TableView<DriftRow> table = new TableView<>();
    private final Label tableSummary = new Label("No drift report yet.");
    private final Label status = new Label("loading \u2026");
    private MonitoringSnapshot snapshot;
    private boolean applying;

    /** {@code workspace} is called on {@code background} only. */
    public MonitoringView(Executor background, Executor fx, Supplier<Workspace> workspace) {
        this.background = background;
        this.fx = fx;
        this.workspace = workspace;
        getStyleClass().add("monitoring-view");
        threshold.setId("monitor-threshold");
        threshold.setPromptText("none");
        threshold.setPrefColumnCount(6);
        threshold.setTooltip(new Tooltip("A line drawn across the chart; the runs where the metric crosses it are ringed. "
                + "Empty: no threshold."));
        threshold.setOnAction(e -> redrawChart());
        threshold.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                redrawChart();
            }
        });
        for (ComboBox<String> c : List.of(project, node, metric, driftNode)) {
            c.valueProperty().addListener((o, old, now) -> {
                if (!applying && now != null && !now.equals(old)) {
                    refresh();
                }
            });
        }
        Button reload = new Button("Refresh");
        reload.setId("monitor-refresh");
        reload.setOnAction(e -> refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        setTop(new ToolBar(new Label("Project"), project, new Label("Node"), node, new Label("Metric"), metric,
                new Label("Threshold"), threshold, new Label("Drift node"), driftNode, spacer, reload));

        heatMap.setOnSelect(distribution::show);
        ScrollPane heatScroll = new ScrollPane(heatMap);
        heatScroll.setFitToHeight(false);
        VBox heatSection = section("Data drift per column and run", heatScroll, legend());
        VBox.setVgrow(heatScroll, Priority.ALWAYS);
        VBox chartSection = section("Metric over runs", chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        SplitPane upper = new SplitPane(chartSection, heatSection);
        upper.setDividerPositions(0.5);

        configureTable();
        VBox tableSection = section("Latest drift report", tableSummary, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox distributionSection = section("Distributions of the selected cell", distribution);
        VBox.setVgrow(distribution, Priority.ALWAYS);
        SplitPane lower = new SplitPane(tableSection, distributionSection);
        lower.setDividerPositions(0.55);
        SplitPane centre = new SplitPane(upper, lower);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.56);
        setCenter(centre);
        status.setId("monitor-status");
        status.setPadding(new Insets(4, 10, 4, 10));
        setBottom(status);
    }

    MetricChartView chart() {
        return chart;
    }

    DriftHeatMapView heatMap() {
        return heatMap;
    }

    DistributionView distribution() {
        return distribution;
    }

    TableView<DriftRow> table() {
        return table;
    }

    TextField thresholdField() {
        return threshold;
    }

    /** The project shown, or null before the first load or when the workspace has none. */
    public String project() {
        return snapshot == null ? null : snapshot.project();
    }

    void setStatus(String text) {
        status.setText(text);
    }

    /** Reads the current choices' data in the background and shows it; completes on the FX thread. */
    public CompletableFuture<MonitoringSnapshot> refresh() {
        String p = project.getValue();
        String n = node.getValue();
        String m = metric.getValue();
        String d = driftNode.getValue();
        status.setText("loading \u2026");
        return CompletableFuture.supplyAsync(() -> MonitoringSnapshot.load(workspace.get(), p, n, m, d), background)
                .whenCompleteAsync((s, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        status.setText("the workspace could not be read: " + cause.getMessage());
                    } else {
                        apply(s);
                    }
                }, fx);
    }

    private void apply(MonitoringSnapshot s) {
        applying = true;
        try {
            this.snapshot = s;
            set(project, s.projects(), s.project());
            set(node, List.copyOf(s.metricsByNode().keySet()), s.node());
            set(metric, s.node() == null ? List.of() : s.metricsByNode().get(s.node()), s.metric());
            set(driftNode, s.driftNodes(), s.driftNode());
        } finally {
            applying = false;
        }
        redrawChart();
        heatMap.show(new DriftHeatMapModel(s.drift()));
        distribution.show(null);
        List<RecordedDrift> drift = s.drift();
        if (drift.isEmpty()) {
            table.getItems().clear();
            tableSummary.setText("No drift report in this project yet.");
        } else {
            RecordedDrift latest = drift.get(drift.size() - 1);
            table.setItems(FXCollections.observableArrayList(DriftRow.of(latest)));
            tableSummary.setText(DriftRow.summary(latest));
        }
        status.setText(s.project() == null ? "The workspace has no projects yet: record a run with a project first."
                : "project '" + s.project() + "': " + s.series().size() + " metric points, " + drift.size() + " drift reports");
    }

    private void redrawChart() {
        Double t;
        try {
            t = MetricSeriesModel.parseThreshold(threshold.getText());
            threshold.getStyleClass().remove("invalid");
        } catch (IllegalArgumentException e) {
            threshold.getStyleClass().add("invalid");
            status.setText(e.getMessage());
            return;
        }
        List<io.pipewright.store.MetricPoint> series = snapshot == null ? List.of() : snapshot.series();
        chart.show(new MetricSeriesModel(series, t), snapshot == null ? null : snapshot.metric(),
                snapshot == null ? null : snapshot.node());
    }

    private void configureTable() {
        table.setId("drift-table");
        table.setPlaceholder(new Label("No drift report"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        column("Column", DriftRow::column);
        column("Test", DriftRow::test);
        column("Statistic", DriftRow::statistic);
        column("p-value", DriftRow::pValue);
        column("Threshold", DriftRow::threshold);
        column("Verdict", DriftRow::verdict);
        column("Why this test", DriftRow::reason);
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(DriftRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("drifted-row");
                if (!empty && row != null && row.verdict().startsWith("drifted")) {
                    getStyleClass().add("drifted-row");
                }
            }
        });
    }

    private void column(String title, java.util.function.Function<DriftRow, String> value) {
        TableColumn<DriftRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(c.getValue())));
        table.getColumns().add(col);
    }

    private static HBox legend() {
        HBox box = new HBox(6);
        box.getStyleClass().add("heatmap-legend");
        box.setPadding(new Insets(4, 8, 2, 8));
        double[] levels = {0, 1 / DriftHeatMapModel.MAX_SEVERITY, 2 / DriftHeatMapModel.MAX_SEVERITY, 1};
        String[] names = {"stable", "at threshold", "2\u00d7", "\u2265 3\u00d7 threshold"};
        for (int i = 0; i < levels.length; i++) {
            Region swatch = new Region();
            swatch.setMinSize(14, 12);
            swatch.setStyle("-fx-background-color: " + web(DriftHeatMapView.colour(levels[i])) + ";");
            box.getChildren().addAll(swatch, new Label(names[i]));
        }
        Region outlined = new Region();
        outlined.setMinSize(14, 12);
        outlined.setStyle("-fx-border-color: #7b1d12; -fx-border-width: 2;");
        box.getChildren().addAll(outlined, new Label("drifted"));
        return box;
    }

    private static String web(javafx.scene.paint.Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255));
    }

    private static VBox section(String title, Node... content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("monitoring-section-title");
        VBox box = new VBox(4, heading);
        box.getChildren().addAll(content);
        box.getStyleClass().add("monitoring-section");
        box.setPadding(new Insets(6));
        return box;
    }

    private static ComboBox<String> combo(String id, String tip) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.setTooltip(new Tooltip(tip));
        c.setPrefWidth(140);
        return c;
    }

    private static void set(ComboBox<String> combo, List<String> items, String value) {
        if (!combo.getItems().equals(items)) {
            combo.setItems(FXCollections.observableArrayList(items));
        }
        combo.setValue(value);
    }
}
