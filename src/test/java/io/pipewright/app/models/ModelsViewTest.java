package io.pipewright.app.models;

import io.pipewright.store.ModelRegistry;
import io.pipewright.store.ModelVersion;
import io.pipewright.store.RegisteredModels;
import io.pipewright.store.Workspace;
import javafx.application.Platform;
import io.pipewright.app.monitoring.MonitoringWindow;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Models view, headless under Monocle, on a workspace whose model "churn" has three versions. */
@ExtendWith(ApplicationExtension.class)
class ModelsViewTest {
    @TempDir
    Path dir;

    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Workspace workspace;
    private Stage stage;
    private ModelsView view;

    @Start
    void start(Stage primary) {
        workspace = Workspace.open(dir.resolve("ws"));
        RegisteredModels.record(workspace, dir, "churn", 0.81, 0.85, 0.86);
        // A stage of its own: TestFX hands every test class the same primary stage.
        stage = new Stage();
        view = new ModelsView(background, Platform::runLater, () -> workspace);
        stage.setScene(new Scene(view, 1200, 600));
        stage.show();
        view.refresh();
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        robot.interact(stage::close);
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        workspace.close();
    }

    private int champion() {
        return workspace.models().byAlias("churn", ModelRegistry.CHAMPION).map(ModelVersion::version).orElse(-1);
    }

    @Test
    void promotingVersionTwoInTheViewMakesItChampionAndRollingBackRestoresVersionOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.versionsTable().getItems().size() == 3);
        assertThat(champion()).isEqualTo(1);
        assertThat(robot.lookup("#promote-champion").queryButton().isDisabled()).isTrue();

        robot.interact(() -> view.versionsTable().getItems().stream().filter(r -> r.version() == 2).findFirst()
                .ifPresent(r -> view.versionsTable().getSelectionModel().select(r)));
        assertThat(robot.lookup("#promote-champion").queryButton().isDisabled()).isFalse();
        robot.clickOn("#promote-champion");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#models-confirm-ok").tryQuery().isPresent());
        robot.clickOn("#models-confirm-ok");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.message().getText().startsWith("The champion"));
        assertThat(champion()).isEqualTo(2);
        assertThat(view.message().getText()).isEqualTo("The champion of 'churn' is now v2 (was v1).");
        assertThat(view.versionsTable().getItems().stream().filter(r -> r.version() == 2).findFirst().orElseThrow().aliases())
                .containsExactly(ModelRegistry.CHAMPION);
        assertThat(view.modelsTable().getItems().get(0).champion()).isEqualTo("v2");

        robot.clickOn("#rollback-champion");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#models-confirm-ok").tryQuery().isPresent());
        robot.clickOn("#models-confirm-ok");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.message().getText().contains("(was v2)"));
        assertThat(champion()).isEqualTo(1);
        assertThat(view.modelsTable().getItems().get(0).champion()).isEqualTo("v1");
    }

    @Test
    void aRollbackTheRegistryRefusesIsReportedInLine(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.versionsTable().getItems().size() == 3);

        robot.clickOn("#rollback-champion");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#models-confirm-ok").tryQuery().isPresent());
        robot.clickOn("#models-confirm-ok");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.message().getStyleClass().contains("error"));
        assertThat(view.message().getText()).contains("no earlier champion to roll back to");
        assertThat(champion()).isEqualTo(1);
    }

    @Test
    void theMonitoringWindowShowsTheRegistryInItsModelsTab(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.versionsTable().getItems().size() == 3);
        Path other = dir.resolve("other");
        try (Workspace ws = Workspace.open(other)) {
            RegisteredModels.record(ws, dir, "attrition", 0.7, 0.75);
        }
        robot.interact(() -> MonitoringWindow.open(other));
        Stage monitoring = (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Monitoring")).findFirst()
                .orElseThrow();
        try {
            robot.interact(() -> ((TabPane) monitoring.getScene().lookup(".tab-pane")).getSelectionModel().select(1));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> monitoring.getScene().lookup("#versions-table") instanceof
                    TableView<?> t && t.getItems().size() == 2);
            assertThat(((Label) monitoring.getScene().lookup("#models-heading")).getText()).startsWith("attrition");
        } finally {
            robot.interact(monitoring::close);
        }
    }
}
