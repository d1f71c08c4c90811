package io.pipewright.app;

import io.pipewright.graph.NodeInstance;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.param.ParamException;
import io.pipewright.param.ParamSpec;
import io.pipewright.param.WekaSpec;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.Collection;
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
    private NodeInstance shown;
    private boolean applying;

    InspectorView(PipelineDocumentViewModel document) {
        this.document = document;
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
            }
        });
        rebuild();
    }

    private void rebuild() {
        form.getChildren().clear();
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
        }, baseDir));
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
