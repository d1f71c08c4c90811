package io.pipewright.app.project;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Remembers the window's size and position and the dock dividers between sessions, in a
 * {@link Preferences} node (the user's preferences in the app; a throwaway node in tests).
 * A remembered position that is no longer on any screen (a monitor was unplugged) is not restored.
 */
public final class WindowLayout {
    private final Preferences node;

    public WindowLayout(Preferences node) {
        this.node = node;
    }

    public static WindowLayout forUser() {
        return new WindowLayout(Preferences.userRoot().node("io/pipewright/app/window"));
    }

    /** Applies the remembered size, position and dividers (those not remembered keep their defaults). */
    public void restore(Stage stage, Map<String, SplitPane> panes) {
        double w = node.getDouble("width", -1);
        double h = node.getDouble("height", -1);
        double x = node.getDouble("x", Double.NaN);
        double y = node.getDouble("y", Double.NaN);
        if (w >= 400 && h >= 300) {
            stage.setWidth(w);
            stage.setHeight(h);
        }
        if (!Double.isNaN(x) && !Double.isNaN(y) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 40)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(node.getBoolean("maximized", false));
        panes.forEach((key, pane) -> {
            double[] positions = pane.getDividerPositions();
            for (int i = 0; i < positions.length; i++) {
                double p = node.getDouble(key + "." + i, Double.NaN);
                if (!Double.isNaN(p) && p > 0 && p < 1) {
                    positions[i] = p;
                }
            }
            pane.setDividerPositions(positions);
        });
    }

    /** Stores the current size, position and dividers. */
    public void save(Stage stage, Map<String, SplitPane> panes) {
        node.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            node.putDouble("width", stage.getWidth());
            node.putDouble("height", stage.getHeight());
            node.putDouble("x", stage.getX());
            node.putDouble("y", stage.getY());
        }
        panes.forEach((key, pane) -> {
            double[] positions = pane.getDividerPositions();
            for (int i = 0; i < positions.length; i++) {
                node.putDouble(key + "." + i, positions[i]);
            }
        });
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // The layout is a convenience: when the preferences cannot be written, the defaults return next time.
        }
    }
}
