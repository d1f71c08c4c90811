package io.pipewright.app;

import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import io.pipewright.node.NodeDescriptor;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The centre of the window: the pipeline's nodes at their layout positions and the wires between them.
 * Click selects (Shift/Ctrl-click toggles), dragging on empty canvas draws a selection band, dragging a
 * node moves the selection (one undoable step per drag, snapped to the grid when snapping is on), the
 * middle button or Space+drag pans, the wheel zooms around the pointer (10%..400%), Esc cancels a drag
 * or a wire. Keys: Del, Ctrl+A, Ctrl+C/X/V/D, F2 renames. The scene is updated incrementally from the
 * document: an edit touches only the views of the nodes and wires it changed.
 */
final class CanvasView extends Pane {
    static final double MIN_ZOOM = 0.1;
    static final double MAX_ZOOM = 4.0;
    static final double GRID = 20;
    /** Above this many nodes the cards drop their shadows, to keep dragging smooth. */
    static final int DENSE = 120;
    /** Below this zoom the cards show only their colour, name and badge. */
    static final double FAR_ZOOM = 0.45;
    /** Below this zoom node names are a few pixels high: the cards show colour and state only. */
    static final double DISTANT_ZOOM = 0.25;

    private enum Mode { NONE, MOVE, BAND, PAN }

