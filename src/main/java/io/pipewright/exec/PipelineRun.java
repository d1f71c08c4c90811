package io.pipewright.exec;

import io.pipewright.graph.PortRef;
import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeTrait;
import io.pipewright.node.PortSpec;
import io.pipewright.node.ReportSection;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * One run of a compiled pipeline. Each node is submitted when every node it reads from has
 * finished; a failure skips only the nodes that depend on it; cancel marks what has not finished
 * cancelled at once and interrupts what is running. All state changes happen under this object's
 * lock, and events are sent in the order the changes happen.
 */
final class PipelineRun implements RunHandle {
    private final String runId = UUID.randomUUID().toString();
    private final CompiledPipeline pipeline;
    private final RunOptions options;
    private final RunListener listener;
    private final PipelineExecutor executor;
    private final CompletableFuture<RunResult> result = new CompletableFuture<>();

    private final List<String> nodesInRun;
    private final Map<String, NodeState> states = new HashMap<>();
    private final Map<String, Integer> waitingOn = new HashMap<>();
    private final Map<String, Future<?>> running = new HashMap<>();
    private final Map<String, NodeResult> results = new HashMap<>();
    private final Map<String, OutputCache.Entry> cachedEntries = new HashMap<>();
    private final Map<String, Map<String, Object>> values = new HashMap<>();
    private Map<String, String> keys = Map.of();
    private Instant startedAt;
    private boolean cancelled;

    PipelineRun(CompiledPipeline pipeline, RunOptions options, RunListener listener, PipelineExecutor executor) {
        this.pipeline = pipeline;
        this.options = options;
        this.listener = listener;
        this.executor = executor;
        this.nodesInRun = selectNodes(pipeline, options.targets());
    }

    @Override
    public String runId() {
        return runId;
    }

    @Override
    public CompletableFuture<RunResult> result() {
        return result;
    }

    synchronized void start() {
        startedAt = Instant.now();
        emit(new RunEvent.RunStarted(runId, pipeline.pipeline().name(), nodesInRun.size()));
        keys = new CacheKeys(executor.fingerprints()).compute(pipeline, runId);
        for (String id : nodesInRun) {
            int upstream = (int) upstreamNodes(id).stream().distinct().count();
            waitingOn.put(id, upstream);
            setState(id, NodeState.QUEUED, null);
        }
        // Roots are collected first: launching a cached root releases its dependents at once.
        List<String> roots = nodesInRun.stream().filter(id -> waitingOn.get(id) == 0).toList();
        roots.forEach(this::launch);
        finishIfDone();
    }

    @Override
    public void cancel() {
        synchronized (this) {
            if (cancelled || result.isDone()) {
                return;
            }
            cancelled = true;
            for (String id : nodesInRun) {
                if (!states.get(id).isTerminal()) {
                    Future<?> task = running.remove(id);
                    if (task != null) {
                        task.cancel(true);
                    }
                    finishNode(id, NodeState.CANCELLED, 0, "cancelled by the user", Map.of(), Map.of(), List.of());
                }
            }
            finishIfDone();
        }
    }

    // Called with the lock held.
    private void launch(String id) {
        CompiledNode node = pipeline.node(id);
        NodeDescriptor descriptor = node.type().descriptor();
        boolean cacheable = options.useCache() && !descriptor.has(NodeTrait.SIDE_EFFECTS)
                && !descriptor.has(NodeTrait.EXTERNAL_SOURCE);
        if (cacheable) {
            Optional<OutputCache.Entry> hit = executor.cache().find(keys.get(id));
            if (hit.isPresent()) {
                cachedEntries.put(id, hit.get());
                finishNode(id, NodeState.CACHED, 0, null, hit.get().reports(), null, List.of());
                releaseDependents(id);
                return;
            }
        }
        Future<?> task = executor.poolFor(descriptor).submit(() -> execute(node, cacheable));
        if (!states.get(id).isTerminal()) {
            running.put(id, task);
        }
    }

