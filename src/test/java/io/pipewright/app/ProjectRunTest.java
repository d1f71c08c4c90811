package io.pipewright.app;

import io.pipewright.app.project.OpenedPipeline;
import io.pipewright.app.project.ProjectService;
import io.pipewright.app.project.SampleFolder;
import io.pipewright.app.project.WorkspaceAccess;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunStatus;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.HistoryQuery;
import io.pipewright.store.RunRecord;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs of a project's pipeline, without a toolkit: a single thread stands in for the FX thread. */
class ProjectRunTest {
    private static final NodeCatalog CATALOG = NodeCatalog.load();
    private final ExecutorService fxThread = Executors.newSingleThreadExecutor();
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final PipelineExecutor executor = PipelineExecutor.withCores(OutputCache.NONE);

    @TempDir
    Path dir;

    private WorkspaceAccess access;
    private OpenedPipeline iris;
    private PipelineDocumentViewModel document;

    @BeforeEach
    void openIris() {
        access = new WorkspaceAccess(dir);
        ProjectService service = new ProjectService(access.get(), CATALOG);
        service.importSamples(SampleFolder.list(Path.of("sample-projects")));
        iris = service.open("iris");
        document = new PipelineDocumentViewModel(CATALOG);
    }

    @AfterEach
    void stopThreads() {
        executor.close();
        background.shutdownNow();
        fxThread.shutdownNow();
        access.close();
    }

    @Test
    void runToHereRunsTheSelectedNodeAndOnlyWhatItNeeds() throws Exception {
        RunController runs = new RunController(document, executor, background, fxThread, null);
        onUi(() -> {
            document.open(iris.pipeline(), iris.file());
            return runs.runTo("train");
        }).get(30, TimeUnit.SECONDS);
        waitOnUi(() -> document.lastResultProperty().get() != null);

        assertThat(onUi(() -> document.lastResultProperty().get().status())).isEqualTo(RunStatus.SUCCEEDED);
        for (String ran : new String[] {"load", "split", "train"}) {
            assertThat(onUi(() -> document.nodeStates().get(ran).state())).as(ran).isEqualTo(NodeState.SUCCEEDED);
        }
        for (String notRun : new String[] {"holdout", "cv", "save-model"}) {
            assertThat(onUi(() -> document.nodeStates().get(notRun).state())).as(notRun).isEqualTo(NodeState.IDLE);
        }
        assertThat(iris.folder().resolve("output/iris-j48.model")).doesNotExist();
    }

    @Test
    void aRunOfAProjectPipelineIsRecordedWithTheProjectAndTheRevisionThatRan() throws Exception {
        RunController runs = new RunController(document, executor, background, fxThread,
                new WorkspaceRecorder(access, CATALOG), () -> "iris");
        onUi(() -> {
            document.open(iris.pipeline(), iris.file());
            return runs.runAll();
        }).get(30, TimeUnit.SECONDS);
        waitOnUi(() -> document.console().stream().anyMatch(l -> l.startsWith("recorded as run")));

        Workspace ws = access.get();
        RunRecord run = ws.runs().require(ws.runs().history(HistoryQuery.newest(10)).get(0).id());
        assertThat(run.project()).isEqualTo("iris");
        assertThat(run.revision()).isEqualTo(1);
        assertThat(ws.revisions().list("iris", "Iris J48")).hasSize(1);
        assertThat(iris.folder().resolve("output/iris-j48.model")).exists();
    }

    @Test
    void runningAnEditedPipelineSavesItAsANewRevisionFirst() throws Exception {
        RunController runs = new RunController(document, executor, background, fxThread,
                new WorkspaceRecorder(access, CATALOG), () -> "iris");
        onUi(() -> {
            document.open(iris.pipeline(), iris.file());
            document.setParam("cv", "folds", "5");
            return runs.runTo("cv");
        }).get(30, TimeUnit.SECONDS);
        waitOnUi(() -> document.console().stream().anyMatch(l -> l.startsWith("recorded as run")));

        RunRecord run = access.get().runs().require(access.get().runs().history(HistoryQuery.newest(10)).get(0).id());
        assertThat(run.revision()).isEqualTo(2);
        assertThat(access.get().revisions().get("iris", "Iris J48", 2).message()).isEqualTo("saved before a run");
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
