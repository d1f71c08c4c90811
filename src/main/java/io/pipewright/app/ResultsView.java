package io.pipewright.app;

import io.pipewright.app.results.DatasetView;
import io.pipewright.app.results.EvaluationView;
import io.pipewright.app.results.ModelView;
import io.pipewright.app.results.ViewTasks;
import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.OutputCache;
import io.pipewright.exec.RunResult;
import io.pipewright.graph.PortRef;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.evaluate.EvaluationResult;
import io.pipewright.nodes.train.TrainedModel;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The Results dock: what the selected node (or the clicked output port) produced in the last run. A
 * dataset shows as rows and column statistics, a model as Weka's text, an evaluation as metrics,
 * confusion matrix and ROC curves. A node with several outputs gets one toggle per output.
 */
final class ResultsView extends VBox {
    private final PipelineDocumentViewModel document;
    private final HBox outputs = new HBox(4);
    private final ToggleGroup outputGroup = new ToggleGroup();
    private final Label placeholder = new Label();
    private final DatasetView dataset;
    private final ModelView model = new ModelView();
    private final EvaluationView evaluation = new EvaluationView();
    private final TextArea other = new TextArea();
    private final StackPane body = new StackPane();
    private final ViewTasks tasks;
    /** Outputs of nodes served from the cache, loaded on demand for the last run; cleared by a new run. */
    private final Map<String, Map<String, Object>> loadedFromCache = new HashMap<>();
    private final Set<String> loading = new HashSet<>();
    private OutputCache cache = OutputCache.NONE;
    private PortRef requested;
    private PortRef shown;

    ResultsView(PipelineDocumentViewModel document, ViewTasks tasks) {
        this.document = document;
        this.tasks = tasks;
        this.dataset = new DatasetView(tasks);
        getStyleClass().add("results");
        setId("results-view");
        getStylesheets().add(ResultsView.class.getResource("results/results.css").toExternalForm());
        outputs.getStyleClass().add("results-outputs");
        outputs.setId("results-outputs");
        placeholder.getStyleClass().add("results-placeholder");
        placeholder.setWrapText(true);
        placeholder.setId("results-placeholder");
        other.setEditable(false);
        other.getStyleClass().add("model-text");
        other.setId("results-text");
        body.getChildren().addAll(placeholder, dataset, model, evaluation, other);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(outputs, body);
        document.selectedNodeIdProperty().addListener((obs, old, now) -> refresh());
        document.lastResultProperty().addListener((obs, old, now) -> {
            shown = null;
            loadedFromCache.clear();
            loading.clear();
            refresh();
        });
        refresh();
    }

    /** Where the outputs of nodes served from the cache are loaded from when they are shown. */
    void useCache(OutputCache outputCache) {
        this.cache = outputCache;
    }

    /**
     * Shows what {@code port} of {@code nodeId} produced in the last run, selecting the node. The port is
     * remembered: selecting the node again shows the same output.
     */
    void showOutput(String nodeId, String port) {
        requested = new PortRef(nodeId, port);
        if (!nodeId.equals(document.selectedNodeIdProperty().get())) {
            document.select(nodeId);
        }
        refresh();
    }

