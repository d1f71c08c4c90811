package io.pipewright.app;

import io.pipewright.app.project.OpenedPipeline;
import io.pipewright.app.project.ProjectController;
import io.pipewright.app.project.RunNotifier;
import io.pipewright.app.project.WelcomeView;
import io.pipewright.app.project.WindowLayout;
import io.pipewright.exec.RunResult;
import io.pipewright.store.ProjectSummary;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import io.pipewright.app.history.HistoryView;
import io.pipewright.app.history.WorkspaceHistory;
import io.pipewright.app.results.ViewTasks;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The designer window: menus, toolbar, palette, canvas, inspector and the bottom dock wired to one
 * document, with the welcome page laid over the designer while nothing is chosen yet. Project and
 * file actions live in {@link ProjectController}; runs in {@link RunController}.
 */
public final class MainWindow {
    private final PipelineDocumentViewModel document;
    private final RunController runs;
    private final ProjectController projects;
    private final WindowLayout layout;
    private final BorderPane root = new BorderPane();
    private final CanvasView canvas;
    private final SplitPane main;
    private final SplitPane centre;
    private final StackPane canvasHost;
    private final WelcomeView welcome;
    private final RunNotifier notifier;
    private final ViewTasks viewTasks = ViewTasks.daemon("pipewright-views", javafx.application.Platform::runLater);
    private final HistoryView history;
    private final ResultsView results;
    private Stage stage;
    private ToolBar toolBar;
    private Menu toolsMenu;

    /**
     * @param layout where the window's size and dock dividers are remembered; null remembers nothing
     * @param popups whether a finished run also shows a ControlsFX notification beside the window
     */
    public MainWindow(PipelineDocumentViewModel document, RunController runs, ProjectController projects,
                      WindowLayout layout, boolean popups) {
        this.document = document;
        this.runs = runs;
        this.projects = projects;
        this.layout = layout;
        this.canvas = new CanvasView(document);
        PaletteView palette = new PaletteView(document.catalog(), d -> document.addNode(d, canvas.visibleCentre()));
        InspectorView inspector = new InspectorView(document, viewTasks);
        results = new ResultsView(document, viewTasks);
        results.followPortClicks(canvas);
        history = new HistoryView(viewTasks, () -> document.pipeline().name());
        history.setOnOpen(this::openFromHistory);
        // The History dock lists the open project's runs (every run when a plain file is open).
        projects.currentProperty().addListener((obs, old, now) -> history.setProject(now == null ? null : now.project()));
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

        canvasHost = new StackPane(canvas);
        canvasHost.setMinSize(0, 0);
        centre = new SplitPane(canvasHost, dock);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.6);
        main = new SplitPane(palette, centre, inspector);
        main.setDividerPositions(0.16, 0.79);
        SplitPane.setResizableWithParent(palette, false);
        SplitPane.setResizableWithParent(inspector, false);

        welcome = new WelcomeView(projects);
        Runnable refreshWelcome = () -> welcome.show(projects.welcomeProperty().get(), projects.currentProperty().get() != null
                || document.fileProperty().get() != null);
        projects.welcomeProperty().addListener((obs, old, now) -> refreshWelcome.run());
        projects.welcomeShownProperty().addListener((obs, old, now) -> refreshWelcome.run());
        welcome.visibleProperty().bind(projects.welcomeShownProperty());
        StackPane body = new StackPane(main, welcome);

