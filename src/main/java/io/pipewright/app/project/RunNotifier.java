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
 * Says when a run finished and how: a ControlsFX notification beside the window, and the same words
 * as a toast inside it (bottom right of the canvas), which stays visible even where a window manager
 * hides pop-ups and which tests can read.
 */
public final class RunNotifier {
    private final Supplier<Window> owner;
    private final StackPane host;
    private final boolean popups;

    /**
     * @param host   the pane the toast is laid over
     * @param popups whether to show the ControlsFX notification too (off in headless tests)
     */
    public RunNotifier(Supplier<Window> owner, StackPane host, boolean popups) {
        this.owner = owner;
        this.host = host;
        this.popups = popups;
    }

    public void finished(RunResult result) {
        RunOutcome outcome = RunOutcome.of(result);
        toast(outcome);
        Window window = owner.get();
        if (!popups || window == null || !window.isShowing()) {
            return;
        }
        Notifications note = Notifications.create().title(outcome.title()).text(outcome.detail()).owner(window)
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(6));
        switch (outcome.status()) {
            case SUCCEEDED -> note.showInformation();
            case FAILED -> note.showError();
            case CANCELLED -> note.showWarning();
        }
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
