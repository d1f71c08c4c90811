package io.pipewright.exec;

import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The context a node gets while the executor runs it. */
final class RunNodeContext implements NodeContext {
    private final PipelineRun run;
    private final String nodeId;
    private final List<String> log;

    RunNodeContext(PipelineRun run, String nodeId, List<String> log) {
        this.run = run;
        this.nodeId = nodeId;
        this.log = log;
    }

    @Override
    public Path resolvePath(String path) {
        return run.pipeline().baseDir().resolve(path).normalize();
    }

    @Override
    public String nodeId() {
        return nodeId;
    }

    @Override
    public void checkCancelled() throws CancelledException {
        if (run.isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancelledException();
        }
    }

    @Override
    public void progress(double fraction, String message) {
        run.emit(new RunEvent.NodeProgress(run.runId(), nodeId, Math.max(0, Math.min(1, fraction)), message));
    }

    @Override
    public void log(String line) {
        log.add(line);
        run.emit(new RunEvent.NodeLog(run.runId(), nodeId, line));
    }

    @Override
    public <T> List<T> parallel(List<Callable<T>> tasks) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(run.executor().computePool().submit(task));
        }
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        } finally {
            futures.forEach(f -> f.cancel(true));
        }
    }

    @Override
    public int parallelism() {
        return run.executor().parallelism();
    }
}