    private void execute(CompiledNode node, boolean cacheable) {
        String id = node.id();
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        synchronized (this) {
            if (states.get(id).isTerminal()) {
                return;
            }
            setState(id, NodeState.RUNNING, null);
        }
        long start = System.nanoTime();
        try {
            NodeInputs inputs = gatherInputs(node);
            RunNodeContext context = new RunNodeContext(this, id, log);
            Map<String, Object> outputs = node.type().execute(inputs, node.params(), context);
            double seconds = (System.nanoTime() - start) / 1e9;
            checkOutputs(node, outputs);
            Map<String, Object> reports = reportsOf(outputs, executor.summarizers());
            if (cacheable && !isCancelled()) {
                executor.cache().put(keys.get(id), reports, outputs);
            }
            synchronized (this) {
                running.remove(id);
                if (states.get(id).isTerminal()) {
                    return;
                }
                values.put(id, outputs);
                finishNode(id, NodeState.SUCCEEDED, seconds, null, reports, outputs, List.copyOf(log));
                releaseDependents(id);
                finishIfDone();
            }
        } catch (CancelledException | InterruptedException e) {
            ended(id, NodeState.CANCELLED, start, "cancelled by the user", log);
        } catch (NodeFailure e) {
            ended(id, isCancelled() ? NodeState.CANCELLED : NodeState.FAILED, start, e.getMessage(), log);
        } catch (Exception | OutOfMemoryError | StackOverflowError | LinkageError e) {
            if (isCancelled()) {
                ended(id, NodeState.CANCELLED, start, "cancelled by the user", log);
                return;
            }
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            log.add(trace.toString());
            ended(id, NodeState.FAILED, start, describe(e), log);
        }
    }

    private synchronized void ended(String id, NodeState state, long start, String message, List<String> log) {
        running.remove(id);
        if (states.get(id).isTerminal()) {
            return;
        }
        finishNode(id, state, (System.nanoTime() - start) / 1e9, message, Map.of(), Map.of(), List.copyOf(log));
        if (state == NodeState.FAILED) {
            skipDependents(id);
        }
        finishIfDone();
    }

    private NodeInputs gatherInputs(CompiledNode node) throws NodeFailure {
        Map<String, Object> inputs = new HashMap<>();
        for (Map.Entry<String, PortRef> wire : node.inputs().entrySet()) {
            PortRef source = wire.getValue();
            inputs.put(wire.getKey(), outputsOf(source.nodeId()).get(source.port()));
        }
        return new NodeInputs(inputs);
    }

    /** The values of a finished node, loading them from the cache the first time a node needs them. */
    private Map<String, Object> outputsOf(String id) throws NodeFailure {
        OutputCache.Entry entry;
        synchronized (this) {
            Map<String, Object> known = values.get(id);
            if (known != null) {
                return known;
            }
            entry = cachedEntries.get(id);
        }
        if (entry == null) {
            throw new IllegalStateException("node '" + id + "' has not finished");
        }
        // Two dependents may load the same entry at once; both get equal values, and one is kept.
        try {
            Map<String, Object> loaded = entry.loadOutputs();
            synchronized (this) {
                return values.computeIfAbsent(id, k -> loaded);
            }
        } catch (IOException | RuntimeException e) {
            throw new NodeFailure("the cached result of node '" + id + "' could not be read (" + e.getMessage()
                    + "); run again without the cache (--no-cache)", e);
        }
    }

    private static void checkOutputs(CompiledNode node, Map<String, Object> outputs) throws NodeFailure {
        for (PortSpec port : node.type().descriptor().outputs()) {
            Object value = outputs == null ? null : outputs.get(port.name());
            if (value == null || !port.type().javaType().isInstance(value)) {
                throw new NodeFailure("produced no " + port.type().id() + " value for output '" + port.name() + "'");
            }
        }
    }

    private static Map<String, Object> reportsOf(Map<String, Object> outputs, List<OutputSummarizer> summarizers) {
        Map<String, Object> reports = new LinkedHashMap<>();
        outputs.forEach((port, v) -> {
            if (v instanceof ReportSection section) {
                reports.put(section.section(), section.content());
            }
            for (OutputSummarizer summarizer : summarizers) {
                summarizer.summarize(v).ifPresent(summary -> reports.put(port.equals("data") ? "data" : "data:" + port, summary));
            }
        });
        return reports;
    }

