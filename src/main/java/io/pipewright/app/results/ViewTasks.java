package io.pipewright.app.results;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where the Results, History and Inspector views do slow work (statistics, H2 reads, configure steps):
 * {@code work} runs it, {@code fxThread} hands the answer back. The JavaFX thread never waits. One
 * instance per window owns the worker thread; tests pass direct executors to make it deterministic.
 */
public final class ViewTasks implements AutoCloseable {
    private final Executor work;
    private final Executor fxThread;
    private final ExecutorService owned;

    public ViewTasks(Executor work, Executor fxThread) {
        this.work = work;
        this.fxThread = fxThread;
        this.owned = null;
    }

    private ViewTasks(ExecutorService owned, Executor fxThread) {
        this.work = owned;
        this.fxThread = fxThread;
        this.owned = owned;
    }

    /** A daemon worker thread named {@code name}, answering through {@code fxThread} (e.g. Platform::runLater). */
    public static ViewTasks daemon(String name, Executor fxThread) {
        return new ViewTasks(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }), fxThread);
    }

    /**
     * Runs {@code job} off the FX thread, then {@code done} on it; a failure goes to {@code failed} with
     * the root cause's message.
     */
    public <T> CompletableFuture<Void> run(Supplier<T> job, Consumer<T> done, Consumer<String> failed) {
        return CompletableFuture.supplyAsync(job, work).handleAsync((value, error) -> {
            if (error == null) {
                done.accept(value);
            } else {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                failed.accept(cause.getMessage() == null ? cause.toString() : cause.getMessage());
            }
            return null;
        }, fxThread);
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
