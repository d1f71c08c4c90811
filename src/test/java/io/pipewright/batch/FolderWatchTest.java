package io.pipewright.batch;

import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunListener;
import io.pipewright.exec.RunOptions;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class FolderWatchTest {
    @TempDir
    Path dir;

    private BatchRunner runner(Workspace ws, PipelineExecutor executor) throws Exception {
        return BatchRunner.create(new BatchRunner.Settings(BatchFixtures.pipeline(dir), "load.path", List.of(), "Watched",
                "test", "3.8.6"), ws, executor, new RunOptions(Set.of(), false), RunListener.NONE, NodeCatalog.load());
    }

    @Test
    void watchingRunsAFileDroppedInTheFolderAfterItSettles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Workspace ws = Workspace.open(dir.resolve("ws"));
             PipelineExecutor executor = PipelineExecutor.withCores(OutputCache.NONE)) {
            FolderWatch watch = new FolderWatch(folder, "*.csv", false, runner(ws, executor), Duration.ofMillis(300));
            List<BatchOutcome> seen = new CopyOnWriteArrayList<>();
            Future<?> loop = thread.submit(() -> {
                watch.watch(seen::add);
                return null;
            });
            Files.writeString(folder.resolve("notes.txt"), "not a batch");
            BatchFixtures.batch(folder, 1);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (seen.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            watch.stop();
            loop.get(10, TimeUnit.SECONDS);

            assertThat(seen).singleElement().satisfies(o -> {
                assertThat(o.file().getFileName()).hasToString("batch-1.csv");
                assertThat(o.status()).isEqualTo("succeeded");
            });
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void newOnlyLeavesTheFilesAlreadyThereAlone() throws Exception {
        Path folder = dir.resolve("in");
        BatchFixtures.batch(folder, 1);
        try (Workspace ws = Workspace.open(dir.resolve("ws"));
             PipelineExecutor executor = PipelineExecutor.withCores(OutputCache.NONE)) {
            FolderWatch watch = new FolderWatch(folder, "*.csv", true, runner(ws, executor), Duration.ZERO);
            BatchFixtures.batch(folder, 2);

            assertThat(watch.pending()).extracting(p -> p.getFileName().toString()).containsExactly("batch-2.csv");
        }
    }

    @Test
    void aBatchThePipelineCannotReadIsReportedInvalidAndNotRecorded() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("empty.csv"), "");
        try (Workspace ws = Workspace.open(dir.resolve("ws"));
             PipelineExecutor executor = PipelineExecutor.withCores(OutputCache.NONE)) {
            FolderWatch watch = new FolderWatch(folder, "*.csv", false, runner(ws, executor), Duration.ZERO);

            List<BatchOutcome> outcomes = watch.processPending(o -> { });

            assertThat(outcomes).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo("invalid");
                assertThat(o.runId()).isNull();
                assertThat(o.line()).startsWith("empty.csv  ");
            });
            assertThat(watch.pending()).isEmpty();
        }
    }
}
