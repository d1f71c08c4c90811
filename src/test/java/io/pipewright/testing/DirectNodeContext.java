package io.pipewright.testing;

import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/** A node context for testing one node directly, without the executor. Records log and progress. */
public final class DirectNodeContext implements NodeContext {
    private final Path baseDir;
    private final int parallelism;
    public final List<String> log = new ArrayList<>();
    public final List<Double> progress = new ArrayList<>();
    public final AtomicBoolean cancelled = new AtomicBoolean();

    public DirectNodeContext(Path baseDir) {
        this(baseDir, 2);
    }

    public DirectNodeContext(Path baseDir, int parallelism) {
        this.baseDir = baseDir;
        this.parallelism = parallelism;
    }

    @Override
    public Path resolvePath(String path) {
        return baseDir.resolve(path).normalize();
    }

    @Override
    public String nodeId() {
        return "node";
    }

    @Override
    public void checkCancelled() throws CancelledException {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }

    @Override
    public synchronized void progress(double fraction, String message) {
        progress.add(fraction);
    }

    @Override
    public synchronized void log(String line) {
        log.add(line);
    }

    @Override
    public <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public int parallelism() {
        return parallelism;
    }
}
