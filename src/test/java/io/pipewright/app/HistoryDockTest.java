package io.pipewright.app;

import io.pipewright.app.history.RunComparison;
import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineCompiler;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunListener;
import io.pipewright.exec.RunOptions;
import io.pipewright.exec.RunResult;
import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.RunStart;
import io.pipewright.store.RunSummary;
import io.pipewright.store.Workspace;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The History dock on a temporary workspace holding two recorded runs of the iris pipeline (10 and 5 folds). */
@ExtendWith(ApplicationExtension.class)
class HistoryDockTest {
    @TempDir
    static Path project;
    @TempDir
    static Path workspace;

    private Stage stage;

    @BeforeAll
    static void recordTwoRuns() throws Exception {
        for (String name : new String[] {"iris-j48.pipeline.json", "iris.csv"}) {
            Files.copy(Path.of("sample-projects/iris", name), project.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        Path file = project.resolve("iris-j48.pipeline.json");
        Pipeline iris = new PipelineReader().read(file);
        NodeCatalog catalog = NodeCatalog.load();
        try (Workspace ws = Workspace.open(workspace); PipelineExecutor executor = PipelineExecutor.withCores(OutputCache.NONE)) {
            for (int folds : new int[] {10, 5}) {
                Pipeline effective = iris.withNode(iris.node("cv").orElseThrow().withParam("folds", folds));
                RunResult result = executor.run(new PipelineCompiler(catalog).compile(effective, project).compiled(),
                        RunOptions.DEFAULT, RunListener.NONE);
                ws.runs().record(RunStart.forFile(file, effective, List.of("cv.folds=" + folds), "Iris", "test", "3.8.6"), result);
            }
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow window = PipewrightApp.createForTest(stage, project.resolve("iris-j48.pipeline.json"));
        window.useWorkspace(workspace);
    }

    private TableView<RunSummary> openHistory(FxRobot robot) throws Exception {
        robot.clickOn("History");
        TableView<RunSummary> table = robot.lookup("#history-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    @Test
    void historyListsTheRecordedRunsNewestFirstWithTheirKeyMetrics(FxRobot robot) throws Exception {
        TableView<RunSummary> table = openHistory(robot);

        assertThat(table.getItems()).extracting(RunSummary::status).containsOnly("succeeded");
        assertThat(table.getItems().get(0).id()).isGreaterThan(table.getItems().get(1).id());
        assertThat(table.getItems().get(0).metrics().get("cv")).containsKey("accuracy");
    }

    @Test
    void metricChartHasOnePointPerRun(FxRobot robot) throws Exception {
        openHistory(robot);

        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup("#history-chart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(1);
        List<XYChart.Data<Number, Number>> points = chart.getData().get(0).getData();
        assertThat(points).hasSize(2);
        assertThat(chart.getData().get(0).getName()).isEqualTo("accuracy of cv");
    }

    @Test
    void comparingTwoRunsShowsTheChangedFoldCount(FxRobot robot) throws Exception {
        TableView<RunSummary> table = openHistory(robot);
        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.clickOn("#history-compare");

        TableView<RunComparison.Row> comparison = robot.lookup("#history-comparison").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !comparison.getItems().isEmpty());
        assertThat(comparison.getItems()).contains(new RunComparison.Row("parameter", "cv.folds", "10", "5", true));
    }

    @Test
    void openingARunLoadsItsSavedRevision(FxRobot robot) throws Exception {
        TableView<RunSummary> table = openHistory(robot);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#history-open");
        javafx.scene.control.ListView<String> console = robot.lookup("#console").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> console.getItems().stream()
                .anyMatch(line -> line.startsWith("opened revision 1 of Iris/Iris J48")));
        assertThat(stage.getTitle()).startsWith("Pipewright - Iris J48");
    }
}
