package io.pipewright.exec;

import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineExecutorTest {
    @TempDir
    Path dir;

    private final ToyNodes toys = new ToyNodes();
    private PipelineExecutor executor;

    @AfterEach
    void close() {
        if (executor != null) {
            executor.close();
        }
    }

    private CompiledPipeline compile(Pipeline p) {
        Compilation c = new PipelineCompiler(toys.catalog()).compile(p, dir);
        assertThat(c.problems()).isEmpty();
        return c.compiled();
    }

    private RunResult run(Pipeline p, OutputCache cache) throws InterruptedException {
        executor = new PipelineExecutor(2, cache);
        return executor.run(compile(p), RunOptions.DEFAULT, RunListener.NONE);
    }

    private static Pipeline chain(int value) {
        return new Pipeline("chain", List.of(
                NodeInstance.of("src", "toy.source", Map.of("value", 40)),
                NodeInstance.of("add", "toy.add", Map.of("value", value)),
                NodeInstance.of("score", "toy.score", Map.of())),
                List.of(Edge.of("src:out", "add:in"), Edge.of("add:out", "score:in")));
    }

    @Test
    void runsNodesInOrderAndPassesValues() throws Exception {
        RunResult result = run(chain(2), OutputCache.NONE);
        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.node("add").orElseThrow().outputs()).containsEntry("out", 42);
        assertThat(result.node("score").orElseThrow().reports()).containsEntry("metrics", Map.of("score", 42));
        assertThat(result.nodes().keySet()).containsExactly("src", "add", "score");
    }

    @Test
    void independentBranchesRunAtTheSameTime() throws Exception {
        // Each 'meet' node waits at a two-party barrier: the run succeeds only if both run at once.
        Pipeline p = new Pipeline("branches", List.of(
                NodeInstance.of("src", "toy.source", Map.of()),
                NodeInstance.of("left", "toy.meet", Map.of()),
                NodeInstance.of("right", "toy.meet", Map.of())),
                List.of(Edge.of("src:out", "left:in"), Edge.of("src:out", "right:in")));
        RunResult result = run(p, OutputCache.NONE);
        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
    }

    @Test
    void aFailureSkipsOnlyItsDependants() throws Exception {
        Pipeline p = new Pipeline("fail", List.of(
                NodeInstance.of("src", "toy.source", Map.of()),
                NodeInstance.of("bad", "toy.fail", Map.of()),
                NodeInstance.of("after", "toy.add", Map.of()),
                NodeInstance.of("other", "toy.add", Map.of("value", 5))),
                List.of(Edge.of("src:out", "bad:in"), Edge.of("bad:out", "after:in"), Edge.of("src:out", "other:in")));
        RunResult result = run(p, OutputCache.NONE);
        assertThat(result.status()).isEqualTo(RunStatus.FAILED);
        assertThat(result.node("bad").orElseThrow().state()).isEqualTo(NodeState.FAILED);
        assertThat(result.node("bad").orElseThrow().error()).isEqualTo("data.csv, line 7: expected 5 fields, found 3");
        assertThat(result.node("after").orElseThrow().state()).isEqualTo(NodeState.SKIPPED);
        assertThat(result.node("other").orElseThrow().state()).isEqualTo(NodeState.SUCCEEDED);
        assertThat(result.node("other").orElseThrow().outputs()).containsEntry("out", 6);
    }

    @Test
    void cancelStopsTheRunWithinASecond() throws Exception {
        Pipeline p = new Pipeline("forever", List.of(
                NodeInstance.of("src", "toy.source", Map.of()),
                NodeInstance.of("loop", "toy.forever", Map.of()),
                NodeInstance.of("after", "toy.add", Map.of())),
                List.of(Edge.of("src:out", "loop:in"), Edge.of("loop:out", "after:in")));
        executor = new PipelineExecutor(2, OutputCache.NONE);
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        RunHandle handle = executor.start(compile(p), RunOptions.DEFAULT, events::add);
        awaitState(events, "loop", NodeState.RUNNING);
        long start = System.nanoTime();
        handle.cancel();
        RunResult result = handle.result().get(1, TimeUnit.SECONDS);
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(1));
        assertThat(result.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(result.node("loop").orElseThrow().state()).isEqualTo(NodeState.CANCELLED);
        assertThat(result.node("after").orElseThrow().state()).isEqualTo(NodeState.CANCELLED);
        assertThat(result.node("src").orElseThrow().state()).isEqualTo(NodeState.SUCCEEDED);
    }

    @Test
    void cancelDoesNotWaitForANodeThatIgnoresIt() throws Exception {
        Pipeline p = new Pipeline("stubborn", List.of(
                NodeInstance.of("src", "toy.source", Map.of()), NodeInstance.of("slow", "toy.stubborn", Map.of())),
                List.of(Edge.of("src:out", "slow:in")));
        executor = new PipelineExecutor(2, OutputCache.NONE);
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        RunHandle handle = executor.start(compile(p), RunOptions.DEFAULT, events::add);
        awaitState(events, "slow", NodeState.RUNNING);
        handle.cancel();
        assertThat(handle.result().get(1, TimeUnit.SECONDS).status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void eventsReportEveryStateInOrder() throws Exception {
        executor = new PipelineExecutor(2, OutputCache.NONE);
        List<RunEvent> events = new CopyOnWriteArrayList<>();
        executor.run(compile(chain(1)), RunOptions.DEFAULT, events::add);
        List<NodeState> addStates = events.stream().filter(e -> e instanceof RunEvent.NodeStateChanged s && s.nodeId().equals("add"))
                .map(e -> ((RunEvent.NodeStateChanged) e).state()).toList();
        assertThat(addStates).containsExactly(NodeState.QUEUED, NodeState.RUNNING, NodeState.SUCCEEDED);
        assertThat(events.get(0)).isInstanceOf(RunEvent.RunStarted.class);
        assertThat(events.get(events.size() - 1)).isInstanceOf(RunEvent.RunFinished.class);
    }

    @Test
    void cacheSurvivesARestartAndAnEditReRunsOnlyWhatItChanges() throws Exception {
        Path cacheDir = dir.resolve("cache");
        RunResult first = run(chain(2), new DiskOutputCache(cacheDir, Long.MAX_VALUE));
        assertThat(first.node("src").orElseThrow().state()).isEqualTo(NodeState.SUCCEEDED);
        executor.close();

        // A new executor and cache object over the same folder: as after restarting the app.
        RunResult again = run(chain(2), new DiskOutputCache(cacheDir, Long.MAX_VALUE));
        assertThat(again.nodes().values()).allSatisfy(n -> assertThat(n.state()).isEqualTo(NodeState.CACHED));
        assertThat(again.node("score").orElseThrow().reports()).containsEntry("metrics", Map.of("score", 42));
        executor.close();

        RunResult edited = run(chain(3), new DiskOutputCache(cacheDir, Long.MAX_VALUE));
        assertThat(edited.node("src").orElseThrow().state()).isEqualTo(NodeState.CACHED);
        assertThat(edited.node("add").orElseThrow().state()).isEqualTo(NodeState.SUCCEEDED);
        assertThat(edited.node("score").orElseThrow().reports()).containsEntry("metrics", Map.of("score", 43));
        assertThat(toys.executed("toy.source")).isEqualTo(1);
        assertThat(toys.executed("toy.add")).isEqualTo(2);
    }

    @Test
    void changedInputFileInvalidatesTheCache() throws Exception {
        Files.writeString(dir.resolve("n.txt"), "10");
        Pipeline p = new Pipeline("file", List.of(
                NodeInstance.of("read", "toy.file", Map.of("path", "n.txt")),
                NodeInstance.of("add", "toy.add", Map.of("value", 1))),
                List.of(Edge.of("read:out", "add:in")));
        DiskOutputCache cache = new DiskOutputCache(dir.resolve("cache"), Long.MAX_VALUE);
        assertThat(run(p, cache).node("add").orElseThrow().outputs()).containsEntry("out", 11);
        executor.close();
        assertThat(run(p, cache).node("read").orElseThrow().state()).isEqualTo(NodeState.CACHED);
        executor.close();
        Files.writeString(dir.resolve("n.txt"), "20");
        RunResult changed = run(p, cache);
        assertThat(changed.node("read").orElseThrow().state()).isEqualTo(NodeState.SUCCEEDED);
        assertThat(changed.node("add").orElseThrow().outputs()).containsEntry("out", 21);
    }

    @Test
    void noCacheRunsEverythingAgain() throws Exception {
        DiskOutputCache cache = new DiskOutputCache(dir.resolve("cache"), Long.MAX_VALUE);
        run(chain(2), cache);
        executor.close();
        executor = new PipelineExecutor(2, cache);
        RunResult result = executor.run(compile(chain(2)), RunOptions.DEFAULT.withoutCache(), RunListener.NONE);
        assertThat(result.nodes().values()).allSatisfy(n -> assertThat(n.state()).isEqualTo(NodeState.SUCCEEDED));
    }

    @Test
    void runToHereRunsOnlyTheTargetAndWhatItNeeds() throws Exception {
        executor = new PipelineExecutor(2, OutputCache.NONE);
        RunResult result = executor.run(compile(chain(2)), new RunOptions(Set.of("add"), true), RunListener.NONE);
        assertThat(result.nodes().keySet()).containsExactly("src", "add");
        assertThat(toys.executed("toy.score")).isZero();
    }

    @Test
    void aCorruptCacheEntryIsIgnored() throws Exception {
        Path cacheDir = dir.resolve("cache");
        run(chain(2), new DiskOutputCache(cacheDir, Long.MAX_VALUE));
        executor.close();
        try (var files = Files.list(cacheDir)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        RunResult result = run(chain(2), new DiskOutputCache(cacheDir, Long.MAX_VALUE));
        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(result.node("score").orElseThrow().reports()).containsEntry("metrics", Map.of("score", 42));
    }

    private static void awaitState(List<RunEvent> events, String nodeId, NodeState state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (events.stream().anyMatch(e -> e instanceof RunEvent.NodeStateChanged s && s.nodeId().equals(nodeId) && s.state() == state)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("node " + nodeId + " never reached " + state);
    }
}
