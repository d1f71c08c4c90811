package io.pipewright.app.results;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A 1,000-column table opens in the dataset view and scrolls, with statistics computed off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class WideTableTest {
    private static final int COLUMNS = 1_000;
    private DatasetView view;

    @Start
    void start(Stage stage) {
        view = new DatasetView(new ViewTasks(Executors.newSingleThreadExecutor(), Platform::runLater));
        stage.setScene(new Scene(view, 1200, 500));
        stage.show();
    }

    private double showMillis(FxRobot robot, Instances data) {
        long start = System.nanoTime();
        robot.interact(() -> {
            view.show(data.relationName(), data);
            view.applyCss();
            view.layout();
        });
        return (System.nanoTime() - start) / 1e6;
    }

    private static Instances wide() {
        return table(COLUMNS);
    }

    private static Instances table(int columns) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int a = 0; a < columns; a++) {
            attributes.add(new Attribute("c" + a));
        }
        Instances data = new Instances("table-" + columns, attributes, 500);
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            double[] row = new double[columns];
            for (int a = 0; a < columns; a++) {
                row[a] = random.nextGaussian();
            }
            data.add(new DenseInstance(1, row));
        }
        return data;
    }

    @Test
    void aThousandColumnTableOpensScrollsAndGetsItsStatistics(FxRobot robot) throws Exception {
        Instances narrow = table(5);
        showMillis(robot, narrow);
        showMillis(robot, table(6));
        double narrowMillis = showMillis(robot, narrow);
        double openMillis = showMillis(robot, wide());
        System.out.printf("dataset view: 5 columns shown in %.0f ms, 1,000 columns in %.0f ms%n", narrowMillis, openMillis);

        TableView<Integer> table = view.rows();
        assertThat(table.getColumns()).hasSize(DatasetView.PAGE_COLUMNS + 1);
        assertThat(table.getItems()).hasSize(500);
        // All 1,000 columns in one TableView took 50 s here; a page of columns costs about what a small table costs.
        assertThat(openMillis).isLessThan(Math.max(1_000, 8 * narrowMillis));
        long page = System.nanoTime();
        robot.clickOn("#column-page-next");
        System.out.printf("1,000-column table: next page of columns in %.0f ms%n", (System.nanoTime() - page) / 1e6);
        assertThat(table.getColumns().get(1).getText()).isEqualTo("c" + DatasetView.PAGE_COLUMNS);

        TableView<ColumnStatistics> stats = robot.lookup("#column-stats").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stats.getItems().size() == COLUMNS);
        assertThat(stats.getItems().get(COLUMNS - 1).name()).isEqualTo("c999");
        robot.interact(() -> stats.getSelectionModel().select(COLUMNS - 1));
        assertThat(table.getColumns().get(table.getColumns().size() - 1).getText()).isEqualTo("c999");
        assertThat(robot.lookup("#column-page").queryLabeled().getText()).isEqualTo("columns 976–1,000 of 1,000");
    }
}
