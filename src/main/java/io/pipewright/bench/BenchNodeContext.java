package io.pipewright.bench;

import io.pipewright.node.NodeContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The least a node needs to run inside a benchmark: paths resolve against a folder; nothing is reported. */
final class BenchNodeContext implements NodeContext {
    private final Path baseDir;

    BenchNodeContext(Path baseDir) {
        this.baseDir = baseDir;
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
        for (Callable<T> task : tasks) {
            results.add(task.call());
        }
        return results;
    }

    @Override
    public int parallelism() {
        return 1;
    }
}
