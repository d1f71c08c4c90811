package io.pipewright.app.monitoring;

import io.pipewright.app.models.ModelsView;
import io.pipewright.batch.BatchOutcome;
import io.pipewright.app.project.WorkspaceAccess;
import io.pipewright.store.Workspace;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The Monitoring window: a menu (refresh, export the chart or heat map as PNG, watch a folder) over a
 * {@link MonitoringView} of the workspace in {@code directory}. Opened from the designer it shares the
 * designer's workspace; standalone (tests) it opens its own on its background thread and closes it with
 * the window.
 */
public final class MonitoringWindow {
    private final Stage stage;
    private final Path directory;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pipewright-monitoring");
        t.setDaemon(true);
        return t;
    });
    private final MonitoringView view;
    private final FolderWatchService watcher;
    private final ModelsView models;
    /** The window's own connection when it was opened standalone; null when it shares the designer's. */
    private final WorkspaceAccess own;
    private final Supplier<Workspace> workspace;

    MonitoringWindow(Stage stage, Path directory, Supplier<Workspace> shared) {
        this.stage = stage;
        this.directory = directory;
        this.own = shared == null ? new WorkspaceAccess(directory) : null;
        // Opened on first use, on the background thread (or the watch thread): never on the FX thread.
        this.workspace = shared == null ? own::get : shared;
        this.view = new MonitoringView(background, Platform::runLater, workspace);
        this.watcher = new FolderWatchService(workspace, Platform::runLater);
        this.models = new ModelsView(background, Platform::runLater, workspace);
        Tab modelsTab = new Tab("Models", models);
        modelsTab.setOnSelectionChanged(e -> {
            if (modelsTab.isSelected()) {
                models.refresh();
            }
        });
        TabPane tabs = new TabPane(new Tab("Drift and metrics", view), modelsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane root = new BorderPane(tabs);
        root.setTop(menu());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1320, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().add(io.pipewright.app.MainWindow.class.getResource("pipewright.css").toExternalForm());
        scene.getStylesheets().add(MonitoringWindow.class.getResource("monitoring.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), view::refresh);
        stage.setScene(scene);
        stage.setTitle("Monitoring \u2014 " + directory);
        stage.setOnHidden(e -> close());
    }

    /** Opens a Monitoring window on the workspace in {@code directory} and loads it. */
    public static MonitoringWindow open(Path directory) {
        return open(directory, null);
    }

    /** Opens a Monitoring window over a workspace the caller keeps open ({@code shared}, or its own when null). */
    public static MonitoringWindow open(Path directory, Supplier<Workspace> shared) {
        return show(new Stage(), directory, shared);
    }

    static MonitoringWindow show(Stage stage, Path directory) {
        return show(stage, directory, null);
    }

    private static MonitoringWindow show(Stage stage, Path directory, Supplier<Workspace> shared) {
        MonitoringWindow window = new MonitoringWindow(stage, directory, shared);
        stage.show();
        window.view.refresh();
        return window;
    }

    MonitoringView view() {
        return view;
    }

    private MenuBar menu() {
        MenuItem refresh = item("Refresh", "menu-monitor-refresh", view::refresh);
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        MenuItem exportChart = item("Export metric chart as PNG\u2026", "menu-export-chart", () -> exportWithChooser(view.chart(),
                "metric-chart.png"));
        MenuItem exportHeat = item("Export drift heat map as PNG\u2026", "menu-export-heatmap", () -> exportWithChooser(view.heatMap(),
                "drift-heatmap.png"));
        MenuItem watch = item("Watch folder\u2026", "menu-watch-folder", this::watchFolder);
        MenuItem stop = item("Stop watching", "menu-stop-watching", () -> {
            watcher.stop();
            view.setStatus("stopping the watch after the batch running now \u2026");
        });
        MenuItem close = item("Close", "menu-monitor-close", stage::close);
        Menu menu = new Menu("Monitoring", null, refresh, new SeparatorMenuItem(), exportChart, exportHeat,
                new SeparatorMenuItem(), watch, stop, new SeparatorMenuItem(), close);
        return new MenuBar(menu);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Writes a PNG of {@code chart}; on the FX thread. */
    void export(Node chart, Path file) throws IOException {
        PngExport.write(chart, file);
    }

    private void exportWithChooser(Node chart, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        try {
            export(chart, file.toPath());
            view.setStatus("saved " + file);
        } catch (IOException e) {
            view.setStatus("cannot save " + file + ": " + e.getMessage());
        }
    }

    private void watchFolder() {
        new WatchFolderDialog(stage, view.project()).showAndWait().ifPresent(request ->
                watcher.start(request, this::batchDone, view::setStatus));
    }

    private void batchDone(BatchOutcome outcome) {
        view.refresh().thenRun(() -> view.setStatus("watch: " + outcome.line()));
    }

    private void close() {
        if (background.isShutdown()) {
            return;
        }
        watcher.stop();
        if (own != null) {
            background.execute(own::close);
        }
        background.shutdown();
    }
}
