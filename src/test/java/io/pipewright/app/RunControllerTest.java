package io.pipewright.app;

import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunStatus;
import io.pipewright.format.PipelineReader;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.HistoryQuery;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The run path without a toolkit: a single thread stands in for the FX thread. */
class RunControllerTest {
    private static final NodeCatalog CATALOG = NodeCatalog.load();
    private final ExecutorService fxThread = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final PipelineExecutor executor = PipelineExecutor.withCores(OutputCache.NONE);

    @TempDir
    Path dir;

    @AfterEach
    void stopThreads() {
        executor.close();
        background.shutdownNow();
        fxThread.shutdownNow();
    }

    @Test
    void runOfTheIrisSampleEndsOnTheUiThreadWithMetricsAndIsRecordedInTheWorkspace() throws Exception {
        for (String name : new String[] {"iris-j48.pipeline.json", "iris.csv"}) {
            Files.copy(Path.of("sample-projects/iris", name), dir.resolve(name));
        }
        Path file = dir.resolve("iris-j48.pipeline.json");
        Path workspaceDir = dir.resolve("workspace");
        PipelineDocumentViewModel document = new PipelineDocumentViewModel(CATALOG);
        try (WorkspaceRecorder recorder = new WorkspaceRecorder(workspaceDir, CATALOG)) {
            RunController runs = new RunController(document, executor, background, fxThread, recorder);
            onUi(() -> {
                document.open(new PipelineReader().read(file), file);
                return runs.runAll();
            }).get(30, TimeUnit.SECONDS);

            waitOnUi(() -> document.console().stream().anyMatch(l -> l.startsWith("recorded as run")));

            assertThat(onUi(() -> document.lastResultProperty().get().status())).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(onUi(() -> document.metricsOf("cv").get("accuracy"))).isEqualTo(0.96);
        }
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            assertThat(workspace.runs().history(HistoryQuery.newest(10))).singleElement()
                    .satisfies(run -> assertThat(run.status()).isEqualTo("succeeded"));
        }
    }

    private <T> T onUi(Callable<T> task) throws Exception {
        return fxThread.submit(task).get(30, TimeUnit.SECONDS);
    }

    private void waitOnUi(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!onUi(condition)) {
            assertThat(System.nanoTime()).as("condition not met within 60 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
