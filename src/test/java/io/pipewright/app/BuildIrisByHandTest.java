package io.pipewright.app;

import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Pipeline;
import javafx.scene.control.TableView;
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
import weka.classifiers.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.converters.ConverterUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user builds the iris pipeline from an empty file with the mouse: nodes dragged from the palette,
 * a wire drawn port to port, a file typed into the inspector; runs it, reads Weka's own accuracy in
 * the Results dock, saves, and the saved file reads back as the pipeline on the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class BuildIrisByHandTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Files.copy(Path.of("sample-projects/iris/iris.csv"), dir.resolve("iris.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        file = dir.resolve("by-hand.pipeline.json");
        Files.writeString(file, "{\"format\": \"pipewright.pipeline\", \"formatVersion\": 1, \"name\": \"Iris by hand\", "
                + "\"nodes\": [], \"edges\": []}");
        window = PipewrightApp.createForTest(stage, file);
    }

    @Test
    void draggingNodesFromThePaletteAndWiringThemBuildsARunnablePipeline(FxRobot robot) throws Exception {
        robot.drag("CSV file").dropTo("#canvas");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#node-csv").tryQuery()).as("the CSV node dropped on the canvas").isPresent();
        robot.clickOn("#node-csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#param-path .text-field").tryQuery().isPresent());
        TextField path = robot.lookup("#param-path .text-field").queryAs(TextField.class);
        robot.interact(() -> {
            path.setText("iris.csv");
            path.fireEvent(new javafx.event.ActionEvent());
        });

        robot.drag("Cross-validation").moveBy(0, 0).dropTo("#canvas");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#node-cross-validation").tryQuery()).isPresent();
        // The drop lands both nodes at the pointer: move the new one aside so both ports are reachable.
        robot.drag("#node-cross-validation").dropBy(260, 140);
        robot.drag("#port-csv-out-data").dropTo("#port-cross-validation-in-data");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".edge").queryAll()).hasSize(1);

        robot.clickOn("#tool-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup(".node-card.state-succeeded").queryAll().size() == 2);
        robot.clickOn("#node-cross-validation");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<io.pipewright.app.results.MetricRow> table = robot.lookup("#metrics-table").queryTableView();
        String expected = String.format(java.util.Locale.ROOT, "%.4f", wekaTenFoldJ48Accuracy());
        assertThat(table.getItems()).anySatisfy(row -> {
            assertThat(row.name()).isEqualTo("accuracy");
            assertThat(row.value()).isEqualTo(expected);
        });

        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(file).contains("cross-validation"));
        Pipeline saved = new PipelineReader().read(file);
        assertThat(saved.nodes()).isEqualTo(window.document().pipeline().nodes());
        assertThat(saved.edges()).isEqualTo(window.document().pipeline().edges());
    }

    /** Weka's Explorer figure: J48 with default options, 10-fold stratified CV, seed 1. */
    private static double wekaTenFoldJ48Accuracy() throws Exception {
        Instances data = ConverterUtils.DataSource.read(dir.resolve("iris.csv").toString());
        data.setClassIndex(data.numAttributes() - 1);
        Evaluation evaluation = new Evaluation(data);
        evaluation.crossValidateModel(new J48(), data, 10, new Random(1));
        return evaluation.pctCorrect() / 100;
    }
}
