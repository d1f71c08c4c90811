package io.pipewright.app.project;

import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Map;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Dock sizes and the window's size are remembered from one session to the next. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    private final Preferences node = Preferences.userRoot().node("io/pipewright/test/" + UUID.randomUUID());
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    private static SplitPane docks() {
        return new SplitPane(new Pane(), new Pane(), new Pane());
    }

    @Test
    void dividerPositionsAndWindowSizeSavedInOneSessionAreRestoredInTheNext(FxRobot robot) {
        SplitPane before = docks();
        robot.interact(() -> {
            stage.setScene(new Scene(before, 900, 600));
            stage.show();
            stage.setWidth(1000);
            stage.setHeight(700);
            before.setDividerPositions(0.25, 0.6);
            new WindowLayout(node).save(stage, Map.of("main", before));
        });

        SplitPane after = docks();
        robot.interact(() -> {
            stage.hide();
            Stage next = new Stage();
            next.setScene(new Scene(after, 640, 480));
            new WindowLayout(node).restore(next, Map.of("main", after));
            next.show();
            assertThat(next.getWidth()).isEqualTo(1000);
            assertThat(next.getHeight()).isEqualTo(700);
            next.hide();
        });

        assertThat(after.getDividerPositions()[0]).isCloseTo(0.25, within(0.01));
        assertThat(after.getDividerPositions()[1]).isCloseTo(0.6, within(0.01));
    }

    @Test
    void withNothingRememberedTheDefaultsStay(FxRobot robot) {
        SplitPane pane = docks();
        pane.setDividerPositions(0.3, 0.7);
        robot.interact(() -> {
            stage.setScene(new Scene(pane, 640, 480));
            new WindowLayout(node).restore(stage, Map.of("main", pane));
        });

        assertThat(pane.getDividerPositions()).containsExactly(0.3, 0.7);
    }
}
