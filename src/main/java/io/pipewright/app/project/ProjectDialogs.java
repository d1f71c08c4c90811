package io.pipewright.app.project;

import io.pipewright.store.ProjectSummary;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** The project dialogs: new project (validated as it is typed), open project, save with a message, recovery. */
public final class ProjectDialogs {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ProjectDialogs() {
    }

    /** Asks for a new project's name and description; OK stays disabled while the name is not allowed. */
    public static Optional<String[]> newProject(Window owner, List<String> existing) {
        Dialog<String[]> dialog = dialog(owner, "New project", "Name the project. Its pipelines, data and runs are kept "
                + "together in the workspace.");
        TextField name = new TextField();
        name.setId("new-project-name");
        name.setPromptText("e.g. Churn model");
        TextField description = new TextField();
        description.setId("new-project-description");
        description.setPromptText("optional: what the project is for");
        Label problem = new Label();
        problem.setId("new-project-problem");
        problem.getStyleClass().add("param-error");
        problem.setWrapText(true);
        VBox form = new VBox(6, label("Name"), name, problem, label("Description"), description);
        form.setPrefWidth(420);
        dialog.getDialogPane().setContent(form);
        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        var createButton = dialog.getDialogPane().lookupButton(create);
        Runnable check = () -> {
            Optional<String> why = ProjectNames.problem(name.getText(), existing);
            problem.setText(name.getText().isEmpty() ? "" : why.orElse(""));
            createButton.setDisable(why.isPresent());
        };
        name.textProperty().addListener((obs, old, now) -> check.run());
        check.run();
        dialog.setResultConverter(b -> b == create ? new String[] {name.getText(), description.getText().strip()} : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    /** Lists the workspace's projects; returns the one chosen. */
    public static Optional<String> openProject(Window owner, List<ProjectSummary> projects) {
        Dialog<String> dialog = dialog(owner, "Open project", projects.isEmpty()
                ? "The workspace has no projects yet: create one with New project."
                : "Choose a project. Its most recently saved pipeline opens.");
        TableView<ProjectSummary> table = new TableView<>();
        table.setId("open-project-table");
        table.getItems().setAll(projects);
        table.getColumns().add(column("Project", 180, p -> p.project().name()));
        table.getColumns().add(column("Description", 260, p -> p.project().description()));
        table.getColumns().add(column("Pipelines", 70, p -> Integer.toString(p.pipelines())));
        table.getColumns().add(column("Runs", 60, p -> Long.toString(p.runs())));
        table.getColumns().add(column("Changed", 130, p -> WHEN.format(p.project().updatedAt())));
        table.setPrefSize(720, 320);
        dialog.getDialogPane().setContent(table);
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(table.getSelectionModel().getSelectedItem().project().name());
                dialog.close();
            }
        });
        dialog.setResultConverter(b -> b == open && table.getSelectionModel().getSelectedItem() != null
                ? table.getSelectionModel().getSelectedItem().project().name() : null);
        return dialog.showAndWait();
    }

    /** Asks for the message of the revision a save creates (empty is allowed). */
    public static Optional<String> saveMessage(Window owner, String project) {
        Dialog<String> dialog = dialog(owner, "Save with a message", "Describe this revision of '" + project
                + "' (what changed and why). You will find it in the history.");
        TextArea message = new TextArea();
        message.setId("save-message");
        message.setPrefRowCount(3);
        message.setWrapText(true);
        dialog.getDialogPane().setContent(message);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == save ? message.getText() : null);
        Platform.runLater(message::requestFocus);
        return dialog.showAndWait();
    }

    /** Offers unsaved work found after a crash; true to recover it. */
    public static boolean recover(Window owner, RecoveryState state, String where) {
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Pipewright did not close normally. Unsaved changes to "
                + where + " from " + WHEN.format(state.writtenAt()) + " were kept.\n\nRecover them? Discarding deletes "
                + "them for good.", recover, discard);
        alert.initOwner(owner);
        alert.setTitle("Recover unsaved changes");
        alert.setHeaderText("Recover unsaved changes?");
        return alert.showAndWait().filter(recover::equals).isPresent();
    }

    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Pipewright");
        alert.setHeaderText(header);
        alert.show();
    }

    private static <T> Dialog<T> dialog(Window owner, String title, String header) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        return dialog;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("param-label");
        return label;
    }

    private static TableColumn<ProjectSummary, String> column(String name, double width,
                                                              java.util.function.Function<ProjectSummary, String> value) {
        TableColumn<ProjectSummary, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }
}
