package io.pipewright.app;

import io.pipewright.exec.Compilation;
import io.pipewright.exec.PipelineCompiler;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunEvent;
import io.pipewright.exec.RunHandle;
import io.pipewright.exec.RunOptions;
import io.pipewright.graph.Pipeline;
import io.pipewright.store.Revision;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * Compiles and runs the open pipeline without ever blocking the FX thread: compilation (which may read
 * file headers) and saving the revision a project's run refers to happen on a background thread, the
 * run on the {@link PipelineExecutor}, and every result comes back through the {@code fxThread}
 * executor or the {@link FxRunListener}.
 */
public final class RunController {
    private final PipelineDocumentViewModel document;
    private final PipelineExecutor executor;
    private final ExecutorService background;
    private final Executor fxThread;
    private final WorkspaceRecorder recorder;
    private final Supplier<String> project;
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty();
    private RunHandle current;
    private boolean busy;
    private int nodesInRun;
    private int nodesDone;

    /**
     * @param recorder where finished runs are recorded; null records nothing
     */
    RunController(PipelineDocumentViewModel document, PipelineExecutor executor, ExecutorService background,
                  Executor fxThread, WorkspaceRecorder recorder) {
        this(document, executor, background, fxThread, recorder, () -> null);
    }

    /**
     * @param project the project the open pipeline belongs to (read on the FX thread when a run starts), or null
     */
    RunController(PipelineDocumentViewModel document, PipelineExecutor executor, ExecutorService background,
                  Executor fxThread, WorkspaceRecorder recorder, Supplier<String> project) {
        this.document = document;
        this.executor = executor;
        this.background = background;
        this.fxThread = fxThread;
        this.recorder = recorder;
        this.project = project;
    }

    /** Starts a run of the pipeline as it is now (a snapshot); ignored while a run is going. */
    public CompletableFuture<Void> runAll() {
        return run(Set.of());
    }

    /** Runs {@code nodeId} and only the nodes it needs ("run to here"); ignored while a run is going. */
    public CompletableFuture<Void> runTo(String nodeId) {
        return run(Set.of(nodeId));
    }

    /** Runs the selected node and what it needs, or the whole pipeline when nothing is selected. */
    public CompletableFuture<Void> runToSelected() {
        String selected = document.selectedNodeIdProperty().get();
        return selected == null ? runAll() : runTo(selected);
    }

    private CompletableFuture<Void> run(Set<String> targets) {
        // Between the click and the run's first event the document does not yet say "running".
        if (busy || document.runningProperty().get()) {
            return CompletableFuture.completedFuture(null);
        }
        busy = true;
        Pipeline snapshot = document.pipeline();
        Path file = document.fileProperty().get();
        Path baseDir = file == null ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
        String projectName = recorder == null ? null : project.get();
        document.log((targets.isEmpty() ? "compiling " : "compiling (up to " + String.join(", ", targets) + ") ")
                + snapshot.name() + " ...");
        return CompletableFuture
                .supplyAsync(() -> prepare(snapshot, baseDir, projectName), background)
                .thenAcceptAsync(prepared -> startOrReport(prepared, targets, file, baseDir), fxThread)
                .whenCompleteAsync((started, failure) -> {
                    if (failure != null) {
                        busy = false;
                        document.log("the run could not start: " + failure.getMessage());
                    }
                }, fxThread);
    }

    private record Prepared(Compilation compilation, Revision revision, String revisionProblem) {
    }

    private Prepared prepare(Pipeline snapshot, Path baseDir, String projectName) {
        Compilation compilation = new PipelineCompiler(document.catalog()).compile(snapshot, baseDir);
        if (!compilation.ok() || projectName == null) {
            return new Prepared(compilation, null, null);
        }
        try {
            return new Prepared(compilation, recorder.revisionFor(projectName, snapshot), null);
        } catch (RuntimeException e) {
            return new Prepared(compilation, null, e.getMessage());
        }
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

    private void startOrReport(Prepared prepared, Set<String> targets, Path file, Path baseDir) {
        Compilation compilation = prepared.compilation();
        if (!compilation.ok()) {
            busy = false;
            document.showProblems(compilation.problems());
            document.log(compilation.problems().size() + " problem(s): fix them in the inspector, then run again");
            return;
        }
        if (prepared.revisionProblem() != null) {
            document.log("the pipeline could not be saved as a revision before the run: " + prepared.revisionProblem());
        }
        current = executor.start(compilation.compiled(), new RunOptions(targets, true),
                new FxRunListener(fxThread, this::apply));
        current.result().whenCompleteAsync((result, failure) -> busy = false, fxThread);
        if (recorder != null) {
            Pipeline ran = compilation.compiled().pipeline();
            Revision revision = prepared.revision();
            current.result().thenApplyAsync(result -> {
                try {
                    if (revision != null) {
                        return "recorded as run " + recorder.record(revision, ran, baseDir, result) + " of project '"
                                + revision.project() + "', revision " + revision.revision();
                    }
                    return "recorded as run " + recorder.record(ran, file, baseDir, result) + " in " + recorder.directory();
                } catch (RuntimeException e) {
                    return "the run could not be recorded in " + recorder.directory() + ": " + e.getMessage();
                }
            }, background).thenAcceptAsync(document::log, fxThread);
        }
    }

    private void apply(RunEvent event) {
        if (event instanceof RunEvent.RunStarted started) {
            nodesInRun = Math.max(1, started.nodeCount());
            nodesDone = 0;
            progress.set(0);
        } else if (event instanceof RunEvent.NodeStateChanged changed && changed.state().isTerminal()) {
            nodesDone++;
            progress.set(Math.min(1.0, (double) nodesDone / nodesInRun));
        } else if (event instanceof RunEvent.RunFinished) {
            progress.set(0);
        }
        document.apply(event);
    }

    /** The share of the current run's nodes that have finished (0 when no run is going); FX thread. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Asks the current run to stop; the nodes report "cancelled" through the normal events. */
    public void stop() {
        if (current != null && document.runningProperty().get()) {
            document.log("stopping ...");
            current.cancel();
        }
    }
}
