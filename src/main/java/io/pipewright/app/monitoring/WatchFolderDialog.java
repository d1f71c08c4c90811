package io.pipewright.app.monitoring;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;

/** Asks which folder to watch, which pipeline to run on each batch, and where the batch goes in it. */
final class WatchFolderDialog extends Dialog<FolderWatchService.Request> {
    private final TextField folder = new TextField();
    private final TextField pipeline = new TextField();
    private final TextField bindTo = new TextField("load.path");
    private final TextField pattern = new TextField("*.csv");
    private final TextField project = new TextField();
    private final CheckBox newOnly = new CheckBox("only files that arrive from now on");

    WatchFolderDialog(Window owner, String currentProject) {
        initOwner(owner);
        setTitle("Watch folder");
        setHeaderText("Run a monitoring pipeline on every batch file dropped in a folder;\n"
                + "each run is recorded in the project and appears in this view.");
        project.setText(currentProject == null ? "" : currentProject);
        folder.setPrefColumnCount(32);
        bindTo.setPromptText("NODE.PARAM, e.g. load.path");
        Button browseFolder = new Button("Browse\u2026");
        browseFolder.setOnAction(e -> {
            File dir = new DirectoryChooser().showDialog(getDialogPane().getScene().getWindow());
            if (dir != null) {
                folder.setText(dir.getAbsolutePath());
                if (project.getText().isBlank()) {
                    project.setText(dir.getName());
                }
            }
        });
        Button browsePipeline = new Button("Browse\u2026");
        browsePipeline.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pipewright pipelines", "*.pipeline.json", "*.json"));
            File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (file != null) {
                pipeline.setText(file.getAbsolutePath());
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Folder"), folder, browseFolder);
        grid.addRow(1, new Label("Pipeline"), pipeline, browsePipeline);
        grid.addRow(2, new Label("Batch goes to"), bindTo);
        grid.addRow(3, new Label("File pattern"), pattern);
        grid.addRow(4, new Label("Project"), project);
        grid.add(newOnly, 1, 5);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(folder.textProperty().isEmpty()
                .or(pipeline.textProperty().isEmpty()).or(bindTo.textProperty().isEmpty())
                .or(project.textProperty().isEmpty()).or(pattern.textProperty().isEmpty()));
        setResultConverter(button -> button == ButtonType.OK ? request() : null);
    }

    /** The folder and pipeline are checked when the watch starts; what is wrong shows in the status line. */
    private FolderWatchService.Request request() {
        return new FolderWatchService.Request(Path.of(folder.getText().strip()), Path.of(pipeline.getText().strip()),
                bindTo.getText().strip(), pattern.getText().strip(), project.getText().strip(), newOnly.isSelected());
    }
}
