package io.pipewright.app.inspector;

import io.pipewright.node.NodeFailure;
import io.pipewright.param.WekaObjectParam;
import io.pipewright.param.WekaSpec;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The editor of a Weka learner or filter: choose the class from those Weka offers, edit each option
 * with Weka's own description as help, or type the whole command line. A value Weka refuses is marked
 * on its field with the reason and not applied; each accepted change goes to {@code apply} as the
 * command line (one undoable edit).
 */
public final class WekaObjectEditor extends VBox {
    private final WekaObjectParam param;
    private final Function<String, String> apply;
    private final ComboBox<String> classes = new ComboBox<>();
    private final TextField commandLine = new TextField();
    private final VBox options = new VBox(6);
    private final TitledPane optionsPane = new TitledPane("Options", options);
    private final Label problem = new Label();
    private WekaSpec spec;

    public WekaObjectEditor(WekaObjectParam param, String currentText, Function<String, String> apply) {
        this.param = param;
        this.apply = apply;
        getStyleClass().add("weka-editor");
        classes.setId("weka-class");
        classes.setEditable(true);
        classes.setMaxWidth(Double.MAX_VALUE);
        classes.getItems().setAll(WekaClassCatalog.available(param.baseType()));
        classes.setTooltip(new Tooltip("The Weka " + param.kind() + " (type to enter any class on the class path)"));
        commandLine.setId("weka-command-line");
        commandLine.setPromptText("class and options, e.g. weka.classifiers.trees.J48 -C 0.25");
        commandLine.setTooltip(new Tooltip("The whole " + param.kind() + " as Weka's command line; Enter applies it"));
        commandLine.setOnAction(e -> applyText(commandLine.getText(), commandLine));
        commandLine.focusedProperty().addListener((obs, was, now) -> {
            if (!now && spec != null && !commandLine.getText().equals(spec.toCommandLine())) {
                applyText(commandLine.getText(), commandLine);
            }
        });
        problem.getStyleClass().add("param-error");
        problem.setWrapText(true);
        optionsPane.setExpanded(true);
        optionsPane.setAnimated(false);
        optionsPane.setId("weka-options");
        getChildren().addAll(classes, commandLine, problem, optionsPane);
        show(currentText);
        classes.setOnAction(e -> {
            String chosen = classes.getValue();
            if (chosen != null && (spec == null || !chosen.equals(spec.className()))) {
                applyText(chosen, classes);
            }
        });
    }

    private void applyText(String text, Node field) {
        String refused = apply.apply(text);
        ColumnEditors.mark(field, refused);
        if (refused == null) {
            show(text);
        }
    }

    /** Shows {@code text} (a command line) as class, command line and option rows. */
    private void show(String text) {
        try {
            spec = text == null || text.isBlank() ? null : WekaSpec.parseCommandLine(text);
        } catch (IllegalArgumentException e) {
            spec = null;
        }
        commandLine.setText(spec == null ? (text == null ? "" : text) : spec.toCommandLine());
        classes.setValue(spec == null ? null : spec.className());
        options.getChildren().clear();
        problem.setVisible(false);
        problem.setManaged(false);
        if (spec == null) {
            optionsPane.setVisible(false);
            optionsPane.setManaged(false);
            return;
        }
        WekaOptionModel model;
        try {
            model = WekaOptionModel.of(spec, param.baseType());
        } catch (NodeFailure e) {
            problem.setText(e.getMessage());
            problem.setVisible(true);
            problem.setManaged(true);
            optionsPane.setVisible(false);
            optionsPane.setManaged(false);
            return;
        }
        optionsPane.setVisible(!model.rows().isEmpty());
        optionsPane.setManaged(!model.rows().isEmpty());
        optionsPane.setText(spec.shortName() + " options");
        for (WekaOptionModel.Row row : model.rows()) {
            options.getChildren().add(optionRow(model, row));
        }
    }

    private Node optionRow(WekaOptionModel model, WekaOptionModel.Row row) {
        Label name = new Label(row.synopsis().isEmpty() ? "-" + row.name() : row.synopsis());
        name.getStyleClass().add("option-name");
        name.setWrapText(true);
        Label help = new Label(row.description());
        help.getStyleClass().add("option-help");
        help.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("param-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        Node field;
        if (row.flag()) {
            CheckBox box = new CheckBox(row.description());
            box.setWrapText(true);
            help.setVisible(false);
            help.setManaged(false);
            box.setSelected(row.set());
            box.selectedProperty().addListener((obs, was, now) -> change(model, row, String.valueOf(now), box, error));
            field = box;
        } else {
            TextField text = new TextField(row.value() == null ? "" : row.value());
            text.setPromptText("default");
            text.setOnAction(e -> change(model, row, text.getText(), text, error));
            text.focusedProperty().addListener((obs, was, now) -> {
                String before = row.value() == null ? "" : row.value();
                if (!now && text.getScene() != null && !text.getText().trim().equals(before)) {
                    change(model, row, text.getText(), text, error);
                }
            });
            field = text;
        }
        field.setId("weka-option-" + row.name());
        HBox.setHgrow(field, Priority.ALWAYS);
        VBox box = new VBox(2, name, field, error, help);
        box.getStyleClass().add("weka-option");
        Tooltip.install(name, new Tooltip(row.description()));
        return box;
    }

    private void change(WekaOptionModel model, WekaOptionModel.Row row, String value, Node field, Label error) {
        WekaOptionModel.Change change = model.with(row.name(), value);
        String refused = change.ok() ? apply.apply(change.spec().toCommandLine()) : change.refusal();
        ColumnEditors.mark(field, refused);
        error.setText(refused == null ? "" : refused);
        error.setVisible(refused != null);
        error.setManaged(refused != null);
        if (refused == null) {
            // Rebuilt after this event: the option rows now describe the applied spec.
            javafx.application.Platform.runLater(() -> show(change.spec().toCommandLine()));
        }
    }
}