    /** Makes a click on an output port of the canvas show that output here. */
    void followPortClicks(Node canvas) {
        canvas.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getTarget() instanceof Circle port && port.getStyleClass().contains("port-out")
                    && port.getParent() instanceof NodeView view && e.isStillSincePress()) {
                showOutput(view.nodeId(), (String) port.getProperties().get(NodeView.PORT_KEY));
            }
        });
    }

    private void refresh() {
        String nodeId = document.selectedNodeIdProperty().get();
        RunResult result = document.lastResultProperty().get();
        if (nodeId == null || result == null) {
            outputs.getChildren().clear();
            show(placeholder(result == null
                    ? "Run the pipeline, then select a node or click one of its output ports to see what it produced."
                    : "Select a node, or click one of its output ports, to see what it produced in the last run."));
            return;
        }
        NodeResult node = result.node(nodeId).orElse(null);
        if (node == null) {
            outputs.getChildren().clear();
            show(placeholder("'" + nodeId + "' did not take part in the last run: run the pipeline again to see its results."));
            return;
        }
        Map<String, Object> values = orderedOutputs(node);
        if (values.isEmpty() && !loadedFromCache.containsKey(nodeId) && node.state() == NodeState.CACHED && node.cacheKey() != null && cache != OutputCache.NONE) {
            outputs.getChildren().clear();
            shown = null;
            show(placeholder("Loading the cached output of '" + nodeId + "' ..."));
            loadFromCache(result, node);
            return;
        }
        if (values.isEmpty()) {
            outputs.getChildren().clear();
            showWithoutOutputs(node);
            return;
        }
        String port = requested != null && requested.nodeId().equals(nodeId) && values.containsKey(requested.port())
                ? requested.port() : preferredPort(values);
        buildToggles(nodeId, values, port);
        PortRef target = new PortRef(nodeId, port);
        if (target.equals(shown)) {
            return;
        }
        shown = target;
        Object value = values.get(port);
        String title = "'" + nodeId + "' → " + port;
        if (value instanceof Instances data) {
            dataset.show(title, data);
            show(dataset);
        } else if (value instanceof TrainedModel trained) {
            model.show(title, trained);
            show(model);
        } else if (value instanceof EvaluationResult eval) {
            evaluation.show(title, eval.metrics(), eval.rocCurves());
            show(evaluation);
        } else {
            other.setText(title + "\n\n" + describe(node.reports().get(port), value));
            show(other);
        }
    }

    /** A run whose downstream nodes were cached did not load this node's values: read them now, off the FX thread. */
    private void loadFromCache(RunResult result, NodeResult node) {
        if (!loading.add(node.nodeId())) {
            return;
        }
        OutputCache from = cache;
        tasks.run(() -> {
            try {
                return from.find(node.cacheKey()).map(entry -> {
                    try {
                        return entry.loadOutputs();
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).orElse(Map.of());
            } catch (java.io.UncheckedIOException e) {
                throw new IllegalStateException("the cached output could not be read: " + e.getCause().getMessage(), e);
            }
        }, values -> {
            if (document.lastResultProperty().get() == result) {
                loadedFromCache.put(node.nodeId(), values);
                loading.remove(node.nodeId());
                refresh();
            }
        }, reason -> {
            if (document.lastResultProperty().get() == result) {
                loadedFromCache.put(node.nodeId(), Map.of());
                loading.remove(node.nodeId());
                document.log("results of '" + node.nodeId() + "': " + reason);
                refresh();
            }
        });
    }

    /** A node served from the cache may have only its reports: an evaluation still shows its metrics. */
    private void showWithoutOutputs(NodeResult node) {
        shown = null;
        if (node.state() == NodeState.FAILED) {
            show(placeholder("'" + node.nodeId() + "' failed: " + node.error()));
        } else if (node.reports().get("metrics") instanceof Map<?, ?> metrics) {
            evaluation.show("'" + node.nodeId() + "'", metrics, Map.of());
            show(evaluation);
        } else if (!node.reports().isEmpty()) {
            other.setText("'" + node.nodeId() + "' reported:\n\n" + describe(node.reports(), null));
            show(other);
        } else {
            show(placeholder("'" + node.nodeId() + "' " + node.state().word() + " and has no output to show"
                    + (node.state() == NodeState.SUCCEEDED ? " (it writes files or reports only)." : ".")));
        }
    }

    private Map<String, Object> orderedOutputs(NodeResult node) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        document.pipeline().node(node.nodeId()).flatMap(document::descriptorOf)
                .ifPresent(d -> d.outputs().stream().map(PortSpec::name).forEach(order::add));
        Map<String, Object> available = node.outputs().isEmpty()
                ? loadedFromCache.getOrDefault(node.nodeId(), Map.of()) : node.outputs();
        order.addAll(available.keySet());
        for (String port : order) {
            Object value = available.get(port);
            if (value != null) {
                out.putIfAbsent(port, value);
            }
        }
        return out;
    }

    private static String preferredPort(Map<String, Object> values) {
        for (Class<?> kind : List.of(EvaluationResult.class, TrainedModel.class)) {
            for (Map.Entry<String, Object> e : values.entrySet()) {
                if (kind.isInstance(e.getValue())) {
                    return e.getKey();
                }
            }
        }
        return values.keySet().iterator().next();
    }

    private void buildToggles(String nodeId, Map<String, Object> values, String selected) {
        outputs.getChildren().clear();
        outputGroup.getToggles().clear();
        if (values.size() < 2) {
            return;
        }
        Label label = new Label("Output:");
        label.getStyleClass().add("results-subcaption");
        outputs.getChildren().add(label);
        for (String port : values.keySet()) {
            ToggleButton button = new ToggleButton(port);
            button.setId("results-output-" + port);
            button.setToggleGroup(outputGroup);
            button.setSelected(port.equals(selected));
            button.setOnAction(e -> {
                button.setSelected(true);
                if (!Objects.equals(shown, new PortRef(nodeId, port))) {
                    showOutput(nodeId, port);
                }
            });
            outputs.getChildren().add(button);
        }
    }

    private Label placeholder(String text) {
        placeholder.setText(text);
        return placeholder;
    }

    private void show(Node visible) {
        if (visible != dataset) {
            dataset.clear();
        }
        for (Node child : body.getChildren()) {
            child.setVisible(child == visible);
        }
    }

    private static String describe(Object report, Object value) {
        StringBuilder sb = new StringBuilder();
        if (report instanceof Map<?, ?> map) {
            map.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        } else if (report != null) {
            sb.append(report).append('\n');
        }
        if (value != null && sb.isEmpty()) {
            sb.append(value);
        }
        return sb.toString();
    }
}
