package io.pipewright.app;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A workspace folder with no database yet: the History dock says so and does not create one. */
@ExtendWith(ApplicationExtension.class)
class HistoryEmptyStateTest {
    @TempDir
    static Path workspace;

    @Start
    void start(Stage stage) throws java.io.IOException {
        MainWindow window = PipewrightApp.createForTest(stage, Files.createTempDirectory("pipewright-app"), java.util.List::of);
        window.useWorkspace(workspace);
    }

    @Test
    void anAbsentWorkspaceShowsHowRunsGetRecordedAndIsNotCreated(FxRobot robot) throws Exception {
        robot.clickOn("History");
        Label empty = robot.lookup("#history-empty").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> empty.getText().startsWith("No runs recorded yet"));

        assertThat(empty.getText()).contains(workspace.toString()).contains("Press Run");
        assertThat(Files.exists(workspace.resolve("pipewright.mv.db"))).isFalse();
    }
}
