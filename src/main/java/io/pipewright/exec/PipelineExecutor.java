package io.pipewright.exec;

import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeTrait;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs compiled pipelines in the background. It owns every thread the engine uses: nodes marked
 * {@link NodeTrait#HEAVY} go to a pool sized to the cores, the others to a small pool of their own
 * (so reading a file is not queued behind a long training), and the work a node splits off with
 * {@code NodeContext.parallel} goes to a compute pool sized to the cores.
 */
public final class PipelineExecutor implements AutoCloseable {
    private final ExecutorService heavyPool;
    private final ExecutorService lightPool;
    private final ExecutorService computePool;
    private final int parallelism;
    private final OutputCache cache;
    private final FileFingerprints fingerprints = new FileFingerprints();
    private final List<OutputSummarizer> summarizers = ServiceLoader.load(OutputSummarizer.class,
            PipelineExecutor.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();

    public PipelineExecutor(int parallelism, OutputCache cache) {
        this.parallelism = Math.max(1, parallelism);
        this.cache = cache;
        this.heavyPool = fixedPool(this.parallelism, "pipewright-heavy");
        this.lightPool = fixedPool(Math.max(2, this.parallelism), "pipewright-node");
        this.computePool = fixedPool(this.parallelism, "pipewright-compute");
    }

    /** An executor with one thread per core. */
    public static PipelineExecutor withCores(OutputCache cache) {
        return new PipelineExecutor(Runtime.getRuntime().availableProcessors(), cache);
    }

    public RunHandle start(CompiledPipeline pipeline, RunOptions options, RunListener listener) {
        PipelineRun run = new PipelineRun(pipeline, options, listener, this);
        run.start();
        return run;
    }

    /** Runs and waits: what the command line and tests do. */
    public RunResult run(CompiledPipeline pipeline, RunOptions options, RunListener listener) throws InterruptedException {
        RunHandle handle = start(pipeline, options, listener);
        try {
            return handle.await();
        } catch (InterruptedException e) {
            handle.cancel();
            throw e;
        }
    }

    /** The one place that decides where a node runs. */
    ExecutorService poolFor(NodeDescriptor descriptor) {
        return descriptor.has(NodeTrait.HEAVY) ? heavyPool : lightPool;
    }

    ExecutorService computePool() {
        return computePool;
    }

    int parallelism() {
        return parallelism;
    }

    OutputCache cache() {
        return cache;
    }

    List<OutputSummarizer> summarizers() {
        return summarizers;
    }

    FileFingerprints fingerprints() {
        return fingerprints;
    }

    @Override
    public void close() {
        heavyPool.shutdownNow();
        lightPool.shutdownNow();
        computePool.shutdownNow();
    }

    private static ExecutorService fixedPool(int threads, String name) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
