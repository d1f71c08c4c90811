package io.pipewright.app;

import io.pipewright.exec.DiskOutputCache;
import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.node.NodeCatalog;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The desktop app's composition root: builds the catalog, the executor and the document, wires them
 * into the window, and opens the iris sample on start (from {@code sample-projects/} in the working
 * directory, or the folder named by the system property {@code pipewright.samples}).
 */
public final class PipewrightApp extends Application {
    static final long CACHE_LIMIT_BYTES = 4L << 30;

    private final NodeCatalog catalog = NodeCatalog.load();
    private PipelineExecutor executor;
    private WorkspaceRecorder recorder;
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
        recorder = new WorkspaceRecorder(home, catalog);
        List<String> files = getParameters().getUnnamed();
        MainWindow window = create(executor, recorder, files.isEmpty() ? startFile() : Path.of(files.get(0)));
        window.useWorkspace(home);
        window.useOutputCache(cache);
        window.show(stage);
    }

    /** Builds a window around the given executor and opens {@code file} if it is not null. */
    MainWindow create(PipelineExecutor engine, WorkspaceRecorder runRecorder, Path file) {
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pipewright-app-tasks");
            t.setDaemon(true);
            return t;
        });
        PipelineDocumentViewModel document = new PipelineDocumentViewModel(catalog);
        MainWindow window = new MainWindow(document, new RunController(document, engine, background, Platform::runLater,
                runRecorder));
        if (file != null) {
            window.open(file);
        }
        return window;
    }

    /** For tests: a window with no output cache, opening {@code file}. */
    static MainWindow createForTest(Stage stage, Path file) {
        PipewrightApp app = new PipewrightApp();
        app.executor = PipelineExecutor.withCores(OutputCache.NONE);
        MainWindow window = app.create(app.executor, null, file);
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
        if (recorder != null) {
            background.execute(recorder::close);
        }
        background.shutdown();
        try {
            // The window is gone: waiting here lets a pending recording finish and the database close cleanly.
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path startFile() {
        String samples = System.getProperty("pipewright.samples");
        Path dir = samples != null ? Path.of(samples) : Path.of("sample-projects");
        Path iris = dir.resolve("iris").resolve("iris-j48.pipeline.json");
        return Files.isRegularFile(iris) ? iris : null;
    }

    private static Path home() {
        String env = System.getenv("PIPEWRIGHT_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".pipewright");
    }
}