    private final PipelineDocumentViewModel document;
    // The layers are Groups, not Panes: a Region counts as drawn content, so when a moved card or wire
    // changed a Pane layer's bounds, the renderer marked the whole layer (every node) dirty and
    // repainted the entire canvas each drag frame. A Group's own bounds changing repaints nothing.
    private final Group content = new Group();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    /** Holds only the preview wire while one is drawn, between the wires and the cards. */
    private final Pane wireLayer = new Pane();
    // While a selection is dragged, the wires touching it sit in this layer. The renderer repaints a
    // whole Group once more than 12 of its children changed in a frame: dragging a node with 16 wires
    // in the 600-wire layer repainted every wire and card under the whole pipeline. (The cards stay in
    // their layer: taking the pressed card out of the scene mid-gesture loses the pointer's release.)
    private final Group movingEdges = new Group();
    /** Each lifted wire and its index in the wire layer, to put it back in the same drawing order. */
    private final Map<EdgeView, Integer> lifted = new LinkedHashMap<>();
    private final Rectangle band = new Rectangle();
    private final Label message = new Label();
    private final PauseTransition messageTimer = new PauseTransition(Duration.seconds(6));
    private final Map<String, NodeView> nodeViews = new LinkedHashMap<>();
    private final Map<Edge, EdgeView> edgeViews = new HashMap<>();
    private final WireGesture wiring;
    private final Scale zoom = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1);
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(true);
    private Mode mode = Mode.NONE;
    private Point2D dragStart;
    private Point2D panOrigin;
    private final Map<String, Point2D> moveOrigins = new LinkedHashMap<>();
    private NodeView pressed;
    private boolean moved;
    private boolean spaceDown;

    CanvasView(PipelineDocumentViewModel document) {
        this.document = document;
        getStyleClass().add("canvas");
        setId("canvas");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        wireLayer.setPickOnBounds(false);
        edgeLayer.setAutoSizeChildren(false);
        nodeLayer.setAutoSizeChildren(false);
        movingEdges.setAutoSizeChildren(false);
        content.getChildren().addAll(edgeLayer, movingEdges, wireLayer, nodeLayer);
        wiring = new WireGesture(document, wireLayer, nodeViews, this::showMessage);
        content.setManaged(false);
        content.getTransforms().add(zoom);
        band.getStyleClass().add("rubber-band");
        band.setManaged(false);
        band.setVisible(false);
        band.setMouseTransparent(true);
        message.setId("canvas-message");
        message.getStyleClass().add("canvas-message");
        message.setManaged(false);
        message.setVisible(false);
        message.setMouseTransparent(true);
        messageTimer.setOnFinished(e -> message.setVisible(false));
        getChildren().addAll(content, band, message);

        document.pipelineProperty().addListener((obs, old, now) -> sync(now));
        document.nodeStates().addListener((MapChangeListener<String, NodeStatus>) change -> {
            NodeView view = nodeViews.get(change.getKey());
            if (view != null && change.wasAdded()) {
                view.showStatus(change.getValueAdded());
            }
        });
        document.selectedNodes().addListener((SetChangeListener<String>) change -> {
            String id = change.wasAdded() ? change.getElementAdded() : change.getElementRemoved();
            NodeView view = nodeViews.get(id);
            if (view != null) {
                view.setSelected(change.wasAdded());
            }
        });
        document.selectedEdges().addListener((SetChangeListener<Edge>) change -> {
            Edge edge = change.wasAdded() ? change.getElementAdded() : change.getElementRemoved();
            EdgeView view = edgeViews.get(edge);
            if (view != null) {
                view.setSelected(change.wasAdded());
            }
        });
        installBackgroundGestures();
        installKeys();
        installPaletteDrop();
        sync(document.pipeline());
    }

    @Override
    protected void layoutChildren() {
        message.autosize();
        message.relocate(12, Math.max(0, getHeight() - message.getHeight() - 12));
    }

    /** Brings the views in line with the pipeline, touching only nodes and wires that changed. */
    private void sync(Pipeline pipeline) {
        settle();
        List<String> replaced = new ArrayList<>();
        Map<String, NodeView> keep = new HashMap<>();
        int index = 0;
        for (NodeInstance node : pipeline.nodes()) {
            NodeView view = nodeViews.get(node.id());
            if (view == null || !view.node().equals(node)) {
                if (view != null) {
                    nodeLayer.getChildren().remove(view);
                }
                view = newNodeView(node);
                nodeLayer.getChildren().add(view);
                replaced.add(node.id());
            }
            Point at = pipeline.layout().positionOf(node.id())
                    .orElse(new Point(40 + 220 * (index % 5), 40 + 160 * (index / 5)));
            if (view.getLayoutX() != at.x() || view.getLayoutY() != at.y()) {
                view.relocate(at.x(), at.y());
            }
            keep.put(node.id(), view);
            index++;
        }
        nodeViews.values().stream().filter(v -> keep.get(v.nodeId()) != v).forEach(v -> nodeLayer.getChildren().remove(v));
        nodeViews.clear();
        pipeline.nodes().forEach(n -> nodeViews.put(n.id(), keep.get(n.id())));

        java.util.Set<Edge> wanted = new java.util.HashSet<>(pipeline.edges());
        edgeViews.entrySet().removeIf(entry -> {
            Edge e = entry.getKey();
            boolean stale = !wanted.contains(e) || replaced.contains(e.from().nodeId()) || replaced.contains(e.to().nodeId());
            if (stale) {
                entry.getValue().detach();
                edgeLayer.getChildren().remove(entry.getValue());
            }
            return stale;
        });
        List<EdgeView> added = new ArrayList<>();
        for (Edge edge : pipeline.edges()) {
            NodeView from = nodeViews.get(edge.from().nodeId());
            NodeView to = nodeViews.get(edge.to().nodeId());
            if (!edgeViews.containsKey(edge) && from != null && to != null) {
                EdgeView view = new EdgeView(edge, from, to, this::edgeClicked);
                view.setSelected(document.selectedEdges().contains(edge));
                edgeViews.put(edge, view);
                added.add(view);
            }
        }
        edgeLayer.getChildren().addAll(added);
        // Touch the style class only when it flips: any change re-styles the whole canvas.
        boolean dense = nodeViews.size() > DENSE;
        if (dense != getStyleClass().contains("dense")) {
            if (dense) {
                getStyleClass().add("dense");
            } else {
                getStyleClass().remove("dense");
            }
        }
    }

    private NodeView newNodeView(NodeInstance node) {
        NodeView view = new NodeView(node, document.descriptorOf(node).orElse(null));
        view.setSelected(document.selectedNodes().contains(node.id()));
        NodeStatus status = document.nodeStates().get(node.id());
        view.showStatus(status == null ? NodeStatus.IDLE : status);
        installNodeGestures(view);
        wiring.install(view);
        return view;
    }

    private void edgeClicked(Edge edge, boolean toggle) {
        requestFocus();
        if (toggle) {
            document.toggleSelectedEdge(edge);
        } else {
            document.selectEdge(edge);
        }
    }

    private void installNodeGestures(NodeView view) {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || spaceDown) {
                return;
            }
            requestFocus();
            boolean toggle = e.isShiftDown() || e.isShortcutDown();
            if (toggle) {
                document.toggleSelected(view.nodeId());
            } else if (!document.selectedNodes().contains(view.nodeId())) {
                document.select(view.nodeId());
            }
            moveOrigins.clear();
            for (String id : document.selectedNodes()) {
                NodeView v = nodeViews.get(id);
                if (v != null) {
                    moveOrigins.put(id, new Point2D(v.getLayoutX(), v.getLayoutY()));
                }
            }
            mode = moveOrigins.containsKey(view.nodeId()) ? Mode.MOVE : Mode.NONE;
            pressed = toggle ? null : view;
            moved = false;
            dragStart = new Point2D(e.getSceneX(), e.getSceneY());
            e.consume();
        });
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (mode == Mode.MOVE) {
                dragSelection(view, e.getSceneX(), e.getSceneY());
                e.consume();
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (mode == Mode.MOVE) {
                mode = Mode.NONE;
                settle();
                if (moved) {
                    Map<String, Point> to = new LinkedHashMap<>();
                    moveOrigins.keySet().forEach(id -> {
                        NodeView v = nodeViews.get(id);
                        to.put(id, new Point(v.getLayoutX(), v.getLayoutY()));
                    });
                    document.moveNodes(to);
                } else if (pressed != null && document.selectedNodes().size() > 1) {
                    document.select(pressed.nodeId());
                }
                e.consume();
            }
        });
    }

    /** Moves every selected node by the pointer's travel; with snapping, the grabbed node lands on the grid. */
    void dragSelection(NodeView grabbed, double sceneX, double sceneY) {
        Point2D origin = moveOrigins.get(grabbed.nodeId());
        double dx = (sceneX - dragStart.getX()) / scale.get();
        double dy = (sceneY - dragStart.getY()) / scale.get();
        if (snapToGrid.get()) {
            dx = snap(origin.getX() + dx) - origin.getX();
            dy = snap(origin.getY() + dy) - origin.getY();
        }
        moved |= dx != 0 || dy != 0;
        if (moved && lifted.isEmpty()) {
            lift();
        }
        for (Map.Entry<String, Point2D> entry : moveOrigins.entrySet()) {
            NodeView v = nodeViews.get(entry.getKey());
            if (v != null) {
                v.relocate(entry.getValue().getX() + dx, entry.getValue().getY() + dy);
            }
        }
    }

    /** Moves the wires touching the dragged nodes into the moving layer. */
    private void lift() {
        List<javafx.scene.Node> wires = edgeLayer.getChildren();
        List<EdgeView> moving = new ArrayList<>();
        for (int i = 0; i < wires.size(); i++) {
            if (wires.get(i) instanceof EdgeView e && (moveOrigins.containsKey(e.edge().from().nodeId())
                    || moveOrigins.containsKey(e.edge().to().nodeId()))) {
                lifted.put(e, i);
                moving.add(e);
            }
        }
        wires.removeAll(new java.util.HashSet<>(moving));
        movingEdges.getChildren().setAll(moving);
    }

    /** Puts lifted wires back where they were in the wire layer (the same drawing order as before). */
    private void settle() {
        if (lifted.isEmpty()) {
            return;
        }
        movingEdges.getChildren().clear();
        List<javafx.scene.Node> wires = edgeLayer.getChildren();
        lifted.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(entry -> wires.add(Math.min(entry.getValue(), wires.size()), entry.getKey()));
        lifted.clear();
    }

    private static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }

    private void installBackgroundGestures() {
        // Any press on the canvas (a node, a port, a wire) gives it the keys: Del, Esc, Ctrl+C ...
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragStart = new Point2D(e.getX(), e.getY());
            if (e.getButton() == MouseButton.MIDDLE || e.getButton() == MouseButton.PRIMARY && spaceDown) {
                mode = Mode.PAN;
                panOrigin = new Point2D(content.getTranslateX(), content.getTranslateY());
            } else if (e.getButton() == MouseButton.PRIMARY) {
                mode = Mode.BAND;
                if (!e.isShiftDown() && !e.isShortcutDown()) {
                    document.clearSelection();
                }
                band.setX(e.getX());
                band.setY(e.getY());
                band.setWidth(0);
                band.setHeight(0);
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (mode == Mode.PAN) {
                content.setTranslateX(panOrigin.getX() + e.getX() - dragStart.getX());
                content.setTranslateY(panOrigin.getY() + e.getY() - dragStart.getY());
            } else if (mode == Mode.BAND) {
                band.setVisible(true);
                band.setX(Math.min(dragStart.getX(), e.getX()));
                band.setY(Math.min(dragStart.getY(), e.getY()));
                band.setWidth(Math.abs(e.getX() - dragStart.getX()));
                band.setHeight(Math.abs(e.getY() - dragStart.getY()));
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (mode == Mode.BAND && band.isVisible()) {
                selectInBand(e.isShiftDown() || e.isShortcutDown());
            }
            band.setVisible(false);
            if (mode != Mode.MOVE) {
                mode = Mode.NONE;
            }
        });
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAround(scale.get() * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1), e.getX(), e.getY());
            }
            e.consume();
        });
    }

    private void selectInBand(boolean add) {
        Point2D a = content.parentToLocal(band.getX(), band.getY());
        Point2D b = content.parentToLocal(band.getX() + band.getWidth(), band.getY() + band.getHeight());
        List<String> inside = new ArrayList<>();
        for (NodeView v : nodeViews.values()) {
            if (v.getLayoutX() < b.getX() && v.getLayoutX() + v.getPrefWidth() > a.getX()
                    && v.getLayoutY() < b.getY() && v.getLayoutY() + v.getPrefHeight() > a.getY()) {
                inside.add(v.nodeId());
            }
        }
        document.selectNodes(inside, add);
    }

    private void installKeys() {
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean shortcut = e.isShortcutDown();
            KeyCode code = e.getCode();
            if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
                document.deleteSelected();
            } else if (code == KeyCode.ESCAPE) {
                cancelGesture();
            } else if (code == KeyCode.SPACE) {
                spaceDown = true;
            } else if (shortcut && code == KeyCode.A) {
                document.selectAll();
            } else if (shortcut && code == KeyCode.C) {
                copy();
            } else if (shortcut && code == KeyCode.X) {
                copy();
                document.deleteSelected();
            } else if (shortcut && code == KeyCode.V) {
                paste();
            } else if (shortcut && code == KeyCode.D) {
                document.duplicateSelection();
            } else if (code == KeyCode.F2) {
                renameSelected();
            } else {
                return;
            }
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
    }

    /** Esc: a moving selection goes back where it was, a band or a wire is dropped. */
    void cancelGesture() {
        settle();
        if (mode == Mode.MOVE) {
            moveOrigins.forEach((id, at) -> {
                NodeView v = nodeViews.get(id);
                if (v != null) {
                    v.relocate(at.getX(), at.getY());
                }
            });
        }
        mode = Mode.NONE;
        band.setVisible(false);
        if (wiring.active()) {
            wiring.cancel();
            showMessage("Wire cancelled");
        }
    }

    void copy() {
        document.copySelection().ifPresent(json -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(json);
            Clipboard.getSystemClipboard().setContent(content);
            showMessage("Copied " + document.selectedNodes().size() + " node(s)");
        });
    }

    void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString()) {
            document.paste(clipboard.getString()).ifPresent(this::showMessage);
        }
    }

    private void renameSelected() {
        document.selectedNode().ifPresent(node -> {
            javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(node.id());
            dialog.setTitle("Rename node");
            dialog.setHeaderText("New id for node '" + node.id() + "' (wires and results follow it)");
            if (getScene() != null) {
                dialog.initOwner(getScene().getWindow());
            }
            dialog.showAndWait().ifPresent(id -> document.renameNode(node.id(), id.strip()).ifPresent(this::showMessage));
        });
    }

    /** Shows a short line at the bottom of the canvas (a refused wire's reason); it fades after a few seconds. */
    void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
        requestLayout();
        messageTimer.playFromStart();
    }

    /** A node type dragged from the palette and released over the canvas is added where it was released. */
    private void installPaletteDrop() {
        addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> PaletteView.draggedType(e.getGestureSource())
                .ifPresent(d -> getStyleClass().add("palette-drop-target")));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> getStyleClass().remove("palette-drop-target"));
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            getStyleClass().remove("palette-drop-target");
            PaletteView.draggedType(e.getGestureSource()).ifPresent(d -> {
                Point2D at = content.sceneToLocal(e.getSceneX(), e.getSceneY());
                double x = at.getX() - NodeView.WIDTH / 2;
                double y = at.getY() - 20;
                document.addNode(d, snapToGrid.get() ? new Point(snap(x), snap(y)) : new Point(Math.round(x), Math.round(y)));
                e.consume();
            });
        });
    }

    /** Zooms by a factor around the centre of the view (the toolbar's zoom buttons). */
    void zoomBy(double factor) {
        zoomAround(scale.get() * factor, getWidth() / 2, getHeight() / 2);
    }

    /** Zooms so the point under (x, y) in this view stays where it is; the zoom stays within 10%..400%. */
    void zoomAround(double requested, double x, double y) {
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, requested));
        double old = scale.get();
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
            minX = Math.min(minX, v.getLayoutX());
            minY = Math.min(minY, v.getLayoutY());
            maxX = Math.max(maxX, v.getLayoutX() + v.getPrefWidth());
            maxY = Math.max(maxY, v.getLayoutY() + v.getPrefHeight());
        }
        double margin = 40;
        double next = Math.max(MIN_ZOOM, Math.min(1.0, Math.min((getWidth() - 2 * margin) / (maxX - minX),
                (getHeight() - 2 * margin) / (maxY - minY))));
        applyScale(next);
        content.setTranslateX((getWidth() - (maxX - minX) * next) / 2 - minX * next);
        content.setTranslateY((getHeight() - (maxY - minY) * next) / 2 - minY * next);
    }

    /** Arranges the pipeline left to right (one undoable step) and shows all of it. */
    void autoLayout() {
        document.autoLayout();
        fit();
    }

    /** The canvas point at the centre of the visible area: where a double-clicked palette item lands. */
    Point visibleCentre() {
        double x = (getWidth() / 2 - content.getTranslateX()) / scale.get() - NodeView.WIDTH / 2;
        double y = (getHeight() / 2 - content.getTranslateY()) / scale.get() - 40;
        return new Point(Math.round(x), Math.round(y));
    }

    private void applyScale(double next) {
        // Scale about the content's origin so the translation alone decides where it appears.
        zoom.setX(next);
        zoom.setY(next);
        scale.set(next);
        // Far out, port names and ids are unreadable specks that only cost drawing time: hide them;
        // further out, the names too (hovering a card still shows its tooltip).
        toggleStyle("far", next < FAR_ZOOM);
        toggleStyle("distant", next < DISTANT_ZOOM);
    }

    private void toggleStyle(String styleClass, boolean on) {
        if (on != getStyleClass().contains(styleClass)) {
            if (on) {
                getStyleClass().add(styleClass);
            } else {
                getStyleClass().remove(styleClass);
            }
        }
    }

    /** The zoom factor, 0.1..4.0. */
    ReadOnlyDoubleProperty zoomProperty() {
        return scale.getReadOnlyProperty();
    }

    BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    NodeView nodeView(String id) {
        return nodeViews.get(id);
    }

    int edgeViewCount() {
        return edgeViews.size();
    }
}
