package io.pipewright.app;

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
    private Stage stage;

    public MainWindow(PipelineDocumentViewModel document, RunController runs) {
        this.document = document;
        this.runs = runs;
        this.canvas = new CanvasView(document);
        PaletteView palette = new PaletteView(document.catalog(), d -> document.addNode(d, canvas.visibleCentre()));
        InspectorView inspector = new InspectorView(document);

        TabPane dock = new TabPane(new Tab("Console", new ConsoleView(document)), new Tab("Results", new ResultsView(document)));
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
        undo.getTooltip().textProperty().bind(document.undoTextProperty().concat(" (Ctrl+Z)"));
        redo.getTooltip().textProperty().bind(document.redoTextProperty().concat(" (Ctrl+Y)"));
        Button delete = button("Delete", "Delete the selected nodes with their wires, and the selected wires (Del)", "tool-delete", document::deleteSelected);
        delete.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(document.selectedNodes())
                .and(javafx.beans.binding.Bindings.isEmpty(document.selectedEdges())));
        Button run = button("Run", "Run the whole pipeline (F5)", "tool-run", runs::runAll);
        run.getStyleClass().add("run-button");
        run.disableProperty().bind(document.runningProperty());
        Button stop = button("Stop", "Stop the run (Shift+F5)", "tool-stop", runs::stop);
        stop.disableProperty().bind(document.runningProperty().not());
        Button fit = button("Fit", "Show the whole pipeline", "tool-fit", canvas::fit);
        Button layout = button("Layout", "Arrange the nodes left to right (undoable)", "tool-layout", canvas::autoLayout);
        javafx.scene.control.ToggleButton snap = new javafx.scene.control.ToggleButton("Snap");
        snap.setId("tool-snap");
        snap.setTooltip(new Tooltip("Snap moved nodes to a 20-unit grid"));
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        Label zoomLevel = new Label();
        zoomLevel.setId("zoom-level");
        zoomLevel.textProperty().bind(canvas.zoomProperty().multiply(100).asString("%.0f%%"));
        Button zoomIn = button("+", "Zoom in (or use the mouse wheel)", "tool-zoom-in", () -> canvas.zoomBy(1.25));
        Button zoomOut = button("\u2212", "Zoom out", "tool-zoom-out", () -> canvas.zoomBy(0.8));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(open, save, new javafx.scene.control.Separator(), undo, redo, delete,
                new javafx.scene.control.Separator(), run, stop,
                new javafx.scene.control.Separator(), zoomOut, zoomLevel, zoomIn, fit, layout, snap, spacer);
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
        target.titleProperty().bind(document.titleProperty());
        target.setScene(scene);
        target.show();
        canvas.layout();
        javafx.application.Platform.runLater(canvas::fit);
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
