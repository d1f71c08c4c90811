package io.pipewright.app.inspector;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Column pickers: the columns known at configure time for the parameter's input port (filled in when
 * the upstream configure steps answer), with free text still accepted when the schema is unknown.
 * Each hands its text to {@code apply}, which returns the reason a value was refused (or null).
 */
public final class ColumnEditors {
    private ColumnEditors() {
    }

    /** One column: an editable drop-down of the input's columns. */
    public static ComboBox<String> single(String current, ObservableList<String> columns, String port,
                                          Function<String, String> apply) {
        ComboBox<String> box = new ComboBox<>(columns);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(current == null || current.isEmpty() ? null : current);
        box.getEditor().setText(current == null ? "" : current);
        prompt(box, columns, port);
        columns.addListener((javafx.collections.ListChangeListener<String>) c -> prompt(box, columns, port));
        box.setOnAction(e -> commit(box, box.getValue() == null ? box.getEditor().getText() : box.getValue(), apply));
        box.getEditor().focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit(box, box.getEditor().getText(), apply);
            }
        });
        return box;
    }

    private static void prompt(ComboBox<String> box, List<String> columns, String port) {
        box.setPromptText(columns.isEmpty() ? "type a column name" : "choose a column of '" + port + "'");
        box.setTooltip(new Tooltip(columns.isEmpty()
                ? "The columns of input '" + port + "' are known once it is wired to data whose columns can be read; "
                + "until then type the name."
                : columns.size() + " columns arrive at input '" + port + "'"));
    }

    private static void commit(ComboBox<String> box, String text, Function<String, String> apply) {
        String value = text == null ? "" : text.trim();
        String refused = apply.apply(value);
        mark(box, refused);
    }

    /** Several columns: comma-separated text, plus a menu of the input's columns to tick. */
    public static Node list(String current, ObservableList<String> columns, String port, Function<String, String> apply) {
        TextField field = new TextField(current);
        field.setPromptText("columns, separated by commas");
        MenuButton pick = new MenuButton("Pick");
        pick.setId("column-pick");
        pick.setOnShowing(e -> {
            List<String> chosen = parse(field.getText());
            List<MenuItem> items = new ArrayList<>();
            for (String column : columns) {
                CheckMenuItem item = new CheckMenuItem(column);
                item.setSelected(chosen.contains(column));
                item.setOnAction(a -> {
                    List<String> now = new ArrayList<>(parse(field.getText()));
                    if (item.isSelected() && !now.contains(column)) {
                        now.add(column);
                    } else if (!item.isSelected()) {
                        now.remove(column);
                    }
                    field.setText(String.join(", ", now));
                    mark(field, apply.apply(field.getText()));
                });
                items.add(item);
            }
            if (items.isEmpty()) {
                MenuItem none = new MenuItem("columns unknown until the input is configured: type them");
                none.setDisable(true);
                items.add(none);
            }
            pick.getItems().setAll(items);
        });
        pick.setTooltip(new Tooltip("Tick the columns of input '" + port + "'"));
        field.setOnAction(e -> mark(field, apply.apply(field.getText())));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                mark(field, apply.apply(field.getText()));
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(4, field, pick);
    }

    private static List<String> parse(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static void mark(Node node, String refusal) {
        if (refusal == null) {
            node.getStyleClass().remove("invalid");
        } else if (!node.getStyleClass().contains("invalid")) {
            node.getStyleClass().add("invalid");
        }
    }
}
