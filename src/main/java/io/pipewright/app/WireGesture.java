package io.pipewright.app;

import io.pipewright.graph.PortRef;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;

import java.util.Collection;
import java.util.Optional;

/**
 * Drawing a wire: press on an output port, drag, release over an input port. A preview curve follows
 * the pointer; on release the document decides, and a refused wire's reason goes to the console.
 */
final class WireGesture {
    private static final double SNAP = 14;

    private final PipelineDocumentViewModel document;
    private final Pane layer;
    private final Collection<NodeView> nodes;
    private final CubicCurve preview = new CubicCurve();
    private PortRef from;

    WireGesture(PipelineDocumentViewModel document, Pane layer, Collection<NodeView> nodes) {
        this.document = document;
        this.layer = layer;
        this.nodes = nodes;
        preview.getStyleClass().addAll("edge", "edge-preview");
        preview.setMouseTransparent(true);
    }

    void install(NodeView view) {
        for (Circle port : view.outputCircles()) {
            String name = (String) port.getProperties().get(NodeView.PORT_KEY);
            port.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    from = new PortRef(view.nodeId(), name);
                    Point2D start = view.portAnchor(name, true);
                    preview.setStartX(start.getX());
                    preview.setStartY(start.getY());
                    follow(start);
                    layer.getChildren().add(preview);
                    e.consume();
                }
            });
            port.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                if (from != null) {
                    follow(layer.sceneToLocal(e.getSceneX(), e.getSceneY()));
                    e.consume();
                }
            });
            port.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
                if (from != null) {
                    layer.getChildren().remove(preview);
                    Point2D at = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
                    PortRef source = from;
                    from = null;
                    inputNear(at).ifPresentOrElse(
                            to -> document.connect(source, to).ifPresent(reason -> document.log("wire refused: " + reason)),
                            () -> { });
                    e.consume();
                }
            });
        }
    }

    private void follow(Point2D end) {
        double bend = Math.max(40, Math.abs(end.getX() - preview.getStartX()) / 2);
        preview.setControlX1(preview.getStartX() + bend);
        preview.setControlY1(preview.getStartY());
        preview.setControlX2(end.getX() - bend);
        preview.setControlY2(end.getY());
        preview.setEndX(end.getX());
        preview.setEndY(end.getY());
    }

    private Optional<PortRef> inputNear(Point2D at) {
        for (NodeView view : nodes) {
            for (String port : view.inputPorts()) {
                if (view.portAnchor(port, false).distance(at) <= SNAP) {
                    return Optional.of(new PortRef(view.nodeId(), port));
                }
            }
        }
        return Optional.empty();
    }
}
