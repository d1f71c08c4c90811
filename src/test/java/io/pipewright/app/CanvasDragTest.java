package io.pipewright.app;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dragging a node on the real window (headless under Monocle): while it moves, its wires sit in a layer
 * of their own (so a frame repaints only around them), and after the drop or Esc every card and wire
 * is back in its layer in the drawing order it had.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasDragTest {
    @TempDir
    static Path project;

    @Start
    void start(Stage stage) throws Exception {
        for (String name : new String[] {"iris-j48.pipeline.json", "iris.csv"}) {
            Files.copy(Path.of("sample-projects/iris", name), project.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        PipewrightApp.createForTest(stage, project.resolve("iris-j48.pipeline.json"));
    }

    @Test
    void draggedNodesWiresMoveApartFromTheOtherWiresWhileItIsDragged(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node load = robot.lookup("#node-load").query();
        Node loadWire = wiresOf(robot, "load").get(0);
        Node otherWire = robot.lookup(".edge").queryAll().stream().map(Node::getParent)
                .filter(w -> !w.getId().contains("-load-")).findFirst().orElseThrow();

        robot.moveTo(load.localToScreen(30, 12)).press(MouseButton.PRIMARY).moveBy(30, 10).moveBy(30, 10);
        WaitForAsyncUtils.waitForFxEvents();
        boolean apartWhileDragged = loadWire.getParent() != otherWire.getParent();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(apartWhileDragged).isTrue();
        assertThat(loadWire.getParent()).isSameAs(otherWire.getParent());
    }

    @Test
    void dropPutsEveryCardAndWireBackInItsDrawingOrder(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cards = order(robot, ".node-card");
        List<String> wires = order(robot, ".edge");
        Node load = robot.lookup("#node-load").query();
        double x = load.getLayoutX();

        robot.moveTo(load.localToScreen(30, 12)).press(MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 20)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Node moved = robot.lookup("#node-load").query();
        assertThat(moved.getLayoutX()).isGreaterThan(x);
        assertThat(order(robot, ".node-card")).isEqualTo(cards);
        assertThat(order(robot, ".edge")).isEqualTo(wires);
        assertThat(moved.getParent()).isSameAs(robot.lookup("#node-cv").query().getParent());
    }

    @Test
    void escapeDuringADragPutsTheNodeBackWhereItWasAndInOrder(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cards = order(robot, ".node-card");
        Node load = robot.lookup("#node-load").query();
        double x = load.getLayoutX();
        double y = load.getLayoutY();

        robot.moveTo(load.localToScreen(30, 12)).press(MouseButton.PRIMARY).moveBy(40, 0).moveBy(40, 20);
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(load.getLayoutX()).isEqualTo(x);
        assertThat(load.getLayoutY()).isEqualTo(y);
        assertThat(order(robot, ".node-card")).isEqualTo(cards);
        assertThat(load.getParent()).isSameAs(robot.lookup("#node-cv").query().getParent());
    }

    /** Ids in drawing order: depth-first through the canvas, as the renderer walks it. */
    private static List<String> order(FxRobot robot, String selector) {
        Parent canvas = robot.lookup("#canvas").queryAs(Parent.class);
        List<String> ids = new java.util.ArrayList<>();
        collect(canvas, selector.substring(1), ids);
        return ids;
    }

    private static void collect(Parent parent, String styleClass, List<String> into) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child.getStyleClass().contains(styleClass)) {
                into.add(child.getId() != null ? child.getId() : child.getParent().getId());
            } else if (child instanceof Parent p) {
                collect(p, styleClass, into);
            }
        }
    }

    private static List<Node> wiresOf(FxRobot robot, String nodeId) {
        return robot.lookup(n -> n instanceof EdgeView && n.getId().contains("-" + nodeId + "-"))
                .queryAll().stream().toList();
    }
}
