package io.pipewright.app;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;
import java.util.Map;

/**
 * The Results dock for the selected node after a run: an evaluation's metrics table and confusion matrix,
 * or the text of a trained model.
 */
final class ResultsView extends VBox {
    /** One line of the metrics table. */
    record MetricRow(String name, String value) {
    }

    private final PipelineDocumentViewModel document;
    private final Label caption = new Label();
    private final TableView<MetricRow> table = new TableView<>();
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();
    private final TextArea modelText = new TextArea();

    ResultsView(PipelineDocumentViewModel document) {
        this.document = document;
        getStyleClass().add("results");
        caption.getStyleClass().add("results-caption");
        table.setId("metrics-table");
        TableColumn<MetricRow, String> name = new TableColumn<>("Metric");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(240);
        TableColumn<MetricRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setPrefWidth(160);
        table.getColumns().add(name);
        table.getColumns().add(value);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Run the pipeline, then select an evaluation node to see its metrics."));
        HBox body = new HBox(12, table, confusion);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        modelText.setEditable(false);
        modelText.setId("model-text");
        modelText.getStyleClass().add("model-text");
        VBox.setVgrow(modelText, Priority.ALWAYS);
        body.visibleProperty().bind(modelText.visibleProperty().not());
        body.managedProperty().bind(body.visibleProperty());
        modelText.managedProperty().bind(modelText.visibleProperty());
        getChildren().addAll(caption, body, modelText);
        document.selectedNodeIdProperty().addListener((obs, old, now) -> refresh());
        document.lastResultProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        String nodeId = document.selectedNodeIdProperty().get();
        Map<String, Object> metrics = document.metricsOf(nodeId);
        String model = metrics.isEmpty() ? document.modelTextOf(nodeId).orElse(null) : null;
        modelText.setVisible(model != null);
        modelText.setText(model == null ? "" : model);
        caption.setText(model != null ? "Model trained by '" + nodeId + "'"
                : metrics.isEmpty() ? "No metrics" : "Metrics of '" + nodeId + "'");
        ConfusionMatrix matrix = document.confusionOf(nodeId).orElse(null);
        confusion.show(matrix);
        confusion.setVisible(matrix != null);
        confusion.setManaged(matrix != null);
        table.getItems().setAll(metrics.entrySet().stream().map(e -> new MetricRow(e.getKey(), format(e.getValue()))).toList());
    }

    static String format(Object value) {
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return String.valueOf(value);
    }

    TableView<MetricRow> table() {
        return table;
    }
}
