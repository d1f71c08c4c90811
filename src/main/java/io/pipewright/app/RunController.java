package io.pipewright.app;

import io.pipewright.exec.Compilation;
import io.pipewright.exec.PipelineCompiler;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunHandle;
import io.pipewright.exec.RunOptions;
import io.pipewright.graph.Pipeline;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * Compiles and runs the open pipeline without ever blocking the FX thread: compilation (which may read
 * file headers) happens on a background thread, the run on the {@link PipelineExecutor}, and every
 * result comes back through the {@code fxThread} executor or the {@link FxRunListener}.
 */
public final class RunController {
    private final PipelineDocumentViewModel document;
    private final PipelineExecutor executor;
    private final ExecutorService background;
    private final Executor fxThread;
    private final WorkspaceRecorder recorder;
    private RunHandle current;
    private boolean busy;

    /**
     * @param recorder where finished runs are recorded; null records nothing
     */
    RunController(PipelineDocumentViewModel document, PipelineExecutor executor, ExecutorService background,
                  Executor fxThread, WorkspaceRecorder recorder) {
        this.document = document;
        this.executor = executor;
        this.background = background;
        this.fxThread = fxThread;
        this.recorder = recorder;
    }

    /** Starts a run of the pipeline as it is now (a snapshot); ignored while a run is going. */
    public CompletableFuture<Void> runAll() {
        // Between the click and the run's first event the document does not yet say "running".
        if (busy || document.runningProperty().get()) {
            return CompletableFuture.completedFuture(null);
        }
        busy = true;
        Pipeline snapshot = document.pipeline();
        Path file = document.fileProperty().get();
        Path baseDir = file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
        document.log("compiling " + snapshot.name() + " ...");
        return CompletableFuture
                .supplyAsync(() -> new PipelineCompiler(document.catalog()).compile(snapshot, baseDir), background)
                .thenAcceptAsync(compilation -> startOrReport(compilation, file, baseDir), fxThread)
                .whenCompleteAsync((started, failure) -> {
                    if (failure != null) {
                        busy = false;
                        document.log("the run could not start: " + failure.getMessage());
                    }
                }, fxThread);
    }

    /** Checks the pipeline as it is now in the background and shows what is wrong before any run. */
    public void validate() {
        Pipeline snapshot = document.pipeline();
        Path file = document.fileProperty().get();
        Path baseDir = file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
        CompletableFuture
                .supplyAsync(() -> new PipelineCompiler(document.catalog()).compile(snapshot, baseDir), background)
                .thenAcceptAsync(compilation -> {
                    if (document.pipeline() == snapshot) {
                        document.showValidation(compilation.problems());
                    }
                }, fxThread);
    }

    private void startOrReport(Compilation compilation, Path file, Path baseDir) {
        if (!compilation.ok()) {
            busy = false;
            document.showProblems(compilation.problems());
            document.log(compilation.problems().size() + " problem(s): fix them in the inspector, then run again");
            return;
        }
        current = executor.start(compilation.compiled(), RunOptions.DEFAULT, new FxRunListener(fxThread, document::apply));
        current.result().whenCompleteAsync((result, failure) -> busy = false, fxThread);
        if (recorder != null) {
            Pipeline ran = compilation.compiled().pipeline();
            current.result().thenApplyAsync(result -> {
                try {
                    return "recorded as run " + recorder.record(ran, file, baseDir, result) + " in " + recorder.directory();
                } catch (RuntimeException e) {
                    return "the run could not be recorded in " + recorder.directory() + ": " + e.getMessage();
                }
            }, background).thenAcceptAsync(document::log, fxThread);
        }
    }

    /** Asks the current run to stop; the nodes report "cancelled" through the normal events. */
    public void stop() {
        if (current != null && document.runningProperty().get()) {
            document.log("stopping ...");
            current.cancel();
        }
    }
}
