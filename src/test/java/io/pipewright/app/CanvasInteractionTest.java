package io.pipewright.app;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Canvas gestures on the real window, headless under Monocle, on a copy of the iris sample. */
@ExtendWith(ApplicationExtension.class)
class CanvasInteractionTest {
    @TempDir
    static Path project;

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        for (String name : new String[] {"iris-j48.pipeline.json", "iris.csv"}) {
            Files.copy(Path.of("sample-projects/iris", name), project.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        this.stage = stage;
        PipewrightApp.createForTest(stage, project.resolve("iris-j48.pipeline.json"));
    }

    @Test
    void rubberBandSelectsNodesDeleteRemovesThemAndUndoBringsThemBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> before = nodeIds(robot);
        int edgesBefore = robot.lookup(".edge").queryAll().size();
        Node load = robot.lookup("#node-load").query();
        Node cv = robot.lookup("#node-cv").query();
        Point2D from = load.localToScreen(-12, -12);
        Point2D to = cv.localToScreen(cv.getBoundsInLocal().getMaxX() + 6, cv.getBoundsInLocal().getMaxY() + 6);

        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.midpoint(to)).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".node-card.selected").queryAll()).contains(load, cv);
        int selected = robot.lookup(".node-card.selected").queryAll().size();

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#node-load").tryQuery()).isEmpty();
        assertThat(robot.lookup("#node-cv").tryQuery()).isEmpty();
        assertThat(nodeIds(robot)).hasSize(before.size() - selected);
        assertThat(stage.getTitle()).contains("*");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nodeIds(robot)).isEqualTo(before);
        assertThat(robot.lookup(".edge").queryAll()).hasSize(edgesBefore);
        assertThat(stage.getTitle()).doesNotContain("*");
    }

    @Test
    void incompatibleWireIsMarkedWhileDraggingAndRefusedWithItsReasonShown(FxRobot robot) {
        robot.doubleClickOn("Holdout evaluation");
        WaitForAsyncUtils.waitForFxEvents();
        int edgesBefore = robot.lookup(".edge").queryAll().size();

        robot.drag("#port-load-out-data", MouseButton.PRIMARY).moveTo("#port-holdout-2-in-test");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#port-holdout-2-in-test").query().getStyleClass()).contains("port-compatible");
        assertThat(robot.lookup("#port-holdout-2-in-model").query().getStyleClass()).contains("port-incompatible");
        robot.moveTo("#port-holdout-2-in-model").release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#canvas-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("Wire refused").contains("takes").contains("gives");
        assertThat(robot.lookup(".edge").queryAll()).hasSize(edgesBefore);
        assertThat(robot.lookup(".port-incompatible").queryAll()).isEmpty();
    }

    @Test
    void escapeCancelsAWireBeingDrawn(FxRobot robot) {
        robot.doubleClickOn("Holdout evaluation");
        int edgesBefore = robot.lookup(".edge").queryAll().size();
        robot.drag("#port-train-out-model", MouseButton.PRIMARY).moveTo("#port-holdout-2-in-model");
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".edge").queryAll()).hasSize(edgesBefore);
    }

    @Test
    void zoomStaysBetweenTenAndFourHundredPercent(FxRobot robot) {
        CanvasView canvas = robot.lookup("#canvas").queryAs(CanvasView.class);
        robot.moveTo(canvas);
        for (int i = 0; i < 40; i++) {
            robot.scroll(1, javafx.geometry.VerticalDirection.UP);
        }
        WaitForAsyncUtils.waitForFxEvents();
        double in = canvas.zoomProperty().get();
        for (int i = 0; i < 80; i++) {
            robot.scroll(1, javafx.geometry.VerticalDirection.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        double out = canvas.zoomProperty().get();

        assertThat(Set.of(in, out)).containsExactlyInAnyOrder(CanvasView.MAX_ZOOM, CanvasView.MIN_ZOOM);
        assertThat(robot.lookup("#zoom-level").queryAs(Label.class).getText()).isIn("10%", "400%");
    }

    @Test
    void copyAndPasteAddsRenamedNodesWithTheirWire(FxRobot robot) {
        robot.clickOn("#node-split");
        robot.press(KeyCode.SHIFT).clickOn("#node-train").release(KeyCode.SHIFT);
        int edgesBefore = robot.lookup(".edge").queryAll().size();

        robot.press(KeyCode.CONTROL).type(KeyCode.C).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#node-split-2").tryQuery()).isPresent();
        assertThat(robot.lookup("#node-train-2").tryQuery()).isPresent();
        assertThat(robot.lookup(".edge").queryAll()).hasSize(edgesBefore + 1);
        assertThat(robot.lookup(".node-card.selected").queryAll()).hasSize(2);
    }

    private static Set<String> nodeIds(FxRobot robot) {
        Set<String> ids = new TreeSet<>();
        robot.lookup(".node-card").queryAll().forEach(n -> ids.add(n.getId()));
        return ids;
    }
}
