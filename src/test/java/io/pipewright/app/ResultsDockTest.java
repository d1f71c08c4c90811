package io.pipewright.app;

import io.pipewright.app.results.ColumnStatistics;
import io.pipewright.app.results.MetricRow;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import weka.classifiers.evaluation.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.converters.CSVLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Results dock and the inspector's schema-aware editors in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class ResultsDockTest {
    @TempDir
    static Path project;

    @Start
    void start(Stage stage) throws Exception {
        for (String name : new String[] {"iris-j48.pipeline.json", "iris.csv"}) {
            Files.copy(Path.of("sample-projects/iris", name), project.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        PipewrightApp.createForTest(stage, project.resolve("iris-j48.pipeline.json"));
    }

    private static void runIris(FxRobot robot) throws Exception {
        robot.clickOn("#tool-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup(".node-card.state-succeeded").queryAll().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void evaluationNodeShowsTheAccuracyWekaComputesForTheSameCrossValidation(FxRobot robot) throws Exception {
        CSVLoader loader = new CSVLoader();
        loader.setSource(project.resolve("iris.csv").toFile());
        Instances iris = loader.getDataSet();
        iris.setClassIndex(iris.numAttributes() - 1);
        J48 j48 = new J48();
        j48.setOptions(new String[] {"-C", "0.25", "-M", "2"});
        Evaluation weka = new Evaluation(iris);
        weka.crossValidateModel(j48, iris, 10, new Random(1));

        runIris(robot);
        robot.clickOn("#node-cv");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<MetricRow> table = robot.lookup("#metrics-table").queryTableView();
        assertThat(table.getItems()).contains(new MetricRow("accuracy",
                String.format(Locale.ROOT, "%.4f", weka.pctCorrect() / 100)));
        LineChart<?, ?> roc = robot.lookup("#roc-chart").queryAs(LineChart.class);
        assertThat(roc.getData()).hasSize(4);
        assertThat(roc.getData().get(3).getName()).isEqualTo("chance (AUC 0.500)");
        assertThat(roc.getData().get(0).getName()).startsWith("Iris-setosa (AUC ");
    }

    @Test
    void loadNodeShowsAllRowsAndPetalLengthStatistics(FxRobot robot) throws Exception {
        runIris(robot);
        robot.clickOn("#node-load");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Integer> rows = robot.lookup("#data-table").queryTableView();
        assertThat(rows.getItems()).hasSize(150);
        assertThat(rows.getColumns()).hasSize(6);
        TableView<ColumnStatistics> stats = robot.lookup("#column-stats").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stats.getItems().size() == 5);
        ColumnStatistics petal = stats.getItems().stream().filter(s -> s.name().equals("petallength")).findFirst().orElseThrow();
        assertThat(petal.min()).isEqualTo(1.0);
        assertThat(petal.max()).isEqualTo(6.9);
    }

    @Test
    void clickingTheTestOutputPortOfTheSplitShowsTheTestRows(FxRobot robot) throws Exception {
        runIris(robot);
        robot.clickOn("#port-split-out-test");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Integer> rows = robot.lookup("#data-table").queryTableView();
        assertThat(rows.getItems()).hasSize(150 - 99);
        assertThat(robot.lookup("#results-output-test").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void inspectorOffersTheInputsColumnsForSetClass(FxRobot robot) throws Exception {
        robot.doubleClickOn("Set class");
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag("#port-load-out-data").dropTo("#port-set-class-in-data");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#node-set-class");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ComboBox<String> column = robot.lookup("#param-column").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !column.getItems().isEmpty());
        assertThat(column.getItems()).containsExactly("sepallength", "sepalwidth", "petallength", "petalwidth", "class");
    }

    @Test
    void wekaOptionEditorRefusesAnInvalidValueWithItsReasonAndKeepsTheLearner(FxRobot robot) {
        robot.clickOn("#node-train");
        WaitForAsyncUtils.waitForFxEvents();
        TextField confidence = robot.lookup("#weka-option-C").queryAs(TextField.class);
        robot.interact(() -> {
            confidence.setText("abc");
            confidence.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(confidence.getStyleClass()).contains("invalid");
        assertThat(robot.lookup(".param-error").queryAll()).anySatisfy(n ->
                assertThat(((Label) n).getText()).contains("-C abc").contains("number"));
        assertThat(robot.lookup("#weka-command-line").queryAs(TextField.class).getText())
                .isEqualTo("weka.classifiers.trees.J48 -C 0.25 -M 2");
    }

    @Test
    void wekaOptionEditorAppliesAValidValueAsOneUndoableEdit(FxRobot robot) {
        robot.clickOn("#node-train");
        WaitForAsyncUtils.waitForFxEvents();
        TextField confidence = robot.lookup("#weka-option-C").queryAs(TextField.class);
        robot.interact(() -> {
            confidence.setText("0.1");
            confidence.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#weka-command-line").queryAs(TextField.class).getText()).contains("-C 0.1");
        robot.clickOn("#tool-undo");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#node-train");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#weka-command-line").queryAs(TextField.class).getText()).contains("-C 0.25");
    }
}
