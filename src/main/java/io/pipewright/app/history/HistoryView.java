package io.pipewright.app.history;

import io.pipewright.app.results.ViewTasks;
import io.pipewright.graph.Pipeline;
import io.pipewright.store.RunRecord;
import io.pipewright.store.RunSummary;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The History dock: recorded runs (status, start, duration, key metrics), newest first; open the
 * pipeline a run used, compare two runs side by side, and chart a metric across runs. Every read
 * from the store happens on the worker thread.
 */
public final class HistoryView extends VBox {
    /** Runs listed at most. */
    public static final int LIMIT = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    /**
     * What "Open" asks the window to show: the run's saved revision (with the file it came from, or null),
     * or, for a run saved with no project, its source file as it is now. {@code note} goes to the console.
     */
    public record OpenRequest(Pipeline pipeline, Path file, String note) {
    }

    private final ViewTasks tasks;
    private final Supplier<String> pipelineName;
    private final TableView<RunSummary> table = new TableView<>();
    private final Label empty = new Label();
    private final Label status = new Label();
    private final CheckBox onlyThisPipeline = new CheckBox("Only this pipeline");
    private final ComboBox<MetricSeries.Key> metric = new ComboBox<>();
    private final LineChart<Number, Number> chart;
    private final TableView<RunComparison.Row> comparison = new TableView<>();
    private final TabPane side = new TabPane();
    private final Tab compareTab;
    private final Button open = new Button("Open pipeline");
    private final Button compare = new Button("Compare");
    private RunHistorySource source = RunHistorySource.NONE;
    private String project;
    private List<RunSummary> loaded = List.of();
    private Consumer<OpenRequest> onOpen = r -> { };
    private int generation;

    /** @param pipelineName the open pipeline's name, for the "only this pipeline" filter */
    public HistoryView(ViewTasks tasks, Supplier<String> pipelineName) {
        this.tasks = tasks;
        this.pipelineName = pipelineName;
        setId("history-view");
        getStyleClass().add("history");
        getStylesheets().add(HistoryView.class.getResource("/io/pipewright/app/results/results.css").toExternalForm());

        Button refresh = new Button("Refresh");
        refresh.setId("history-refresh");
        refresh.setOnAction(e -> refresh());
        open.setId("history-open");
        open.setTooltip(new Tooltip("Open the pipeline the selected run used in the canvas"));
        open.setOnAction(e -> openSelected());
        compare.setId("history-compare");
        compare.setTooltip(new Tooltip("Select two runs (Ctrl-click) to compare their parameters and metrics"));
        compare.setOnAction(e -> compareSelected());
        onlyThisPipeline.setSelected(true);
        onlyThisPipeline.setId("history-only-pipeline");
        onlyThisPipeline.selectedProperty().addListener((obs, was, now) -> showRuns());
        status.getStyleClass().add("results-subcaption");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, refresh, open, compare, onlyThisPipeline, spacer, status);
        bar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        empty.getStyleClass().add("history-empty");
        empty.setWrapText(true);
        empty.setId("history-empty");
        table.setPlaceholder(empty);