        notifier = new RunNotifier(() -> stage, canvasHost, popups);
        document.lastResultProperty().addListener((obs, old, now) -> {
            if (now != null) {
                notifier.finished(now);
            }
        });
        document.pipelineProperty().addListener((obs, old, now) -> {
            if (old == null || !old.nodes().equals(now.nodes()) || !old.edges().equals(now.edges())) {
                runs.validate();
            }
        });
        projects.attach(() -> stage, () -> {
            runs.validate();
            Platform.runLater(canvas::fit);
        });
        root.setTop(new VBox(menuBar(), toolbar()));
        root.setCenter(body);
        root.setBottom(statusBar());
    }

    private MenuBar menuBar() {
        Menu recent = new Menu("Recent projects");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (ProjectSummary p : projects.recent()) {
                recent.getItems().add(item(p.project().name(), null, () -> projects.openProject(p.project().name())));
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        projects.recent().addListener((ListChangeListener<ProjectSummary>) c -> fillRecent.run());
        fillRecent.run();
        Menu file = new Menu("_File", null,
                item("_New project\u2026", shortcut(KeyCode.N), projects::newProject),
                item("_Open project\u2026", shortcut(KeyCode.O), projects::chooseProject),
                item("Open _file\u2026", shortcut(KeyCode.O, KeyCombination.SHIFT_DOWN), projects::openFile),
                recent,
                new SeparatorMenuItem(),
                item("_Save", shortcut(KeyCode.S), () -> projects.save(null)),
                item("Save with _message\u2026", shortcut(KeyCode.S, KeyCombination.SHIFT_DOWN), projects::saveWithMessage),
                new SeparatorMenuItem(),
                item("_Import pipeline file\u2026", null, projects::importFile),
                item("_Export pipeline file\u2026", shortcut(KeyCode.E), projects::exportFile),
                new SeparatorMenuItem(),
                item("_Welcome page", null, projects::showWelcome),
                new SeparatorMenuItem(),
                item("_Quit", shortcut(KeyCode.Q), this::requestClose));
        file.setId("menu-file");
        MenuItem undo = item("_Undo", shortcut(KeyCode.Z), document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        MenuItem redo = item("_Redo", shortcut(KeyCode.Y), document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        MenuItem delete = item("_Delete selection (Del)", null, document::deleteSelected);
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), delete);
        Menu view = new Menu("_View", null,
                item("Zoom _in", shortcut(KeyCode.EQUALS), () -> canvas.zoomBy(1.25)),
                item("Zoom _out", shortcut(KeyCode.MINUS), () -> canvas.zoomBy(0.8)),
                item("_Fit to window", shortcut(KeyCode.DIGIT0), canvas::fit));
        MenuItem runAll = item("Run _all", new KeyCodeCombination(KeyCode.F5), runs::runAll);
        MenuItem runTo = item("Run _to here (selected node)", new KeyCodeCombination(KeyCode.F6), runs::runToSelected);
        MenuItem stop = item("_Stop (Esc)", new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN), runs::stop);
        runAll.disableProperty().bind(nothingToRun());
        runTo.disableProperty().bind(document.runningProperty().or(document.selectedNodeIdProperty().isNull()));
        stop.disableProperty().bind(document.runningProperty().not());
        Menu run = new Menu("_Run", null, runAll, runTo, stop);
        run.setId("menu-run");
        toolsMenu = new Menu("_Tools");
        toolsMenu.setVisible(false);
        return new MenuBar(file, edit, view, run, toolsMenu);
    }

    private static KeyCombination shortcut(KeyCode code, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] modifiers = new KeyCombination.Modifier[more.length + 1];
        modifiers[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, modifiers, 1, more.length);
        return new KeyCodeCombination(code, modifiers);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(true);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private ToolBar toolbar() {
        Button create = button("New", "Create a project (Ctrl+N)", "tool-new", projects::newProject);
        Button open = button("Open", "Open a project of the workspace (Ctrl+O)", "tool-open", projects::chooseProject);
        Button save = button("Save", "Save the pipeline as a new revision of its project (Ctrl+S)", "tool-save",
                () -> projects.save(null));
        Button undo = button("Undo", "Undo the last edit (Ctrl+Z)", "tool-undo", document::undo);
        undo.disableProperty().bind(document.canUndoProperty().not());
        Button redo = button("Redo", "Redo the edit undone last (Ctrl+Y)", "tool-redo", document::redo);
        redo.disableProperty().bind(document.canRedoProperty().not());
        undo.getTooltip().textProperty().bind(document.undoTextProperty().concat(" (Ctrl+Z)"));
        redo.getTooltip().textProperty().bind(document.redoTextProperty().concat(" (Ctrl+Y)"));
        Button delete = button("Delete", "Delete the selected nodes with their wires, and the selected wires (Del)", "tool-delete", document::deleteSelected);
        delete.disableProperty().bind(Bindings.isEmpty(document.selectedNodes())
                .and(Bindings.isEmpty(document.selectedEdges())));
        Button run = button("\u25B6  Run", "Run the whole pipeline (F5)", "tool-run", runs::runAll);
        run.getStyleClass().add("run-button");
        run.disableProperty().bind(nothingToRun());
        Button runTo = button("Run to here", "Run the selected node and only the nodes it needs (F6)", "tool-run-to",
                runs::runToSelected);
        runTo.disableProperty().bind(document.runningProperty().or(document.selectedNodeIdProperty().isNull()));
        Button stop = button("\u25A0  Stop", "Stop the run (Esc)", "tool-stop", runs::stop);
        stop.disableProperty().bind(document.runningProperty().not());
        Button fit = button("Fit", "Show the whole pipeline (Ctrl+0)", "tool-fit", canvas::fit);
        Button arrange = button("Layout", "Arrange the nodes left to right, without overlaps (undoable)", "tool-layout",
                canvas::autoLayout);
        ToggleButton snap = new ToggleButton("Snap");
        snap.setId("tool-snap");
        snap.setTooltip(new Tooltip("Snap moved nodes to a 20-unit grid"));
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        Label zoomLevel = new Label();
        zoomLevel.setId("zoom-level");
        zoomLevel.textProperty().bind(canvas.zoomProperty().multiply(100).asString("%.0f%%"));
        Button zoomIn = button("+", "Zoom in (Ctrl+=, or Ctrl+mouse wheel)", "tool-zoom-in", () -> canvas.zoomBy(1.25));
        Button zoomOut = button("\u2212", "Zoom out (Ctrl+-)", "tool-zoom-out", () -> canvas.zoomBy(0.8));
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button home = button("Welcome", "Samples and recent projects", "tool-welcome", projects::showWelcome);
        toolBar = new ToolBar(create, open, save, new Separator(), undo, redo, delete, new Separator(), run, runTo, stop,
                new Separator(), zoomOut, zoomLevel, zoomIn, fit, arrange, snap, spacer, home);
        return toolBar;
    }

    /** Run is off while a run is going, and when there is nothing on the canvas (e.g. on the welcome page). */
    private javafx.beans.binding.BooleanBinding nothingToRun() {
        return document.runningProperty().or(Bindings.createBooleanBinding(() -> document.pipeline().nodes().isEmpty(),
                document.pipelineProperty()));
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
        bar.setId("status-bar");
        bar.textProperty().bind(Bindings.createStringBinding(() -> {
            int nodes = document.pipeline().nodes().size();
            int edges = document.pipeline().edges().size();
            RunResult last = document.lastResultProperty().get();
            String state = document.runningProperty().get() ? "running\u2026"
                    : last == null ? "ready"
                    : String.format(Locale.ROOT, "last run %s in %.2f s", last.status().word(), last.seconds());
            return nodes + " nodes, " + edges + " wires  \u00b7  " + state;
        }, document.pipelineProperty(), document.runningProperty(), document.lastResultProperty()));
        bar.progressProperty().bind(runs.progressProperty());
        Label project = new Label();
        project.setId("status-project");
        project.getStyleClass().add("status-project");
        project.textProperty().bind(Bindings.createStringBinding(() -> {
            OpenedPipeline open = projects.currentProperty().get();
            if (open == null) {
                Path file = document.fileProperty().get();
                return file == null ? "no project" : "file " + file.getFileName();
            }
            return "project " + open.project() + "  \u00b7  " + (open.revision() == 0 ? "not saved yet" : "revision " + open.revision());
        }, projects.currentProperty(), document.fileProperty()));
        Label catalog = new Label(document.catalog().all().size() + " node types");
        bar.getRightItems().addAll(project, new Separator(Orientation.VERTICAL), catalog);
        return bar;
    }

    /** Adds a tool window's button at the right end of the toolbar and an item to the Tools menu, e.g. Monitoring. */
    public void addTool(String text, String tip, String id, Runnable action) {
        toolBar.getItems().add(button(text, tip, id, action));
        toolsMenu.getItems().add(item(text, null, action));
        toolsMenu.setVisible(true);
    }

    private StringBinding title() {
        return Bindings.createStringBinding(() -> {
            OpenedPipeline open = projects.currentProperty().get();
            if (open == null) {
                return document.titleProperty().get();
            }
            return "Pipewright - " + open.project() + " / " + document.pipeline().name()
                    + (document.dirtyProperty().get() ? " *" : "");
        }, projects.currentProperty(), document.titleProperty(), document.pipelineProperty(), document.dirtyProperty());
    }

    public void show(Stage target) {
        this.stage = target;
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("pipewright.css").toExternalForm());
        scene.getStylesheets().add(WelcomeView.class.getResource("project.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                document::redo);
        // Esc stops a run only when nothing else used it (e.g. the canvas cancelling a drag): a handler, not an accelerator.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && document.runningProperty().get()) {
                runs.stop();
                e.consume();
            }
        });
        target.titleProperty().bind(title());
        target.setScene(scene);
        Map<String, SplitPane> docks = Map.of("main", main, "centre", centre);
        if (layout != null) {
            layout.restore(target, docks);
            target.setOnHiding(e -> layout.save(target, docks));
        }
        target.setOnCloseRequest(e -> {
            e.consume();
            requestClose();
        });
        target.show();
        canvas.layout();
        Platform.runLater(canvas::fit);
    }

    /** Closes the window after unsaved changes were saved or let go; Cancel keeps it open. */
    public void requestClose() {
        projects.whenClean(() -> {
            projects.closeCleanly();
            stage.close();
        });
    }

    /** Lists the runs recorded in the workspace folder {@code directory} in the History dock (opened on first use). */
    public void useWorkspace(Path directory) {
        useWorkspace(directory, null);
    }

    /** Lists the runs recorded in the workspace through the window's open workspace {@code shared}. */
    public void useWorkspace(Path directory, java.util.function.Supplier<io.pipewright.store.Workspace> shared) {
        history.setSource(new WorkspaceHistory(directory, shared));
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

    /** Opens a pipeline file outside any project. */
    public void open(Path file) {
        projects.openFile(file);
    }

    /** The document the window edits (for tests). */
    PipelineDocumentViewModel document() {
        return document;
    }

    public ProjectController projects() {
        return projects;
    }

    /** The split panes whose dividers are remembered, by key (for tests). */
    Map<String, SplitPane> docks() {
        return Map.of("main", main, "centre", centre);
    }
}
