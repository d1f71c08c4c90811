package io.pipewright.app;

import io.pipewright.app.project.SampleFolder;
import io.pipewright.store.HistoryQuery;
import io.pipewright.store.RunRecord;
import io.pipewright.store.Workspace;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's first start on a fresh workspace, headless under Monocle: samples, welcome page, open, run, save. */
@ExtendWith(ApplicationExtension.class)
class ProjectsWindowTest {
    @TempDir
    Path workspace;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = PipewrightApp.createForTest(stage, workspace, () -> SampleFolder.list(Path.of("sample-projects")));
        window.projects().startUp(null);
    }

    @Test
    void theFirstStartImportsTheSamplesAndTheWelcomePageListsThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sample-card-iris").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#welcome").query().isVisible()).isTrue();
        assertThat(robot.lookup(".welcome-card").queryAll()).hasSize(4);
        assertThat(robot.lookup("#sample-card-iris .card-title").queryAs(Label.class).getText()).isEqualTo("Iris quick start");
        assertThat(robot.lookup("#sample-card-iris .card-text").queryAs(Label.class).getText()).startsWith("The five-minute tour");
        assertThat(robot.lookup("#sample-card-retail-churn .card-title").queryAs(Label.class).getText())
                .isEqualTo("Retail churn (monitoring)");
        assertThat(robot.lookup("#sample-card-retail-churn .card-text").queryAs(Label.class).getText())
                .isEqualTo("A churn model watched for a year as its customers drift: data drift per column, accuracy month "
                        + "by month, retraining when it falls.");
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.projects().list()).extracting(p -> p.project().name())
                    .containsExactlyInAnyOrder("iris", "finance-credit-risk", "healthcare-diabetes", "retail-churn");
        }
    }

    @Test
    void openingTheIrisSampleAndPressingRunRecordsARunOfThatProject(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#welcome-sample-iris").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#welcome-sample-iris");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#node-cv").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("Pipewright - iris / Iris J48");

        robot.clickOn("#tool-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup(".node-card.state-succeeded").queryAll().size() == 6);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#console").queryListView().getItems().stream()
                .anyMatch(line -> line.toString().startsWith("recorded as run")));

        assertThat(robot.lookup("#run-toast .toast-title").queryAs(Label.class).getText()).isEqualTo("Run succeeded");
        try (Workspace ws = Workspace.open(workspace)) {
            RunRecord run = ws.runs().require(ws.runs().history(HistoryQuery.newest(5)).get(0).id());
            assertThat(run.project()).isEqualTo("iris");
            assertThat(run.revision()).isEqualTo(1);
            assertThat(run.status()).isEqualTo("succeeded");
        }
    }

    @Test
    void newProjectRefusesATakenNameAndCreatesAnEmptyProjectUnderAFreeOne(FxRobot robot) throws Exception {
        // The welcome page is rebuilt once the sample import finishes: wait for that, then take its button.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sample-card-iris").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#welcome-new");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#new-project-name").tryQuery().isPresent());
        robot.clickOn("#new-project-name").write("iris");
        assertThat(robot.lookup("#new-project-problem").queryAs(Label.class).getText()).contains("already exists");
        assertThat(robot.lookup("Create").queryButton().isDisabled()).isTrue();

        robot.write(" churn");
        robot.clickOn("Create");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Pipewright - iris churn / iris churn".equals(stage.getTitle()));

        assertThat(robot.lookup("#status-project").queryAs(Label.class).getText()).contains("not saved yet");
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.projects().find("iris churn")).isPresent();
        }
    }

    @Test
    void ctrlSSavesAnEditAsTheProjectsNextRevision(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#welcome-sample-iris").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#welcome-sample-iris");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#node-cv").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#node-cv");
        TextField folds = robot.lookup("#param-folds").queryAs(TextField.class);
        robot.interact(() -> {
            folds.setText("5");
            folds.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getTitle()).endsWith("*");

        robot.clickOn("#node-cv").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !stage.getTitle().endsWith("*"));

        assertThat(robot.lookup("#status-project").queryAs(Label.class).getText()).contains("revision 2");
        try (Workspace ws = Workspace.open(workspace)) {
            assertThat(ws.revisions().open(ws.revisions().get("iris", "Iris J48", 2)).node("cv").orElseThrow().params())
                    .containsEntry("folds", 5);
        }
    }
}
