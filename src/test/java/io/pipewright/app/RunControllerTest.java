package io.pipewright.app;

import io.pipewright.exec.NodeState;
import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunStatus;
import io.pipewright.format.PipelineReader;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.Category;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.node.PortType;
import io.pipewright.param.Params;
import io.pipewright.store.HistoryQuery;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void stopCancelsARunningNodeAndTheRunEndsCancelled() throws Exception {
        PortType<Integer> number = new PortType<>("number", Integer.class, "a number");
        NodeDescriptor descriptor = new NodeDescriptor("test.forever", 1, "Forever", Category.PREPARE,
                "runs until cancelled", List.of(), List.of(PortSpec.of("out", number, "never produced")), List.of(), Set.of());
        NodeType forever = new NodeType() {
            @Override
            public NodeDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
                for (long i = 0; ; i++) {
                    context.checkCancelled();
                    context.progress((i % 1000) / 1000.0, "spinning");
                    Thread.onSpinWait();
                }
            }
        };
        PipelineDocumentViewModel document = new PipelineDocumentViewModel(new NodeCatalog(List.of(forever)));
        RunController runs = new RunController(document, executor, background, fxThread, null);
        onUi(() -> {
            document.open(new Pipeline("Forever", List.of(NodeInstance.of("spin", "test.forever", Map.of())), List.of()), null);
            return runs.runAll();
        }).get(30, TimeUnit.SECONDS);
        waitOnUi(() -> document.nodeStates().get("spin").state() == NodeState.RUNNING);

        onUi(() -> {
            runs.stop();
            return null;
        });
        waitOnUi(() -> document.lastResultProperty().get() != null);

        assertThat(onUi(() -> document.lastResultProperty().get().status())).isEqualTo(RunStatus.CANCELLED);
        assertThat(onUi(() -> document.nodeStates().get("spin").state())).isEqualTo(NodeState.CANCELLED);
    }
}
