package io.pipewright.app.project;

import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.function.Supplier;

/**
 * Says when a run finished and how: a ControlsFX notification at the window's bottom right (it works
 * headless under Monocle too, see RunNotifierTest), or, where pop-ups are not wanted (tests that
 * click near the docks), the same words as a toast laid over the canvas.
 */
public final class RunNotifier {
    private final Supplier<Window> owner;
    private final StackPane host;
    private final boolean popups;

    /**
     * @param host   the pane the toast is laid over
     * @param popups true for the ControlsFX notification, false for the in-window toast
     */
    public RunNotifier(Supplier<Window> owner, StackPane host, boolean popups) {
        this.owner = owner;
        this.host = host;
        this.popups = popups;
    }

    public void finished(RunResult result) {
        RunOutcome outcome = RunOutcome.of(result);
        Window window = owner.get();
        if (!popups || window == null || !window.isShowing()) {
            toast(outcome);
            return;
        }
        Label mark = new Label(switch (outcome.status()) {
            case SUCCEEDED -> "\u2714";
            case FAILED -> "\u2716";
            case CANCELLED -> "\u25A0";
        });
        mark.setStyle("-fx-font-size: 20px; -fx-padding: 0 4 0 8; -fx-text-fill: " + switch (outcome.status()) {
            case SUCCEEDED -> "#3ccf7a";
            case FAILED -> "#ff6b6b";
            case CANCELLED -> "#f2c94c";
        } + ";");
        Notifications.create().title(outcome.title()).text(outcome.detail()).graphic(mark).darkStyle().owner(window)
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(outcome.status() == RunStatus.SUCCEEDED ? 6 : 12))
                .show();
    }

    private void toast(RunOutcome outcome) {
        host.getChildren().removeIf(n -> "run-toast".equals(n.getId()));
        Label title = new Label(outcome.title());
        title.getStyleClass().add("toast-title");
        Label detail = new Label(outcome.detail());
        detail.getStyleClass().add("toast-text");
        detail.setWrapText(true);
        VBox toast = new VBox(2, title, detail);
        toast.setId("run-toast");
        toast.getStyleClass().addAll("toast", "toast-" + outcome.status().word());
        toast.setMaxSize(360, VBox.USE_PREF_SIZE);
        toast.setMouseTransparent(true);
        StackPane.setAlignment(toast, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(toast, new javafx.geometry.Insets(0, 18, 18, 0));
        host.getChildren().add(toast);
        FadeTransition out = new FadeTransition(Duration.millis(600), toast);
        out.setToValue(0);
        SequentialTransition life = new SequentialTransition(new PauseTransition(Duration.seconds(
                outcome.status() == RunStatus.SUCCEEDED ? 6 : 12)), out);
        life.setOnFinished(e -> host.getChildren().remove(toast));
        life.play();
    }
}
