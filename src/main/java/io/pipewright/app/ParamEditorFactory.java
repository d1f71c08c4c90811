package io.pipewright.app;

import io.pipewright.app.inspector.ColumnEditors;
import io.pipewright.app.inspector.WekaObjectEditor;
import io.pipewright.param.BoolParam;
import io.pipewright.param.ChoiceParam;
import io.pipewright.param.ColumnListParam;
import io.pipewright.param.ColumnParam;
import io.pipewright.param.DoubleParam;
import io.pipewright.param.FileParam;
import io.pipewright.param.IntParam;
import io.pipewright.param.ParamSpec;
import io.pipewright.param.StringMapParam;
import io.pipewright.param.TextParam;
import io.pipewright.param.WekaObjectParam;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Builds the editor for one parameter, one visit per kind of {@link ParamSpec}, so a new kind does not
 * compile until it has an editor. Every editor hands text to {@code apply}, which validates it and
 * returns the reason it was refused (or null); a refused value is marked on the editor and not applied.
 */
final class ParamEditorFactory implements ParamSpec.Visitor<Node> {
    private final String currentText;
    private final Function<String, String> apply;
    private final Path baseDir;
    private final Function<String, ObservableList<String>> columnsOfPort;

    /**
     * @param currentText the parameter's value as text
     * @param apply       validates and applies text; returns the reason it was refused, or null
     * @param baseDir     where a file chooser starts (the pipeline's folder)
     * @param columnsOfPort the columns known at configure time for an input port (filled in later when unknown yet)
     */
    ParamEditorFactory(String currentText, Function<String, String> apply, Path baseDir,
                       Function<String, ObservableList<String>> columnsOfPort) {
        this.currentText = currentText;
        this.apply = apply;
        this.baseDir = baseDir;
        this.columnsOfPort = columnsOfPort;
    }

    @Override
    public Node visitInt(IntParam p) {
        return textField(new TextField(), p.min() + " .. " + p.max());
    }

    @Override
    public Node visitDouble(DoubleParam p) {
        return textField(new TextField(), p.min() + " .. " + p.max());
    }

    @Override
    public Node visitBool(BoolParam p) {
        CheckBox box = new CheckBox();
        box.setSelected(Boolean.parseBoolean(currentText));
        box.selectedProperty().addListener((obs, old, now) -> apply.apply(String.valueOf(now)));
        return box;
    }

    @Override
    public Node visitChoice(ChoiceParam p) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.getItems().setAll(p.choices());
        box.setValue(currentText);
        box.valueProperty().addListener((obs, old, now) -> apply.apply(now));
        return box;
    }

    @Override
    public Node visitText(TextParam p) {
        return textField(p.secret() ? new PasswordField() : new TextField(), p.describeType());
    }

    @Override
    public Node visitFile(FileParam p) {
        TextField field = textField(new TextField(), p.describeType());
        Button browse = new Button("...");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            if (baseDir != null && baseDir.toFile().isDirectory()) {
                chooser.setInitialDirectory(baseDir.toFile());
            }
            File chosen = p.output() ? chooser.showSaveDialog(field.getScene().getWindow())
                    : chooser.showOpenDialog(field.getScene().getWindow());
            if (chosen != null) {
                Path path = chosen.toPath();
                String text = baseDir != null && path.startsWith(baseDir) ? baseDir.relativize(path).toString() : path.toString();
                field.setText(text);
                commit(field);
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(4, field, browse);
    }

    @Override
    public Node visitColumn(ColumnParam p) {
        return ColumnEditors.single(currentText, columnsOfPort.apply(p.inputPort()), p.inputPort(), apply);
    }

    @Override
    public Node visitColumnList(ColumnListParam p) {
        return ColumnEditors.list(currentText, columnsOfPort.apply(p.inputPort()), p.inputPort(), apply);
    }

    @Override
    public Node visitWekaObject(WekaObjectParam p) {
        return new WekaObjectEditor(p, currentText, apply);
    }

    @Override
    public Node visitStringMap(StringMapParam p) {
        return textField(new TextField(), "name=value; name=value");
    }

    /** A text field that applies its text on Enter and when it loses focus. */
    private TextField textField(TextField field, String prompt) {
        field.setText(currentText);
        field.setPromptText(prompt);
        field.setOnAction(e -> commit(field));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(field);
            }
        });
        return field;
    }

    private void commit(TextField field) {
        String refused = apply.apply(field.getText());
        if (refused == null) {
            field.getStyleClass().remove("invalid");
        } else if (!field.getStyleClass().contains("invalid")) {
            field.getStyleClass().add("invalid");
        }
    }
}
