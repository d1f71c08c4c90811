package io.pipewright.bench;

import io.pipewright.node.NodeContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The least a node needs to run inside a benchmark without the executor: paths resolve against a
 * folder, nothing is reported, and parallel tasks run on a fixed pool of {@code threads} (inline for one).
 */
final class BenchNodeContext implements NodeContext, AutoCloseable {
    private final Path baseDir;
    private final int threads;
    private final ExecutorService pool;

    BenchNodeContext(Path baseDir) {
        this(baseDir, 1);
    }

    BenchNodeContext(Path baseDir, int threads) {
        this.baseDir = baseDir;
        this.threads = threads;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    }

    @Override
    public Path resolvePath(String path) {
        return baseDir.resolve(path).normalize();
    }

    @Override
    public String nodeId() {
        return "bench";
    }

    @Override
    public void checkCancelled() {
        // A benchmark is never cancelled.
    }

    @Override
    public void progress(double fraction, String message) {
        // Progress is not shown while timing.
    }

    @Override
    public void log(String line) {
        // Logs are not shown while timing.
    }

    @Override
    public <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
        List<T> results = new ArrayList<>();
        if (pool == null) {
            for (Callable<T> task : tasks) {
                results.add(task.call());
            }
            return results;
        }
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(task));
        }
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
        } catch (ExecutionException e) {
            futures.forEach(f -> f.cancel(true));
            throw e;
        }
        return results;
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
