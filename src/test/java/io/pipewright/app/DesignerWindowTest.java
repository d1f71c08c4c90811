package io.pipewright.app;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** The real window, headless under Monocle, on a copy of the iris sample. */
@ExtendWith(ApplicationExtension.class)
class DesignerWindowTest {
    @TempDir
    static Path project;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        for (String name : new String[] {"iris-j48.pipeline.json", "iris.csv"}) {
            Files.copy(Path.of("sample-projects/iris", name), project.resolve(name),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        this.stage = stage;
        PipewrightApp.createForTest(stage, project.resolve("iris-j48.pipeline.json"));
    }

    @Test
    void runButtonRunsTheIrisPipelineAndResultsShowTheCrossValidatedAccuracy(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).startsWith("Pipewright");
        assertThat(robot.lookup("#node-cv").tryQuery()).isPresent();

        robot.clickOn("#tool-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup(".node-card.state-succeeded").queryAll().size() == 6);
        robot.clickOn("#node-cv");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<io.pipewright.app.results.MetricRow> table = robot.lookup("#metrics-table").queryTableView();
        assertThat(table.getItems()).anySatisfy(row -> {
            assertThat(row.name()).isEqualTo("accuracy");
            assertThat(row.value()).isEqualTo("0.9600");
        });
    }

    @Test
    void selectingTheTrainNodeAfterARunShowsWekasModelText(FxRobot robot) throws Exception {
        robot.clickOn("#tool-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup(".node-card.state-succeeded").queryAll().size() == 6);
        robot.clickOn("#node-train");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#model-text").queryAs(javafx.scene.control.TextArea.class).getText())
                .startsWith("weka.classifiers.trees.J48 -C 0.25 -M 2").contains("J48 pruned tree");
    }

    @Test
    void inspectorRefusesAnOutOfRangeFoldCountInline(FxRobot robot) {
        robot.clickOn("#node-cv");
        TextField folds = robot.lookup("#param-folds").queryAs(TextField.class);
        robot.interact(() -> {
            folds.setText("1");
            folds.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(folds.getStyleClass()).contains("invalid");
        assertThat(robot.lookup(".param-error").queryAll()).anySatisfy(n ->
                assertThat(((javafx.scene.control.Label) n).getText()).contains("between"));
    }

    @Test
    void paletteDoubleClickAddsANodeAndDraggingFromAnOutputPortWiresIt(FxRobot robot) {
        robot.doubleClickOn("Holdout evaluation");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#node-holdout-2").tryQuery()).isPresent();

        robot.drag("#port-train-out-model").dropTo("#port-holdout-2-in-model");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".edge").queryAll()).hasSize(7);
        assertThat(stage.getTitle()).contains("*");
    }
}
