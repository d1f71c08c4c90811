package io.pipewright.app;

import io.pipewright.app.project.ProjectService;
import io.pipewright.app.project.RecoveryState;
import io.pipewright.app.project.RecoverySlot;
import io.pipewright.app.project.SampleFolder;
import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.Workspace;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A start after a crash offers the autosaved changes; Recover saves them as the project's next revision. */
@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {
    @TempDir
    Path workspace;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        try (Workspace ws = Workspace.open(workspace)) {
            ProjectService service = new ProjectService(ws, NodeCatalog.load());
            service.importSamples(SampleFolder.list(Path.of("sample-projects")));
            Pipeline iris = service.open("iris").pipeline();
            Pipeline unsaved = iris.withNode(iris.node("cv").orElseThrow().withParam("folds", 3));
            new RecoverySlot(workspace).write(new RecoveryState("iris", null, Instant.now(), new PipelineWriter().write(unsaved)));
        }
        MainWindow window = PipewrightApp.createForTest(stage, workspace, () -> SampleFolder.list(Path.of("sample-projects")));
        window.projects().startUp(null);
    }

    @Test
    void recoverSavesTheAutosavedChangesAsTheNextRevisionAndOpensThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("Recover").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Recover");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Pipewright - iris / Iris J48".equals(stage.getTitle()));

        try (Workspace ws = Workspace.open(workspace)) {
            var revision = ws.revisions().get("iris", "Iris J48", null);
            assertThat(revision.revision()).isEqualTo(2);
            assertThat(revision.message()).contains("recovered");
            assertThat(ws.revisions().open(revision).node("cv").orElseThrow().params()).containsEntry("folds", 3);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !workspace.resolve(RecoverySlot.FILE_NAME).toFile().exists());
    }
}
