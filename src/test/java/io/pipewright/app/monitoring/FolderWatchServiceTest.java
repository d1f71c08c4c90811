package io.pipewright.app.monitoring;

import io.pipewright.batch.BatchFixtures;
import io.pipewright.batch.BatchOutcome;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's watch folder runs the shared FolderWatch on its own thread; here outcomes arrive on the calling thread. */
class FolderWatchServiceTest {
    @TempDir
    Path dir;

    private static void await(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void aStartedWatchRunsTheBatchesThereAndRecordsThemInTheProject() throws Exception {
        Path pipeline = BatchFixtures.pipeline(dir);
        Path folder = dir.resolve("in");
        BatchFixtures.batch(folder, 1);
        BatchFixtures.batch(folder, 2);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            FolderWatchService service = new FolderWatchService(() -> ws, Runnable::run);
            List<BatchOutcome> outcomes = new CopyOnWriteArrayList<>();
            List<String> status = new CopyOnWriteArrayList<>();

            service.start(new FolderWatchService.Request(folder, pipeline, "load.path", "*.csv", "Shop", false),
                    outcomes::add, status::add);
            await(outcomes, 2);
            service.stop();
            await(status, 2);

            assertThat(outcomes).extracting(o -> o.file().getFileName().toString()).containsExactly("batch-1.csv", "batch-2.csv");
            assertThat(status.get(0)).startsWith("watching ").contains("project 'Shop'");
            assertThat(ws.monitoring().series("Shop", "accuracy", "cv", 0)).hasSize(2);
        }
    }

    @Test
    void aBatchParameterThatDoesNotExistIsReportedInTheStatus() throws Exception {
        Path pipeline = BatchFixtures.pipeline(dir);
        Path folder = dir.resolve("in");
        BatchFixtures.batch(folder, 1);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            FolderWatchService service = new FolderWatchService(() -> ws, Runnable::run);
            List<String> status = new CopyOnWriteArrayList<>();

            service.start(new FolderWatchService.Request(folder, pipeline, "reader.path", "*.csv", "Shop", false),
                    o -> { }, status::add);
            await(status, 1);

            assertThat(status).singleElement().satisfies(s -> assertThat(s).startsWith("cannot watch: ").contains("no node 'reader'"));
        }
    }
}
