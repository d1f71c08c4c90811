package io.pipewright.app;

import io.pipewright.graph.Edge;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.shape.CubicCurve;

/** A wire drawn as a curve from an output port to an input port; it follows both nodes when they move. */
final class EdgeView extends CubicCurve {
    private final NodeView from;
    private final NodeView to;
    private final Edge edge;

    EdgeView(Edge edge, NodeView from, NodeView to) {
        this.edge = edge;
        this.from = from;
        this.to = to;
        getStyleClass().add("edge");
        setMouseTransparent(true);
        InvalidationListener update = o -> update();
        from.layoutXProperty().addListener(update);
        from.layoutYProperty().addListener(update);
        to.layoutXProperty().addListener(update);
        to.layoutYProperty().addListener(update);
        update();
    }

    Edge edge() {
        return edge;
    }

    private void update() {
        Point2D a = from.portAnchor(edge.from().port(), true);
        Point2D b = to.portAnchor(edge.to().port(), false);
        double bend = Math.max(40, Math.abs(b.getX() - a.getX()) / 2);
        setStartX(a.getX());
        setStartY(a.getY());
        setControlX1(a.getX() + bend);
        setControlY1(a.getY());
        setControlX2(b.getX() - bend);
        setControlY2(b.getY());
        setEndX(b.getX());
        setEndY(b.getY());
    }
}