        NumberAxis x = new NumberAxis();
        x.setLabel("Run");
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        // Runs are whole numbers: no tick between two runs.
        x.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text);
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        chart = new LineChart<>(x, y);
        chart.setId("history-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        metric.setId("history-metric");
        metric.setPromptText("metric");
        metric.valueProperty().addListener((obs, old, now) -> showChart());
        Label metricLabel = new Label("Metric:");
        HBox picker = new HBox(6, metricLabel, metric);
        picker.setAlignment(Pos.CENTER_LEFT);
        VBox chartBox = new VBox(4, picker, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);

        comparison.setId("history-comparison");
        buildComparison();
        comparison.setPlaceholder(new Label("Select two runs (Ctrl-click), then press Compare."));
        Tab chartTab = new Tab("Metrics over time", chartBox);
        compareTab = new Tab("Compare", comparison);
        side.getTabs().addAll(chartTab, compareTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(new StackPane(table), side);
        split.setDividerPositions(0.6);
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().addAll(bar, split);
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunSummary>) c -> syncButtons());
        syncButtons();
        showEmpty();
    }

    /** Reads runs from {@code newSource} from now on, and reloads. */
    public void setSource(RunHistorySource newSource) {
        this.source = Objects.requireNonNull(newSource);
        refresh();
    }

    /** Lists only the runs of {@code name} (null: every run in the workspace), and reloads. */
    public void setProject(String name) {
        this.project = name;
        refresh();
    }

    public void setOnOpen(Consumer<OpenRequest> handler) {
        this.onOpen = Objects.requireNonNull(handler);
    }

    /** Reloads the runs on the worker thread. */
    public void refresh() {
        int mine = ++generation;
        RunHistorySource from = source;
        String inProject = project;
        status.setText("loading ...");
        tasks.run(() -> from.runs(inProject, LIMIT), runs -> {
            if (mine == generation) {
                loaded = runs;
                showRuns();
            }
        }, reason -> {
            if (mine == generation) {
                loaded = List.of();
                status.setText("");
                empty.setText("The run history could not be read from " + from.describe() + ": " + reason);
                table.getItems().clear();
            }
        });
    }

    private void showRuns() {
        String name = pipelineName.get();
        List<RunSummary> shown = onlyThisPipeline.isSelected() && name != null
                ? loaded.stream().filter(r -> name.equals(r.pipeline())).toList() : loaded;
        table.getItems().setAll(shown);
        status.setText(shown.size() + (shown.size() == 1 ? " run" : " runs")
                + (shown.size() < loaded.size() ? " of " + loaded.size() : "") + (loaded.size() >= LIMIT ? " (newest " + LIMIT + ")" : ""));
        showEmpty();
        MetricSeries.Key chosen = metric.getValue();
        List<MetricSeries.Key> keys = MetricSeries.keys(shown);
        metric.getItems().setAll(keys);
        metric.setValue(keys.contains(chosen) ? chosen : keys.isEmpty() ? null : keys.get(0));
        showChart();
    }

    private void showEmpty() {
        if (source == RunHistorySource.NONE) {
            empty.setText("No workspace is open, so no runs are recorded. Runs are recorded in the workspace folder "
                    + "(~/.pipewright or PIPEWRIGHT_HOME).");
        } else if (loaded.isEmpty()) {
            empty.setText("No runs recorded yet in " + source.describe() + ". Press Run: every run is recorded here "
                    + "with its parameters and metrics.");
        } else {
            empty.setText("No run of '" + pipelineName.get() + "' yet. Untick \"Only this pipeline\" to see the other "
                    + loaded.size() + " run(s).");
        }
    }

    private void showChart() {
        chart.getData().clear();
        MetricSeries.Key key = metric.getValue();
        if (key == null) {
            return;
        }
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(key.toString());
        for (MetricSeries.Point p : MetricSeries.points(table.getItems(), key)) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(p.runId(), p.value());
            series.getData().add(point);
        }
        NumberAxis x = (NumberAxis) chart.getXAxis();
        long first = series.getData().isEmpty() ? 0 : series.getData().get(0).getXValue().longValue();
        long last = series.getData().isEmpty() ? 1 : series.getData().get(series.getData().size() - 1).getXValue().longValue();
        long span = Math.max(1, last - first);
        x.setTickUnit(Math.max(1, Math.ceil(span / 10.0)));
        x.setLowerBound(first - 0.5);
        x.setUpperBound(last + 0.5);
        chart.getData().add(series);
        for (XYChart.Data<Number, Number> point : series.getData()) {
            if (point.getNode() != null) {
                Tooltip.install(point.getNode(), new Tooltip(String.format(Locale.ROOT, "run %d: %.4f",
                        point.getXValue().longValue(), point.getYValue().doubleValue())));
            }
        }
    }

    private void buildTable() {
        table.setId("history-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(24);
        table.getColumns().add(column("Run", 44, r -> Long.toString(r.id())));
        TableColumn<RunSummary, String> state = column("Status", 76, RunSummary::status);
        state.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                getStyleClass().removeIf(s -> s.startsWith("status-"));
                setText(isEmpty || item == null ? null : item);
                if (!isEmpty && item != null) {
                    getStyleClass().add("status-" + item);
                }
            }
        });
        table.getColumns().add(state);
        table.getColumns().add(column("Started", 112, r -> r.startedAt() == null ? "" : WHEN.format(r.startedAt())));
        table.getColumns().add(column("Duration", 62, r -> r.seconds() == null ? "" : String.format(Locale.ROOT, "%.2f s", r.seconds())));
        table.getColumns().add(column("Pipeline", 90, r -> r.pipeline() + (r.project() == null ? "" : " (" + r.project() + ")")));
        table.getColumns().add(column("Key metrics", 230, MetricSeries::keyMetrics));
        table.setRowFactory(t -> {
            TableRow<RunSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openSelected();
                }
            });
            return row;
        });
    }

    private static TableColumn<RunSummary, String> column(String title, double width,
                                                         java.util.function.Function<RunSummary, String> value) {
        TableColumn<RunSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void buildComparison() {
        comparison.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<RunComparison.Row, String> section = new TableColumn<>("");
        section.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().section()));
        section.setPrefWidth(70);
        TableColumn<RunComparison.Row, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(170);
        TableColumn<RunComparison.Row, String> a = new TableColumn<>("Run A");
        a.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().a()));
        a.setPrefWidth(140);
        TableColumn<RunComparison.Row, String> b = new TableColumn<>("Run B");
        b.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().b()));
        b.setPrefWidth(140);
        comparison.getColumns().setAll(List.of(section, name, a, b));
        comparison.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RunComparison.Row item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setStyle(!isEmpty && item != null && item.differs() ? "-fx-background-color: #fff4d6;" : "");
            }
        });
    }

    private void syncButtons() {
        int selected = table.getSelectionModel().getSelectedItems().size();
        open.setDisable(selected != 1);
        compare.setDisable(selected != 2);
    }

    private void openSelected() {
        RunSummary run = table.getSelectionModel().getSelectedItem();
        if (run == null) {
            return;
        }
        RunHistorySource from = source;
        tasks.run(() -> {
            RunRecord record = from.run(run.id());
            Path file = record.sourceFile() == null ? null : Path.of(record.sourceFile());
            return from.revisionOf(record)
                    .map(p -> new OpenRequest(p, file, "opened revision " + record.revision() + " of " + record.project() + "/"
                            + record.pipelineName() + ", as run " + record.id() + " used it"))
                    .orElseGet(() -> file != null && Files.isRegularFile(file)
                            ? new OpenRequest(null, file, "run " + record.id() + " was not saved as a project revision; opened its file "
                            + file + " as it is now")
                            : null);
        }, request -> {
            if (request == null) {
                status.setText("run " + run.id() + " has no saved revision and its file is gone");
            } else {
                onOpen.accept(request);
            }
        }, reason -> status.setText("cannot open run " + run.id() + ": " + reason));
    }

    private void compareSelected() {
        List<RunSummary> two = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (two.size() != 2) {
            return;
        }
        // Older run on the left, as a diff reads.
        RunSummary first = two.get(0).id() < two.get(1).id() ? two.get(0) : two.get(1);
        RunSummary second = first == two.get(0) ? two.get(1) : two.get(0);
        RunHistorySource from = source;
        tasks.run(() -> RunComparison.of(from.run(first.id()), from.run(second.id())), rows -> {
            comparison.getColumns().get(2).setText("Run " + first.id());
            comparison.getColumns().get(3).setText("Run " + second.id());
            comparison.getItems().setAll(rows);
            side.getSelectionModel().select(compareTab);
        }, reason -> status.setText("cannot compare: " + reason));
    }

    public TableView<RunSummary> table() {
        return table;
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }
}
