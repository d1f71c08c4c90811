package io.pipewright.app.project;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The finished-run notification: a ControlsFX pop-up beside the window and a toast in it. */
@ExtendWith(ApplicationExtension.class)
class RunNotifierTest {
    private final StackPane host = new StackPane();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(host, 800, 600));
        stage.show();
    }

    private static RunResult failedRun() {
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("load", new NodeResult("load", "ingest.csv", NodeState.SUCCEEDED, 0.1, null, Map.of(), Map.of(), List.of(), null));
        nodes.put("train", new NodeResult("train", "train.weka-classifier", NodeState.FAILED, 0.2, "boom", Map.of(), Map.of(), List.of(), null));
        nodes.put("cv", new NodeResult("cv", "evaluate.holdout", NodeState.SKIPPED, 0, null, Map.of(), Map.of(), List.of(), null));
        return new RunResult("r1", "Iris J48", RunStatus.FAILED, Instant.parse("2026-01-01T10:00:00Z"),
                Instant.parse("2026-01-01T10:00:02.500Z"), nodes);
    }

    @Test
    void withoutPopupsAFailedRunSaysInAToastHowManyNodesFailedAndHowLongItTook(FxRobot robot) {
        robot.interact(() -> new RunNotifier(() -> stage, host, false).finished(failedRun()));

        assertThat(robot.lookup("#run-toast .toast-title").queryAs(Label.class).getText()).isEqualTo("Run failed");
        assertThat(robot.lookup("#run-toast .toast-text").queryAs(Label.class).getText())
                .isEqualTo("Iris J48: 1 node failed, 1 skipped after 2.5 s — see the Console");
    }

    @Test
    void theControlsFxNotificationOpensBesideTheWindowHeadlessToo(FxRobot robot) {
        robot.interact(() -> new RunNotifier(() -> stage, host, true).finished(failedRun()));
        WaitForAsyncUtils.waitForFxEvents();

        List<Window> popups = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).toList();
        assertThat(popups).anySatisfy(w -> {
            assertThat(w.getScene().getRoot().lookup(".notification-bar")).isNotNull();
            assertThat(w.getScene().getRoot().lookupAll(".label")).anySatisfy(l ->
                    assertThat(((Label) l).getText()).isEqualTo("Iris J48: 1 node failed, 1 skipped after 2.5 s — see the Console"));
        });
        assertThat(robot.lookup("#run-toast").tryQuery()).isEmpty();
    }
}
