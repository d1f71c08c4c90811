package io.pipewright.app;

import io.pipewright.exec.NodeState;
import io.pipewright.graph.NodeInstance;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.PortSpec;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.util.Duration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One node on the canvas: a card in its category's colour with name, id, status badge and ports.
 * Children are placed by hand (no layout panes) and the tooltips and progress ring are made only when
 * first needed, so a 500-node pipeline opens fast.
 */
final class NodeView extends Pane {
    static final double WIDTH = NodeGeometry.WIDTH;
    private static final double HEADER = NodeGeometry.HEADER;
    private static final double PORT_GAP = NodeGeometry.PORT_GAP;
    /** Each port circle carries its port name under this key, so the canvas can start a wire from it. */
    static final String PORT_KEY = "pipewright.port";

    private final String nodeId;
    private final NodeInstance node;
    private final String help;
    private final Label badge = new Label();
    private ProgressIndicator ring;
    private Tooltip tooltip;
    private NodeStatus status = NodeStatus.IDLE;
    private final Map<String, Circle> inputs = new LinkedHashMap<>();
    private final Map<String, Circle> outputs = new LinkedHashMap<>();
    private final Map<Circle, String> portHelp = new LinkedHashMap<>();

    NodeView(NodeInstance node, NodeDescriptor descriptor) {
        this.node = node;
        this.nodeId = node.id();
        setId("node-" + node.id());
        getStyleClass().addAll("node-card", "category-" + (descriptor == null ? "missing"
                : descriptor.category().name().toLowerCase(Locale.ROOT)));
        List<PortSpec> ins = descriptor == null ? List.of() : descriptor.inputs();
        List<PortSpec> outs = descriptor == null ? List.of() : descriptor.outputs();
        double height = NodeGeometry.sizeOf(descriptor).height();
        setPrefSize(WIDTH, height);
        setMinSize(WIDTH, height);
        setMaxSize(WIDTH, height);
        // Placed and sized by the canvas alone: moving one card then costs no layout pass over all cards.
        setManaged(false);
        resize(WIDTH, height);

        Region stripe = new Region();
        stripe.getStyleClass().add("node-stripe");
        stripe.resize(WIDTH, 6);
        stripe.setManaged(false);
        Text name = text(shorten(descriptor == null ? "missing: " + node.type() : descriptor.name(), 24), "node-name", 10, 23);
        Text id = text(shorten(node.id(), 14), "node-id", 10, 39);
        badge.getStyleClass().add("node-badge");
        badge.setManaged(false);
        badge.relocate(WIDTH - 60, 27);
        getChildren().addAll(stripe, name, id, badge);
        addPorts(ins, inputs, 0, "port-in");
        addPorts(outs, outputs, WIDTH, "port-out");
        help = descriptor == null ? "unknown node type " + node.type() + "; the node is kept as it is in the file"
                : descriptor.name() + " (" + node.id() + ")\n" + descriptor.help();
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> ensureTooltip());
        showStatus(NodeStatus.IDLE);
    }

    private void addPorts(List<PortSpec> ports, Map<String, Circle> into, double x, String styleClass) {
        for (int i = 0; i < ports.size(); i++) {
            PortSpec port = ports.get(i);
            Circle circle = new Circle(x, HEADER + i * PORT_GAP + 4, 5);
            circle.getStyleClass().addAll("port", styleClass);
            Text label = text(port.name(), "port-label", 0, HEADER + i * PORT_GAP + 8);
            label.setMouseTransparent(true);
            if (x == 0) {
                label.setX(10);
            } else {
                // Right-aligned against the output port.
                label.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                label.setWrappingWidth(WIDTH - 20);
                label.setX(10);
            }
            circle.getProperties().put(PORT_KEY, port.name());
            circle.setId("port-" + nodeId + "-" + (x == 0 ? "in" : "out") + "-" + port.name());
            portHelp.put(circle, port.name() + " (" + port.type().id() + "): " + port.help());
            circle.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
                if (!circle.getProperties().containsKey(Tooltip.class)) {
                    Tooltip tip = new Tooltip(portHelp.get(circle));
                    tip.setShowDelay(Duration.millis(300));
                    Tooltip.install(circle, tip);
                    circle.getProperties().put(Tooltip.class, tip);
                }
            });
            into.put(port.name(), circle);
            getChildren().addAll(label, circle);
        }
    }

    /** The badge hugs its text, right-aligned under the name. */
    @Override
    protected void layoutChildren() {
        badge.autosize();
        badge.relocate(WIDTH - 8 - badge.getWidth(), 27);
    }

    private static Text text(String content, String styleClass, double x, double baseline) {
        Text text = new Text(x, baseline, content);
        text.getStyleClass().add(styleClass);
        text.setManaged(false);
        return text;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    String nodeId() {
        return nodeId;
    }

    NodeInstance node() {
        return node;
    }

    /** Where a port's centre is, in the canvas's coordinates, given this node's current position. */
    Point2D portAnchor(String port, boolean output) {
        Circle c = (output ? outputs : inputs).get(port);
        double y = c == null ? HEADER : c.getCenterY();
        return new Point2D(getLayoutX() + (output ? WIDTH : 0), getLayoutY() + y);
    }

    Iterable<String> inputPorts() {
        return inputs.keySet();
    }

    Circle inputCircle(String port) {
        return inputs.get(port);
    }

    Iterable<Circle> outputCircles() {
        return outputs.values();
    }

    NodeStatus status() {
        return status;
    }

    void showStatus(NodeStatus next) {
        this.status = next;
        for (NodeState s : NodeState.values()) {
            getStyleClass().remove("state-" + s.word());
        }
        getStyleClass().remove("state-warning");
        getStyleClass().add(next.hasWarning() ? "state-warning" : "state-" + next.state().word());
        boolean running = next.state() == NodeState.RUNNING;
        if (running && ring == null) {
            ring = new ProgressIndicator();
            ring.getStyleClass().add("node-ring");
            ring.setManaged(false);
            ring.resize(18, 18);
            ring.relocate(WIDTH - 26, 9);
            getChildren().add(ring);
        }
        if (ring != null) {
            ring.setVisible(running);
            ring.setProgress(running && next.progress() >= 0 ? next.progress() : ProgressIndicator.INDETERMINATE_PROGRESS);
        }
        badge.setText(badgeText(next));
        if (tooltip != null) {
            tooltip.setText(tooltipText());
        }
    }

    private static String badgeText(NodeStatus status) {
        if (status.hasWarning()) {
            return "\u26a0 warning";
        }
        return switch (status.state()) {
            case IDLE -> "idle";
            case QUEUED -> "\u23f3 queued";
            case RUNNING -> status.progress() >= 0 ? Math.round(status.progress() * 100) + "%" : "running";
            case SUCCEEDED -> "\u2713 done";
            case CACHED -> "\u2713 cached";
            case FAILED -> "\u2717 failed";
            case CANCELLED -> "\u25a0 cancelled";
            case SKIPPED -> "\u21b7 skipped";
        };
    }

    private void ensureTooltip() {
        if (tooltip == null) {
            tooltip = new Tooltip(tooltipText());
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
            tooltip.setShowDelay(Duration.millis(400));
            Tooltip.install(this, tooltip);
        }
    }

    /** The node's help, and below it the current error, warning or step: what hovering explains. */
    String tooltipText() {
        if (status.message() == null) {
            return help;
        }
        String kind = status.hasWarning() ? "Warning" : status.state() == NodeState.FAILED ? "Error"
                : status.state() == NodeState.RUNNING ? "Now" : "Note";
        return help + "\n\n" + kind + ": " + status.message();
    }

    void setSelected(boolean selected) {
        if (selected) {
            if (!getStyleClass().contains("selected")) {
                getStyleClass().add("selected");
            }
        } else {
            getStyleClass().remove("selected");
        }
    }
}
