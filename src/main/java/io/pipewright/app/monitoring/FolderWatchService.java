package io.pipewright.app.monitoring;

import io.pipewright.batch.BatchOutcome;
import io.pipewright.batch.BatchRunner;
import io.pipewright.batch.FolderWatch;
import io.pipewright.batch.PipelineFiles;
import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunListener;
import io.pipewright.exec.RunOptions;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.Workspace;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The app's watch folder: the same {@link FolderWatch} as {@code pipewright watch}, on a thread of its
 * own (the loop blocks while it waits for files). Outcomes and status lines come back on {@code fx}.
 */
final class FolderWatchService {
    /** What the user asked to watch. */
    record Request(Path folder, Path pipeline, String bindTo, String pattern, String project, boolean newOnly) {
    }

    private final Supplier<Workspace> workspace;
    private final Executor fx;
    private ExecutorService thread;
    private volatile FolderWatch watch;
    private volatile BatchRunner runner;

    /** {@code workspace} is called on the watch thread. */
    FolderWatchService(Supplier<Workspace> workspace, Executor fx) {
        this.workspace = workspace;
        this.fx = fx;
    }

    boolean running() {
        return thread != null && !thread.isShutdown();
    }

    void start(Request request, Consumer<BatchOutcome> onOutcome, Consumer<String> onStatus) {
        stop();
        thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pipewright-watch-folder");
            t.setDaemon(true);
            return t;
        });
        thread.execute(() -> loop(request, onOutcome, onStatus));
    }

    private void loop(Request request, Consumer<BatchOutcome> onOutcome, Consumer<String> onStatus) {
        try (PipelineExecutor executor = PipelineExecutor.withCores(OutputCache.NONE)) {
            String version = FolderWatchService.class.getPackage().getImplementationVersion();
            BatchRunner.Settings settings = new BatchRunner.Settings(request.pipeline(), request.bindTo(), List.of(),
                    request.project(), version == null ? "development" : version, weka.core.Version.VERSION);
            runner = BatchRunner.create(settings, workspace.get(), executor, new RunOptions(Set.of(), false), RunListener.NONE,
                    NodeCatalog.load());
            watch = new FolderWatch(request.folder(), request.pattern(), request.newOnly(), runner, Duration.ofSeconds(1));
            fx.execute(() -> onStatus.accept("watching " + request.folder() + " for " + request.pattern() + " \u2192 project '"
                    + request.project() + "'"));
            watch.watch(outcome -> fx.execute(() -> onOutcome.accept(outcome)));
            fx.execute(() -> onStatus.accept("stopped watching " + request.folder()));
        } catch (PipelineFiles.Invalid | IllegalArgumentException e) {
            fx.execute(() -> onStatus.accept("cannot watch: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fx.execute(() -> onStatus.accept("stopped watching " + request.folder()));
        } catch (Exception e) {
            fx.execute(() -> onStatus.accept("watching " + request.folder() + " stopped: " + e.getMessage()));
        } finally {
            watch = null;
            runner = null;
        }
    }

    /** Stops after cancelling the batch running now (recorded as cancelled, and run again next time). */
    void stop() {
        FolderWatch w = watch;
        BatchRunner r = runner;
        if (w != null) {
            w.stop();
        }
        if (r != null) {
            r.cancel();
        }
        if (thread != null) {
            thread.shutdown();
        }
    }
}
