package io.pipewright.app;

import io.pipewright.graph.Edge;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.CubicCurve;

import java.util.function.BiConsumer;

/**
 * A wire drawn as a curve from an output port to an input port; it follows both nodes when they move.
 * A wider transparent curve under it makes it easy to click; a selected wire is drawn thick and blue.
 */
final class EdgeView extends Group {
    private final NodeView from;
    private final NodeView to;
    private final Edge edge;
    private final CubicCurve line = new CubicCurve();
    private final CubicCurve hitArea = new CubicCurve();
    private final InvalidationListener update = o -> update();

    /**
     * @param onSelect called with the wire and whether Shift or Ctrl was held (toggle instead of replace)
     */
    EdgeView(Edge edge, NodeView from, NodeView to, BiConsumer<Edge, Boolean> onSelect) {
        this.edge = edge;
        this.from = from;
        this.to = to;
        setId("edge-" + edge.from().nodeId() + "-" + edge.from().port() + "-" + edge.to().nodeId() + "-" + edge.to().port());
        line.getStyleClass().add("edge");
        line.setMouseTransparent(true);
        hitArea.getStyleClass().add("edge-hit");
        // Invisible but still picked: opacity 0 skips rendering, which a transparent stroke would not.
        hitArea.setOpacity(0);
        hitArea.hoverProperty().addListener((obs, was, now) -> {
            line.getStyleClass().remove("hover");
            if (now) {
                line.getStyleClass().add("hover");
            }
        });
        getChildren().addAll(hitArea, line);
        hitArea.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                onSelect.accept(edge, e.isShiftDown() || e.isShortcutDown());
                e.consume();
            }
        });
        from.layoutXProperty().addListener(update);
        from.layoutYProperty().addListener(update);
        to.layoutXProperty().addListener(update);
        to.layoutYProperty().addListener(update);
        update();
    }

    Edge edge() {
        return edge;
    }

    /** Stops following the nodes: called when the wire leaves the canvas, so no listener leaks. */
    void detach() {
        from.layoutXProperty().removeListener(update);
        from.layoutYProperty().removeListener(update);
        to.layoutXProperty().removeListener(update);
        to.layoutYProperty().removeListener(update);
    }

    void setSelected(boolean selected) {
        line.getStyleClass().remove("selected");
        if (selected) {
            line.getStyleClass().add("selected");
        }
    }

    private void update() {
        Point2D a = from.portAnchor(edge.from().port(), true);
        Point2D b = to.portAnchor(edge.to().port(), false);
        double bend = Math.max(40, Math.abs(b.getX() - a.getX()) / 2);
        for (CubicCurve c : new CubicCurve[] {line, hitArea}) {
            c.setStartX(a.getX());
            c.setStartY(a.getY());
            c.setControlX1(a.getX() + bend);
            c.setControlY1(a.getY());
            c.setControlX2(b.getX() - bend);
            c.setControlY2(b.getY());
            c.setEndX(b.getX());
            c.setEndY(b.getY());
        }
    }
}
