package io.pipewright.app;

import io.pipewright.exec.NodeState;
import io.pipewright.graph.NodeInstance;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.PortSpec;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One node on the canvas: a card in its category's colour with name, id, status badge and ports. */
final class NodeView extends Pane {
    static final double WIDTH = 176;
    private static final double HEADER = 46;
    private static final double PORT_GAP = 20;
    /** Each port circle carries its port name under this key, so the canvas can start a wire from it. */
    static final String PORT_KEY = "pipewright.port";

    private final String nodeId;
    private final Label badge = new Label();
    private final ProgressIndicator ring = new ProgressIndicator();
    private final Tooltip tooltip = new Tooltip();
    private final Map<String, Circle> inputs = new LinkedHashMap<>();
    private final Map<String, Circle> outputs = new LinkedHashMap<>();

    NodeView(NodeInstance node, NodeDescriptor descriptor) {
        this.nodeId = node.id();
        setId("node-" + node.id());
        getStyleClass().addAll("node-card", "category-" + (descriptor == null ? "missing"
                : descriptor.category().name().toLowerCase(Locale.ROOT)));
        List<PortSpec> ins = descriptor == null ? List.of() : descriptor.inputs();
        List<PortSpec> outs = descriptor == null ? List.of() : descriptor.outputs();
        double height = HEADER + Math.max(1, Math.max(ins.size(), outs.size())) * PORT_GAP + 8;
        setPrefSize(WIDTH, height);
        setMinSize(WIDTH, height);
        setMaxSize(WIDTH, height);

        Region stripe = new Region();
        stripe.getStyleClass().add("node-stripe");
        stripe.setPrefSize(WIDTH, 6);
        Label name = new Label(descriptor == null ? "missing: " + node.type() : descriptor.name());
        name.getStyleClass().add("node-name");
        name.setMaxWidth(WIDTH - 22);
        name.setMinWidth(0);
        Label id = new Label(node.id());
        id.getStyleClass().add("node-id");
        ring.setPrefSize(16, 16);
        ring.setMaxSize(16, 16);
        ring.setVisible(false);
        ring.setManaged(false);
        badge.getStyleClass().add("node-badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(4, name, spacer, ring);
        VBox text = new VBox(1, top, new HBox(6, id, badge));
        text.setLayoutX(10);
        text.setLayoutY(9);
        text.setPrefWidth(WIDTH - 20);
        getChildren().addAll(stripe, text);
        addPorts(ins, inputs, 0, "port-in");
        addPorts(outs, outputs, WIDTH, "port-out");
        Tooltip.install(this, tooltip);
        tooltip.setText(descriptor == null ? "unknown node type " + node.type() : descriptor.help());
        showStatus(NodeStatus.IDLE);
    }

    private void addPorts(List<PortSpec> ports, Map<String, Circle> into, double x, String styleClass) {
        for (int i = 0; i < ports.size(); i++) {
            PortSpec port = ports.get(i);
            Circle circle = new Circle(x, HEADER + i * PORT_GAP + 4, 5);
            circle.getStyleClass().addAll("port", styleClass);
            Tooltip.install(circle, new Tooltip(port.name() + ": " + port.help()));
            Label label = new Label(port.name());
            label.getStyleClass().add("port-label");
            label.setLayoutY(HEADER + i * PORT_GAP - 5);
            if (x == 0) {
                label.setLayoutX(9);
            } else {
                label.setLayoutX(WIDTH - 9 - port.name().length() * 6.2);
            }
            circle.getProperties().put(PORT_KEY, port.name());
            circle.setId("port-" + nodeId + "-" + (x == 0 ? "in" : "out") + "-" + port.name());
            into.put(port.name(), circle);
            getChildren().addAll(label, circle);
        }
    }

    String nodeId() {
        return nodeId;
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

    Iterable<Circle> outputCircles() {
        return outputs.values();
    }

    void showStatus(NodeStatus status) {
        for (NodeState s : NodeState.values()) {
            getStyleClass().remove("state-" + s.word());
        }
        getStyleClass().remove("state-warning");
        getStyleClass().add(status.hasWarning() ? "state-warning" : "state-" + status.state().word());
        boolean running = status.state() == NodeState.RUNNING;
        ring.setVisible(running);
        ring.setManaged(running);
        ring.setProgress(running && status.progress() >= 0 ? status.progress() : ProgressIndicator.INDETERMINATE_PROGRESS);
        badge.setText(status.hasWarning() ? "warning" : status.state().word());
        String base = tooltip.getText() == null ? "" : tooltip.getText().split("\n\n")[0];
        tooltip.setText(status.message() == null || running ? base : base + "\n\n" + status.message());
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
