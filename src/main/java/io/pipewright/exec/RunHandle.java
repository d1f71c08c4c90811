package io.pipewright.exec;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** A run in progress: cancel it, or wait for its result without blocking (the app) or blocking (the CLI). */
public interface RunHandle {
    String runId();

    /** Asks the run to stop: nodes not started are cancelled, running ones are interrupted and marked cancelled. */
    void cancel();

    CompletableFuture<RunResult> result();

    default RunResult await() throws InterruptedException {
        try {
            return result().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the executor failed unexpectedly", e.getCause());
        }
    }
}
