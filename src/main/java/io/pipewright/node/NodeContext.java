package io.pipewright.node;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * What a running node gets instead of the engine: cancellation checks, progress, a log and a way
 * to run parts of its work in parallel on the executor's pool. Nodes never start threads.
 */
public interface NodeContext extends NodeEnvironment {
    /** Throws {@link CancelledException} when the run was cancelled; call it at natural check points. */
    void checkCancelled() throws CancelledException;

    /** Reports progress in [0, 1] with a short message. */
    void progress(double fraction, String message);

    void log(String line);

    /**
     * Runs tasks on the executor's compute pool and returns their results in task order. Stops early
     * and throws {@link CancelledException} if the run is cancelled.
     */
    <T> List<T> parallel(List<Callable<T>> tasks) throws Exception;

    /** How many tasks {@link #parallel} runs at once. */
    int parallelism();
}
