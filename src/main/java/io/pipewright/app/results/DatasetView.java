package io.pipewright.app.results;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A dataset in the Results dock: its first rows in a virtualised table (fixed cell size; columns in
 * pages of {@link #PAGE_COLUMNS}, so a 1,000-column table opens at once) beside per-column statistics
 * with a small histogram each, and a larger histogram of the selected column. Statistics are computed
 * on the worker thread; a newer dataset makes an older computation stop.
 */
public final class DatasetView extends VBox {
    /** Rows shown at most; the caption says how many there are. */
    public static final int MAX_ROWS = 10_000;
    /**
     * Columns the row table holds at once. JavaFX builds a header and a cell per row for every table
     * column, which took 50 s for 1,000 columns on a loaded test machine; pages of this many columns open at once.
     */
    public static final int PAGE_COLUMNS = 25;
    private static final double CELL = 24;

    private final ViewTasks tasks;
    private final Label caption = new Label();
    private final TableView<Integer> rows = new TableView<>();
    private final TableView<ColumnStatistics> stats = new TableView<>();
    private final HistogramCanvas selectedHistogram = new HistogramCanvas(300, 110, true);
    private final Label selectedCaption = new Label("Select a column to see its histogram.");
    private final Label pageLabel = new Label();
    private final Button previousPage = new Button("◀");
    private final Button nextPage = new Button("▶");
    private final HBox pager = new HBox(4);
    private Instances data;
    private int firstColumn;
    private volatile int generation;

    public DatasetView(ViewTasks tasks) {
        this.tasks = tasks;
        setId("dataset-view");
        getStyleClass().add("dataset-view");
        rows.setId("data-table");
        rows.setFixedCellSize(CELL);
        rows.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        rows.setPlaceholder(new Label("The table has no rows."));
        caption.getStyleClass().add("results-caption");
        pageLabel.getStyleClass().add("results-subcaption");
        pageLabel.setId("column-page");
        previousPage.setId("column-page-previous");
        nextPage.setId("column-page-next");
        previousPage.setTooltip(new Tooltip("Previous columns"));
        nextPage.setTooltip(new Tooltip("Next columns"));
        previousPage.setOnAction(e -> showColumns(firstColumn - PAGE_COLUMNS));
        nextPage.setOnAction(e -> showColumns(firstColumn + PAGE_COLUMNS));
        pager.getChildren().addAll(previousPage, pageLabel, nextPage);
        pager.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, gap, pager);
        top.setAlignment(Pos.CENTER_LEFT);
        top.visibleProperty().bind(pager.visibleProperty());
        top.managedProperty().bind(pager.visibleProperty());
        VBox left = new VBox(4, top, rows);
        VBox.setVgrow(rows, Priority.ALWAYS);

        stats.setId("column-stats");
        stats.setFixedCellSize(CELL);
        stats.setPlaceholder(new Label("Computing column statistics ..."));
        buildStatsColumns();
        selectedCaption.getStyleClass().add("results-subcaption");
        VBox histogramBox = new VBox(2, selectedCaption, selectedHistogram);
        histogramBox.setPadding(new Insets(4, 6, 4, 6));
        histogramBox.setMinWidth(220);
        histogramBox.setPrefWidth(230);
        histogramBox.getStyleClass().add("histogram-box");
        selectedCaption.setWrapText(true);
        selectedHistogram.setId("selected-histogram");
        VBox.setVgrow(selectedHistogram, Priority.ALWAYS);
        // The dock is short and wide: the selected column's histogram sits beside the statistics.
        HBox right = new HBox(stats, histogramBox);
        HBox.setHgrow(stats, Priority.ALWAYS);
        stats.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            showSelected(now);
            if (now != null) {
                reveal(now.index());
            }
        });
        // The dock is short and wide: rows and statistics each get its full width, one tab each.
        Tab rowsTab = new Tab("Rows", left);
        Tab statsTab = new Tab("Column statistics", right);
        statsTab.setId("tab-column-stats");
        TabPane tabs = new TabPane(rowsTab, statsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("dataset-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(caption, tabs);
    }

    /** Shows {@code data} (the output {@code title} names); statistics follow when computed. */
    public void show(String title, Instances data) {
        int shownRows = Math.min(MAX_ROWS, data.numInstances());
        caption.setText(title + ": " + String.format(Locale.ROOT, "%,d rows × %,d columns", data.numInstances(),
                data.numAttributes()) + (data.classIndex() >= 0 ? ", class '" + data.classAttribute().name() + "'" : "")
                + (shownRows < data.numInstances() ? String.format(Locale.ROOT, " (first %,d shown)", shownRows) : ""));
        this.data = data;
        firstColumn = -1;
        showColumns(0);
        rows.getItems().setAll(IntStream.range(0, shownRows).boxed().toList());
        stats.getItems().clear();
        stats.setPlaceholder(new Label("Computing column statistics ..."));
        showSelected(null);
        int mine = ++generation;
        tasks.run(() -> TableStatistics.compute(data, () -> generation != mine), computed -> {
            if (generation == mine) {
                stats.getItems().setAll(computed);
            }
        }, reason -> {
            if (generation == mine) {
                stats.setPlaceholder(new Label("The statistics could not be computed: " + reason));
            }
        });
    }

    /** Stops any statistics still being computed (the dock shows something else). */
    public void clear() {
        generation++;
        data = null;
        rows.getColumns().clear();
        rows.getItems().clear();
        stats.getItems().clear();
    }

    /** Shows the page of columns starting at {@code from} (clamped), with the row number first. */
    private void showColumns(int from) {
        int start = Math.max(0, Math.min(from, (data.numAttributes() - 1) / PAGE_COLUMNS * PAGE_COLUMNS));
        if (start == firstColumn) {
            return;
        }
        firstColumn = start;
        int end = Math.min(data.numAttributes(), start + PAGE_COLUMNS);
        rows.getColumns().setAll(dataColumns(data, start, end));
        boolean paged = data.numAttributes() > PAGE_COLUMNS;
        pager.setVisible(paged);
        pager.setManaged(paged);
        pageLabel.setText(String.format(Locale.ROOT, "columns %,d–%,d of %,d", start + 1, end, data.numAttributes()));
        previousPage.setDisable(start == 0);
        nextPage.setDisable(end >= data.numAttributes());
    }

    /** Brings column {@code index} into the row table (its page) and scrolls to it. */
    private void reveal(int index) {
        if (data == null || index >= data.numAttributes()) {
            return;
        }
        showColumns(index / PAGE_COLUMNS * PAGE_COLUMNS);
        rows.scrollToColumnIndex(index - firstColumn + 1);
    }

    private static List<TableColumn<Integer, String>> dataColumns(Instances data, int from, int to) {
        List<TableColumn<Integer, String>> columns = new ArrayList<>(to - from + 1);
        TableColumn<Integer, String> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(Integer.toString(c.getValue() + 1)));
        number.setPrefWidth(48);
        number.setSortable(false);
        number.getStyleClass().add("row-number");
        columns.add(number);
        for (int a = from; a < to; a++) {
            int index = a;
            String name = data.attribute(a).name();
            TableColumn<Integer, String> column = new TableColumn<>(a == data.classIndex() ? name + " (class)" : name);
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(cell(data.instance(c.getValue()), index)));
            if (data.attribute(a).isNumeric() && !data.attribute(a).isDate()) {
                column.getStyleClass().add("number-column");
            }
            column.setPrefWidth(Math.max(70, Math.min(180, 9 * name.length() + 24)));
            // Sorting would copy and compare every row on the FX thread; the table shows the data's own order.
            column.setSortable(false);
            columns.add(column);
        }
        return columns;
    }

    private static String cell(Instance row, int index) {
        if (row.isMissing(index)) {
            return "?";
        }
        return row.attribute(index).isNumeric() && !row.attribute(index).isDate()
                ? weka.core.Utils.doubleToString(row.value(index), 6) : row.stringValue(index);
    }

    private void buildStatsColumns() {
        stats.getColumns().add(text("Column", 110, s -> s.isClass() ? s.name() + " (class)" : s.name()));
        stats.getColumns().add(text("Type", 62, ColumnStatistics::type));
        TableColumn<ColumnStatistics, ColumnStatistics> spark = new TableColumn<>("Histogram");
        spark.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        spark.setCellFactory(c -> new SparklineCell());
        spark.setPrefWidth(96);
        spark.setSortable(false);
        stats.getColumns().add(spark);
        stats.getColumns().add(number(text("Missing", 56, s -> Integer.toString(s.missing()))));
        stats.getColumns().add(number(text("Distinct", 56, s -> Integer.toString(s.distinct()))));
        stats.getColumns().add(number(text("Min", 56, s -> number(s.min()))));
        stats.getColumns().add(number(text("Max", 56, s -> number(s.max()))));
        stats.getColumns().add(number(text("Mean", 56, s -> number(s.mean()))));
        stats.getColumns().add(number(text("SD", 56, s -> number(s.sd()))));
        stats.getColumns().add(text("Top values", 160, s -> String.join(", ",
                s.topValues().stream().limit(3).map(ColumnStatistics.ValueCount::toString).toList())));
    }

    private static TableColumn<ColumnStatistics, String> text(String title, double width, Function<ColumnStatistics, String> value) {
        TableColumn<ColumnStatistics, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static <T> TableColumn<ColumnStatistics, T> number(TableColumn<ColumnStatistics, T> column) {
        column.getStyleClass().add("number-column");
        return column;
    }

    static String number(Double value) {
        return value == null ? "" : weka.core.Utils.doubleToString(value, 3);
    }

    private void showSelected(ColumnStatistics column) {
        if (column == null) {
            selectedCaption.setText("Select a column to see its histogram.");
            selectedHistogram.show(null, false);
            return;
        }
        selectedCaption.setText("Histogram of '" + column.name() + "' (" + column.type() + ", "
                + column.histogram().total() + " values" + (column.missing() > 0 ? ", " + column.missing() + " missing" : "") + ")");
        selectedHistogram.show(column.histogram(), column.isClass());
    }

    TableView<Integer> rows() {
        return rows;
    }

    /** A statistics row's tiny histogram. */
    private static final class SparklineCell extends TableCell<ColumnStatistics, ColumnStatistics> {
        private final HistogramCanvas canvas = new HistogramCanvas(84, 16, false);

        @Override
        protected void updateItem(ColumnStatistics item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                canvas.show(item.histogram(), item.isClass());
                setGraphic(canvas);
            }
        }
    }
}