    // Called with the lock held.
    private void releaseDependents(String id) {
        for (String dependent : dependentsInRun(id)) {
            int left = waitingOn.merge(dependent, -1, Integer::sum);
            if (left == 0 && !cancelled && states.get(dependent) == NodeState.QUEUED) {
                launch(dependent);
            }
        }
    }

    // Called with the lock held.
    private void skipDependents(String failed) {
        Deque<String> todo = new ArrayDeque<>(dependentsInRun(failed));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (!states.get(id).isTerminal()) {
                finishNode(id, NodeState.SKIPPED, 0, "skipped: node '" + failed + "' failed", Map.of(), Map.of(), List.of());
                todo.addAll(dependentsInRun(id));
            }
        }
    }

    // Called with the lock held.
    private void finishNode(String id, NodeState state, double seconds, String error, Map<String, Object> reports,
                            Map<String, Object> outputs, List<String> log) {
        CompiledNode node = pipeline.node(id);
        results.put(id, new NodeResult(id, node.instance().type(), state, seconds, error, reports,
                outputs == null ? Map.of() : outputs, log, keys.get(id)));
        setState(id, state, error);
    }

    // Called with the lock held.
    private void finishIfDone() {
        if (result.isDone() || !nodesInRun.stream().allMatch(id -> states.get(id).isTerminal())) {
            return;
        }
        RunStatus status = cancelled ? RunStatus.CANCELLED
                : results.values().stream().anyMatch(r -> r.state() == NodeState.FAILED) ? RunStatus.FAILED
                : RunStatus.SUCCEEDED;
        Map<String, NodeResult> ordered = new LinkedHashMap<>();
        for (String id : nodesInRun) {
            NodeResult r = results.get(id);
            if (r.state() == NodeState.CACHED) {
                // Cached values loaded for a dependent are handed on too, so callers can show them.
                r = new NodeResult(r.nodeId(), r.type(), r.state(), r.seconds(), r.error(), r.reports(),
                        values.getOrDefault(id, Map.of()), r.log(), r.cacheKey());
            }
            ordered.put(id, r);
        }
        RunResult done = new RunResult(runId, pipeline.pipeline().name(), status, startedAt, Instant.now(), ordered);
        emit(new RunEvent.RunFinished(runId, done));
        result.complete(done);
    }

    private void setState(String id, NodeState state, String message) {
        states.put(id, state);
        emit(new RunEvent.NodeStateChanged(runId, id, state, message));
    }

    void emit(RunEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            // A faulty listener must not break the run; the run's result still reports everything.
        }
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    PipelineExecutor executor() {
        return executor;
    }

    CompiledPipeline pipeline() {
        return pipeline;
    }

    private List<String> upstreamNodes(String id) {
        return pipeline.node(id).inputs().values().stream().map(PortRef::nodeId).toList();
    }

    private List<String> dependentsInRun(String id) {
        Set<String> out = new LinkedHashSet<>();
        for (String other : nodesInRun) {
            if (upstreamNodes(other).contains(id)) {
                out.add(other);
            }
        }
        return List.copyOf(out);
    }

    /** The nodes to run, in topological order: all of them, or the targets and everything they need. */
    private static List<String> selectNodes(CompiledPipeline pipeline, Set<String> targets) {
        if (targets.isEmpty()) {
            return pipeline.order();
        }
        Set<String> needed = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String target : targets) {
            if (pipeline.node(target) == null) {
                throw new IllegalArgumentException("no node '" + target + "' in the pipeline");
            }
            todo.add(target);
        }
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (needed.add(id)) {
                pipeline.node(id).inputs().values().forEach(ref -> todo.add(ref.nodeId()));
            }
        }
        return pipeline.order().stream().filter(needed::contains).toList();
    }

    private static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "ran out of memory; give Java more memory (-Xmx) or use less data";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
