package io.pipewright.app;

import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import javafx.collections.MapChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeType;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The centre of the window: the pipeline's nodes at their layout positions and the wires between
 * them. Click selects, dragging a node moves it (applied to the document on release), dragging the
 * background pans, the wheel zooms around the pointer (10%..400%), {@link #fit()} shows everything.
 */
final class CanvasView extends Pane {
    private static final double MIN_ZOOM = 0.1;
    private static final double MAX_ZOOM = 4.0;
    private static final double GRID = 10;

    private final PipelineDocumentViewModel document;
    private final Pane content = new Pane();
    private final Pane edgeLayer = new Pane();
    private final Pane nodeLayer = new Pane();
    private final Map<String, NodeView> nodeViews = new HashMap<>();
    private final WireGesture wiring;
    private Point2D dragStart;
    private Point2D dragOrigin;
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private double scale = 1;

    CanvasView(PipelineDocumentViewModel document) {
        this.document = document;
        getStyleClass().add("canvas");
        setId("canvas");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        edgeLayer.setPickOnBounds(false);
        nodeLayer.setPickOnBounds(false);
        content.setPickOnBounds(false);
        content.getChildren().addAll(edgeLayer, nodeLayer);
        wiring = new WireGesture(document, edgeLayer, nodeViews.values());
        content.setManaged(false);
        content.getTransforms().add(zoom);
        getChildren().add(content);

        document.pipelineProperty().addListener((obs, old, now) -> rebuild(now));
        document.nodeStates().addListener((MapChangeListener<String, NodeStatus>) change -> {
            NodeView view = nodeViews.get(change.getKey());
            if (view != null && change.wasAdded()) {
                view.showStatus(change.getValueAdded());
            }
        });
        document.selectedNodeIdProperty().addListener((obs, old, now) ->
                nodeViews.forEach((id, v) -> v.setSelected(id.equals(now))));
        document.selectedEdgeProperty().addListener((obs, old, now) -> edgeLayer.getChildren().forEach(n -> {
            if (n instanceof EdgeView view) {
                view.setSelected(view.edge().equals(now));
            }
        }));
        installPanAndZoom();
        installPaletteDrop();
        rebuild(document.pipeline());
    }

    private void rebuild(Pipeline pipeline) {
        nodeViews.clear();
        nodeLayer.getChildren().clear();
        edgeLayer.getChildren().clear();
        int index = 0;
        for (NodeInstance node : pipeline.nodes()) {
            NodeView view = new NodeView(node, document.descriptorOf(node).orElse(null));
            Point at = pipeline.layout().positionOf(node.id()).orElse(new Point(40 + 200 * (index % 5), 40 + 140 * (index / 5)));
            view.relocate(at.x(), at.y());
            view.setSelected(node.id().equals(document.selectedNodeIdProperty().get()));
            NodeStatus status = document.nodeStates().get(node.id());
            view.showStatus(status == null ? NodeStatus.IDLE : status);
            installNodeGestures(view);
            wiring.install(view);
            nodeViews.put(node.id(), view);
            nodeLayer.getChildren().add(view);
            index++;
        }
        for (Edge edge : pipeline.edges()) {
            NodeView from = nodeViews.get(edge.from().nodeId());
            NodeView to = nodeViews.get(edge.to().nodeId());
            if (from != null && to != null) {
                EdgeView view = new EdgeView(edge, from, to, document::selectEdge);
                view.setSelected(edge.equals(document.selectedEdgeProperty().get()));
                edgeLayer.getChildren().add(view);
            }
        }
    }

    private void installNodeGestures(NodeView view) {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                document.select(view.nodeId());
                dragStart = new Point2D(e.getSceneX(), e.getSceneY());
                dragOrigin = new Point2D(view.getLayoutX(), view.getLayoutY());
                e.consume();
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragStart != null && e.getButton() == MouseButton.PRIMARY) {
                view.relocate(dragOrigin.getX() + (e.getSceneX() - dragStart.getX()) / scale,
                        dragOrigin.getY() + (e.getSceneY() - dragStart.getY()) / scale);
                e.consume();
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragStart != null) {
                dragStart = null;
                document.moveNode(view.nodeId(), new Point(snap(view.getLayoutX()), snap(view.getLayoutY())));
                e.consume();
            }
        });
    }

    /** Positions snap to a 10-unit grid so nodes line up. */
    private static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }

    private void installPanAndZoom() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragStart = new Point2D(e.getSceneX(), e.getSceneY());
            dragOrigin = new Point2D(content.getTranslateX(), content.getTranslateY());
            if (e.getButton() == MouseButton.PRIMARY && !e.isConsumed()) {
                document.select(null);
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragStart != null) {
                content.setTranslateX(dragOrigin.getX() + e.getSceneX() - dragStart.getX());
                content.setTranslateY(dragOrigin.getY() + e.getSceneY() - dragStart.getY());
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragStart = null);
        addEventHandler(ScrollEvent.SCROLL, e -> {
            double factor = e.getDeltaY() > 0 ? 1.1 : 1 / 1.1;
            zoomAround(scale * factor, e.getX(), e.getY());
            e.consume();
        });
    }

    private void installPaletteDrop() {
        setOnDragOver(e -> {
            if (droppedType(e.getDragboard()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            Optional<NodeDescriptor> type = droppedType(e.getDragboard());
            type.ifPresent(d -> {
                Point2D at = content.sceneToLocal(e.getSceneX(), e.getSceneY());
                document.addNode(d, new Point(Math.round(at.getX() - NodeView.WIDTH / 2), Math.round(at.getY() - 20)));
            });
            e.setDropCompleted(type.isPresent());
            e.consume();
        });
    }

    private Optional<NodeDescriptor> droppedType(Dragboard board) {
        String text = board.hasString() ? board.getString() : "";
        if (!text.startsWith(PaletteView.DRAG_PREFIX)) {
            return Optional.empty();
        }
        return document.catalog().find(text.substring(PaletteView.DRAG_PREFIX.length())).map(NodeType::descriptor);
    }

    /** Zooms by a factor around the centre of the view (the toolbar's zoom buttons). */
    void zoomBy(double factor) {
        zoomAround(scale * factor, getWidth() / 2, getHeight() / 2);
    }

    /** Zooms so the point under (x, y) in this view stays where it is. */
    void zoomAround(double requested, double x, double y) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, requested));
        double old = scale;
        double cx = (x - content.getTranslateX()) / old;
        double cy = (y - content.getTranslateY()) / old;
        applyScale(next);
        content.setTranslateX(x - cx * next);
        content.setTranslateY(y - cy * next);
    }

    /** Scales and moves the view so every node is visible with a margin (never above 100%). */
    void fit() {
        if (nodeViews.isEmpty() || getWidth() <= 0) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeView v : nodeViews.values()) {
            Bounds b = v.getBoundsInParent();
            minX = Math.min(minX, b.getMinX());
            minY = Math.min(minY, b.getMinY());
            maxX = Math.max(maxX, b.getMaxX());
            maxY = Math.max(maxY, b.getMaxY());
        }
        double margin = 40;
        double next = Math.max(MIN_ZOOM, Math.min(1.0, Math.min((getWidth() - 2 * margin) / (maxX - minX),
                (getHeight() - 2 * margin) / (maxY - minY))));
        applyScale(next);
        content.setTranslateX((getWidth() - (maxX - minX) * next) / 2 - minX * next);
        content.setTranslateY((getHeight() - (maxY - minY) * next) / 2 - minY * next);
    }

    /** The canvas point at the centre of the visible area: where a double-clicked palette item lands. */
    Point visibleCentre() {
        double x = (getWidth() / 2 - content.getTranslateX()) / scale - NodeView.WIDTH / 2;
        double y = (getHeight() / 2 - content.getTranslateY()) / scale - 40;
        return new Point(Math.round(x), Math.round(y));
    }

    private void applyScale(double next) {
        // Scale about the content's origin so the translation alone decides where it appears.
        zoom.setX(next);
        zoom.setY(next);
        scale = next;
    }
}
