package io.pipewright.app;

import io.pipewright.graph.PortRef;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.CubicCurve;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Drawing a wire: press on an output port, drag, release over an input port. While dragging, every
 * input that would accept the wire is green and every other one is marked refused (the quick check
 * for all inputs at once); hovering an input runs the full check, including the target's configure,
 * and shows its verdict. A refused drop adds nothing and shows the reason; Esc cancels.
 */
final class WireGesture {
    private static final double SNAP = 14;
    private static final String OK = "port-compatible";
    private static final String REFUSED = "port-incompatible";

    private final PipelineDocumentViewModel document;
    private final Pane layer;
    private final Map<String, NodeView> nodes;
    private final Consumer<String> message;
    private final CubicCurve preview = new CubicCurve();
    private final Map<PortRef, Optional<String>> verdicts = new HashMap<>();
    private final Map<PortRef, Boolean> fullyChecked = new HashMap<>();
    private PortRef from;

    WireGesture(PipelineDocumentViewModel document, Pane layer, Map<String, NodeView> nodes, Consumer<String> message) {
        this.document = document;
        this.layer = layer;
        this.nodes = nodes;
        this.message = message;
        preview.getStyleClass().addAll("edge", "edge-preview");
        preview.setMouseTransparent(true);
    }

    boolean active() {
        return from != null;
    }

    void install(NodeView view) {
        for (Circle port : view.outputCircles()) {
            String name = (String) port.getProperties().get(NodeView.PORT_KEY);
            port.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    start(new PortRef(view.nodeId(), name), view.portAnchor(name, true));
                    e.consume();
                }
            });
            port.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
                if (from != null) {
                    drag(layer.sceneToLocal(e.getSceneX(), e.getSceneY()));
                    e.consume();
                }
            });
            port.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
                if (from != null) {
                    drop(layer.sceneToLocal(e.getSceneX(), e.getSceneY()));
                    e.consume();
                }
            });
        }
    }

    private void start(PortRef source, Point2D anchor) {
        from = source;
        preview.setStartX(anchor.getX());
        preview.setStartY(anchor.getY());
        follow(anchor);
        layer.getChildren().add(preview);
        verdicts.clear();
        fullyChecked.clear();
        verdicts.putAll(document.quickWireRefusals(source));
        verdicts.forEach(this::mark);
    }

    private void drag(Point2D at) {
        follow(at);
        Optional<PortRef> target = inputNear(at);
        preview.getStyleClass().remove("edge-preview-refused");
        if (target.isEmpty()) {
            return;
        }
        Optional<String> verdict = fullVerdict(target.get());
        if (verdict.isPresent()) {
            preview.getStyleClass().add("edge-preview-refused");
            message.accept("Cannot wire here: " + verdict.get());
        } else {
            message.accept("Release to wire " + from + " to " + target.get());
        }
    }

    private void drop(Point2D at) {
        PortRef source = from;
        cancel();
        inputNear(at).ifPresent(to -> document.connect(source, to).ifPresent(reason -> {
            document.log("wire refused: " + reason);
            message.accept("Wire refused: " + reason);
        }));
    }

    /** Ends the gesture without wiring (Esc, or after a drop). */
    void cancel() {
        from = null;
        layer.getChildren().remove(preview);
        preview.getStyleClass().remove("edge-preview-refused");
        verdicts.keySet().forEach(ref -> {
            NodeView view = nodes.get(ref.nodeId());
            Circle c = view == null ? null : view.inputCircle(ref.port());
            if (c != null) {
                c.getStyleClass().removeAll(OK, REFUSED);
            }
        });
        verdicts.clear();
    }

    /** The quick verdict, completed once per input by the full check with a trial configure. */
    private Optional<String> fullVerdict(PortRef to) {
        Optional<String> quick = verdicts.getOrDefault(to, Optional.of("not an input"));
        if (quick.isPresent() || fullyChecked.containsKey(to)) {
            return quick;
        }
        Optional<String> full = document.wireRefusal(from, to);
        fullyChecked.put(to, true);
        verdicts.put(to, full);
        mark(to, full);
        return full;
    }

    private void mark(PortRef ref, Optional<String> verdict) {
        NodeView view = nodes.get(ref.nodeId());
        Circle c = view == null ? null : view.inputCircle(ref.port());
        if (c != null) {
            c.getStyleClass().removeAll(OK, REFUSED);
            c.getStyleClass().add(verdict.isEmpty() ? OK : REFUSED);
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
        for (NodeView view : nodes.values()) {
            if (at.getX() < view.getLayoutX() - SNAP || at.getX() > view.getLayoutX() + SNAP
                    || at.getY() < view.getLayoutY() || at.getY() > view.getLayoutY() + view.getPrefHeight() + SNAP) {
                continue;
            }
            for (String port : view.inputPorts()) {
                if (view.portAnchor(port, false).distance(at) <= SNAP) {
                    return Optional.of(new PortRef(view.nodeId(), port));
                }
            }
        }
        return Optional.empty();
    }
}
