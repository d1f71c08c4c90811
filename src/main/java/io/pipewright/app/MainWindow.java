package io.pipewright.app;

import io.pipewright.app.history.HistoryView;
import io.pipewright.app.history.WorkspaceHistory;
import io.pipewright.app.results.ViewTasks;
import io.pipewright.format.PipelineFormatException;
import io.pipewright.format.PipelineReader;
import io.pipewright.format.PipelineWriter;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/** The designer window: toolbar, palette, canvas, inspector and the bottom dock, wired to one document. */
public final class MainWindow {
    private final PipelineDocumentViewModel document;
    private final RunController runs;
    private final BorderPane root = new BorderPane();
    private final CanvasView canvas;
    private final ViewTasks viewTasks = ViewTasks.daemon("pipewright-views", javafx.application.Platform::runLater);
    private final HistoryView history;
    private final ResultsView results;
    private Stage stage;

    public MainWindow(PipelineDocumentViewModel document, RunController runs) {
        this.document = document;
        this.runs = runs;
        this.canvas = new CanvasView(document);
        PaletteView palette = new PaletteView(document.catalog(), d -> document.addNode(d, canvas.visibleCentre()));
        InspectorView inspector = new InspectorView(document, viewTasks);
        results = new ResultsView(document, viewTasks);
        results.followPortClicks(canvas);
        history = new HistoryView(viewTasks, () -> document.pipeline().name());
        history.setOnOpen(this::openFromHistory);
        Tab historyTab = new Tab("History", history);
        historyTab.setId("tab-history");
        historyTab.setOnSelectionChanged(e -> { if (historyTab.isSelected()) history.refresh(); });
        document.console().addListener((javafx.collections.ListChangeListener<String>) c -> {
            while (c.next()) { if (c.getAddedSubList().stream().anyMatch(l -> l.startsWith("recorded as run"))) history.refresh(); }
        });

        TabPane dock = new TabPane(new Tab("Console", new ConsoleView(document)), new Tab("Results", results), historyTab);
        dock.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        dock.setId("dock");
        document.lastResultProperty().addListener((obs, old, now) -> {
            if (now != null) {
                dock.getSelectionModel().select(1);
            }
        });

        SplitPane centre = new SplitPane(canvas, dock);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.68);
        SplitPane main = new SplitPane(palette, centre, inspector);
        main.setDividerPositions(0.16, 0.79);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);

        document.pipelineProperty().addListener((obs, old, now) -> {
            if (old == null || !old.nodes().equals(now.nodes()) || !old.edges().equals(now.edges())) {
                runs.validate();
            }
        });
        root.setTop(toolbar());
        root.setCenter(main);
        root.setBottom(statusBar());
    }

    private ToolBar toolbar() {
        Button open = button("Open", "Open a pipeline file (Ctrl+O)", "tool-open", this::openWithChooser);
        Button save = button("Save", "Save the pipeline (Ctrl+S)", "tool-save", this::save);
        Button undo = button("Undo", "Undo the last edit (Ctrl+Z)", "tool-undo", document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        Button redo = button("Redo", "Redo the edit undone last (Ctrl+Y)", "tool-redo", document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        Button delete = button("Delete", "Delete the selected node with its wires, or the selected wire (Del)", "tool-delete", document::deleteSelected);
        delete.disableProperty().bind(document.selectedNodeIdProperty().isNull()
                .and(document.selectedEdgeProperty().isNull()));
        Button run = button("Run", "Run the whole pipeline (F5)", "tool-run", runs::runAll);
        run.getStyleClass().add("run-button");
        run.disableProperty().bind(document.runningProperty());
        Button stop = button("Stop", "Stop the run (Shift+F5)", "tool-stop", runs::stop);
        stop.disableProperty().bind(document.runningProperty().not());
        Button fit = button("Fit", "Show the whole pipeline", "tool-fit", canvas::fit);
        Button zoomIn = button("+", "Zoom in (or use the mouse wheel)", "tool-zoom-in", () -> canvas.zoomBy(1.25));
        Button zoomOut = button("\u2212", "Zoom out", "tool-zoom-out", () -> canvas.zoomBy(0.8));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(open, save, new javafx.scene.control.Separator(), undo, redo, delete,
                new javafx.scene.control.Separator(), run, stop,
                new javafx.scene.control.Separator(), zoomOut, zoomIn, fit, spacer);
    }

    private Button button(String text, String tip, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int nodes = document.pipeline().nodes().size();
            int edges = document.pipeline().edges().size();
            io.pipewright.exec.RunResult last = document.lastResultProperty().get();
            String state = document.runningProperty().get() ? "running"
                    : last == null ? "ready"
                    : String.format(java.util.Locale.ROOT, "last run %s in %.2f s", last.status().word(), last.seconds());
            return nodes + " nodes, " + edges + " wires  ·  " + state;
        }, document.pipelineProperty(), document.runningProperty(), document.lastResultProperty()));
        Label catalog = new Label(document.catalog().all().size() + " node types");
        bar.getRightItems().add(catalog);
        return bar;
    }

    public void show(Stage target) {
        this.stage = target;
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("pipewright.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), runs::runAll);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), runs::stop);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openWithChooser);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), document::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), document::redo);
        canvas.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                document.deleteSelected();
            }
        });
        target.titleProperty().bind(document.titleProperty());
        target.setScene(scene);
        target.show();
        canvas.layout();
        javafx.application.Platform.runLater(canvas::fit);
    }

    /** Lists the runs recorded in the workspace folder {@code directory} in the History dock. */
    public void useWorkspace(Path directory) {
        history.setSource(new WorkspaceHistory(directory));
    }

    /** Lets the Results dock show outputs of nodes the last run served from {@code cache}. */
    public void useOutputCache(io.pipewright.exec.OutputCache cache) {
        results.useCache(cache);
    }

    private void openFromHistory(HistoryView.OpenRequest request) {
        if (request.pipeline() != null) {
            document.open(request.pipeline(), request.file());
            runs.validate();
        } else {
            open(request.file());
        }
        document.log(request.note());
    }

    /** Reads a pipeline file into the document; a file that cannot be read is reported in the console. */
    public void open(Path file) {
        try {
            document.open(new PipelineReader().read(file), file.toAbsolutePath());
            runs.validate();
            javafx.application.Platform.runLater(canvas::fit);
        } catch (PipelineFormatException | IOException e) {
            document.log("cannot open " + file + ": " + e.getMessage());
        }
    }

    private void openWithChooser() {
        FileChooser chooser = chooser();
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    private void save() {
        Path target = document.fileProperty().get();
        if (target == null) {
            File chosen = chooser().showSaveDialog(stage);
            if (chosen == null) {
                return;
            }
            target = chosen.toPath();
        }
        try {
            new PipelineWriter().write(document.pipeline(), target);
            document.markSaved(target);
        } catch (IOException e) {
            document.log("cannot save " + target + ": " + e.getMessage());
        }
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pipewright pipelines", "*.pipeline.json", "*.json"));
        Path current = document.fileProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        return chooser;
    }
}
