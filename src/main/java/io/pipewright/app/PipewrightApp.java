package io.pipewright.app;

import io.pipewright.app.monitoring.MonitoringWindow;
import io.pipewright.app.project.ProjectController;
import io.pipewright.app.project.SampleFolder;
import io.pipewright.app.project.SampleProject;
import io.pipewright.app.project.WindowLayout;
import io.pipewright.app.project.WorkspaceAccess;
import io.pipewright.exec.DiskOutputCache;
import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.node.NodeCatalog;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The desktop app's composition root: builds the catalog, the executor, the workspace access and the
 * document, and wires them into the window. On start it imports the sample projects into the
 * workspace (once each) and shows the welcome page, or opens the pipeline file it was started with.
 * The workspace is {@code $PIPEWRIGHT_HOME}, else {@code ~/.pipewright}; the samples are found by
 * {@link SampleFolder}.
 */
public final class PipewrightApp extends Application {
    static final long CACHE_LIMIT_BYTES = 4L << 30;

    private final NodeCatalog catalog = NodeCatalog.load();
    private PipelineExecutor executor;
    private WorkspaceAccess access;
    private ExecutorService background;

    /** Opens the window and returns when it is closed; {@code Launcher} calls it so only this package imports JavaFX. */
    public static void launchDesktop(String[] args) {
        Application.launch(PipewrightApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Path home = home();
        DiskOutputCache cache = new DiskOutputCache(home.resolve("cache"), CACHE_LIMIT_BYTES);
        executor = PipelineExecutor.withCores(cache);
        List<String> files = getParameters().getUnnamed();
        MainWindow window = create(executor, home, PipewrightApp::samples, WindowLayout.forUser(), true);
        window.useOutputCache(cache);
        window.addTool("Monitoring", "Drift and metrics over the recorded runs of a project; watch a folder of batches",
                "tool-monitoring", () -> MonitoringWindow.open(home, access::get));
        window.show(stage);
        window.projects().startUp(files.isEmpty() ? null : Path.of(files.get(0)));
    }

    /** Builds a window around the given executor and workspace; nothing is opened yet. */
    MainWindow create(PipelineExecutor engine, Path workspaceDir, Supplier<List<SampleProject>> samples, WindowLayout layout,
                      boolean popups) {
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pipewright-app-tasks");
            t.setDaemon(true);
            return t;
        });
        access = new WorkspaceAccess(workspaceDir);
        PipelineDocumentViewModel document = new PipelineDocumentViewModel(catalog);
        ProjectController projects = new ProjectController(document, access, catalog, background, Platform::runLater, samples);
        RunController runs = new RunController(document, engine, background, Platform::runLater,
                new WorkspaceRecorder(access, catalog), projects::currentProject);
        MainWindow window = new MainWindow(document, runs, projects, layout, popups);
        window.useWorkspace(workspaceDir, access::get);
        return window;
    }

    /** For tests: a window with no output cache and a throwaway workspace, opening {@code file}. */
    static MainWindow createForTest(Stage stage, Path file) {
        try {
            Path workspace = Files.createTempDirectory("pipewright-test-workspace");
            MainWindow window = createForTest(stage, workspace, List::of);
            window.open(file);
            return window;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For tests: a window with no output cache on {@code workspace}, started as the app starts (samples, welcome page). */
    static MainWindow createForTest(Stage stage, Path workspace, Supplier<List<SampleProject>> samples) {
        PipewrightApp app = new PipewrightApp();
        app.executor = PipelineExecutor.withCores(OutputCache.NONE);
        MainWindow window = app.create(app.executor, workspace, samples, null, false);
        window.show(stage);
        return window;
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (background == null) {
            return;
        }
        background.execute(access::close);
        background.shutdown();
        try {
            // The window is gone: waiting here lets a pending recording finish and the database close cleanly.
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<SampleProject> samples() {
        return SampleFolder.locate().map(SampleFolder::list).orElse(List.of());
    }

    private static Path home() {
        String env = System.getenv("PIPEWRIGHT_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".pipewright");
    }
}
