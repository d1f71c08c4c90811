package io.pipewright.app;

import io.pipewright.app.inspector.InputColumns;
import io.pipewright.app.results.ViewTasks;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.param.ParamException;
import io.pipewright.param.ParamSpec;
import io.pipewright.param.WekaSpec;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The form for the selected node, generated from its parameter specs through {@link ParamEditorFactory}:
 * one code path for every node type. A refused value shows its reason under the field.
 */
final class InspectorView extends VBox {
    private final PipelineDocumentViewModel document;
    private final VBox form = new VBox(2);
    private final ViewTasks tasks;
    /** Columns arriving at each input port of the shown node; filled when the upstream configure steps answer. */
    private final Map<String, ObservableList<String>> columns = new HashMap<>();
    private NodeInstance shown;
    private boolean applying;
    private int schemaRequest;

    InspectorView(PipelineDocumentViewModel document, ViewTasks tasks) {
        this.document = document;
        this.tasks = tasks;
        getStylesheets().add(InspectorView.class.getResource("results/results.css").toExternalForm());
        getStyleClass().add("inspector");
        setId("inspector");
        Label title = new Label("Inspector");
        title.getStyleClass().add("dock-title");
        form.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        document.selectedNodeIdProperty().addListener((obs, old, now) -> rebuild());
        document.pipelineProperty().addListener((obs, old, now) -> {
            // An undo, redo or open changes what the form shows; the form's own edit does not.
            if (!applying && !java.util.Objects.equals(shown, document.selectedNode().orElse(null))) {
                rebuild();
            } else if (old == null || !old.nodes().equals(now.nodes()) || !old.edges().equals(now.edges())) {
                requestColumns();
            }
        });
        rebuild();
    }

    private void rebuild() {
        form.getChildren().clear();
        columns.clear();
        Optional<NodeInstance> node = document.selectedNode();
        shown = node.orElse(null);
        if (node.isEmpty()) {
            Label hint = new Label("Select a node to edit its parameters.");
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            form.getChildren().add(hint);
            return;
        }
        Optional<NodeDescriptor> descriptor = document.descriptorOf(node.get());
        Label name = new Label(descriptor.map(NodeDescriptor::name).orElse("Unknown node type"));
        name.getStyleClass().add("inspector-name");
        Label id = new Label(node.get().id() + "  ·  " + node.get().type());
        id.getStyleClass().add("inspector-id");
        Label help = new Label(descriptor.map(NodeDescriptor::help)
                .orElse("This build does not know the type '" + node.get().type() + "'; the node is kept as written."));
        help.setWrapText(true);
        help.getStyleClass().add("inspector-help");
        form.getChildren().addAll(name, id, help);
        if (descriptor.isEmpty()) {
            return;
        }
        Path baseDir = document.fileProperty().get() == null ? null : document.fileProperty().get().toAbsolutePath().getParent();
        for (ParamSpec<?> spec : descriptor.get().params()) {
            form.getChildren().add(row(node.get(), spec, baseDir));
        }
        requestColumns();
    }

    /** Asks the worker which columns reach the shown node's inputs; a newer request or selection wins. */
    private void requestColumns() {
        NodeInstance node = document.selectedNode().orElse(null);
        if (node == null || columns.isEmpty()) {
            return;
        }
        int mine = ++schemaRequest;
        Pipeline snapshot = document.pipeline();
        Path file = document.fileProperty().get();
        Path baseDir = file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
        tasks.run(() -> InputColumns.of(snapshot, node.id(), document.catalog(), baseDir), known -> {
            if (mine == schemaRequest && node.id().equals(document.selectedNodeIdProperty().get())) {
                columns.forEach((port, list) -> list.setAll(known.getOrDefault(port, List.of())));
            }
        }, reason -> {
            if (mine == schemaRequest) {
                columns.values().forEach(List::clear);
            }
        });
    }

    private Node row(NodeInstance node, ParamSpec<?> spec, Path baseDir) {
        Label label = new Label(spec.label() + (spec.required() ? " *" : ""));
        label.getStyleClass().add("param-label");
        label.setTooltip(new Tooltip(spec.help() + "\n(" + spec.describeType() + ")"));
        Label error = new Label();
        error.getStyleClass().add("param-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        Node editor = spec.accept(new ParamEditorFactory(currentText(node, spec), text -> {
            applying = true;
            String refused;
            try {
                refused = document.setParam(node.id(), spec.key(), text).orElse(null);
            } finally {
                applying = false;
            }
            shown = document.selectedNode().orElse(null);
            error.setText(refused == null ? "" : refused);
            error.setVisible(refused != null);
            error.setManaged(refused != null);
            return refused;
        }, baseDir, port -> columns.computeIfAbsent(port, k -> FXCollections.observableArrayList())));
        editor.setId("param-" + spec.key());
        VBox row = new VBox(3, label, editor, error);
        row.getStyleClass().add("param-row");
        return row;
    }

    private static String currentText(NodeInstance node, ParamSpec<?> spec) {
        Object raw = node.params().get(spec.key());
        Object value;
        try {
            value = raw == null ? spec.defaultValue() : spec.bind(raw);
        } catch (ParamException e) {
            return String.valueOf(raw);
        }
        if (value == null) {
            return "";
        }
        if (value instanceof WekaSpec w) {
            return w.toCommandLine();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        }
        return String.valueOf(value);
    }
}
