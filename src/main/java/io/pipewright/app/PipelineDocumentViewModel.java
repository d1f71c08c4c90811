package io.pipewright.app;

import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunEvent;
import io.pipewright.exec.RunResult;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import io.pipewright.graph.PortRef;
import io.pipewright.graph.Problem;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeType;
import io.pipewright.param.ParamException;
import io.pipewright.param.ParamSpec;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The open pipeline and everything the views show about it: the immutable {@link Pipeline} (every
 * edit replaces it), the file it came from, the selected node, the dirty flag, each node's run
 * status, the console lines and the last run's result. It uses JavaFX observable properties (from
 * javafx.base, which needs no toolkit) so views bind to it, and it is tested with plain JUnit.
 * Its methods must be called on one thread: the FX thread in the app.
 */
public final class PipelineDocumentViewModel {
    private final NodeCatalog catalog;
    private final ObjectProperty<Pipeline> pipeline = new SimpleObjectProperty<>(new Pipeline("Untitled", List.of(), List.of()));
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedNodeId = new SimpleObjectProperty<>();
    private final ObjectProperty<Edge> selectedEdge = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObservableMap<String, NodeStatus> nodeStates = FXCollections.observableHashMap();
    private final ObservableList<String> console = FXCollections.observableArrayList();
    private final ObjectProperty<RunResult> lastResult = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringBinding title;
    private EditHistory history = new EditHistory(pipeline.get());
    private List<Problem> lastValidation = List.of();

    public PipelineDocumentViewModel(NodeCatalog catalog) {
        this.catalog = catalog;
        title = Bindings.createStringBinding(
                () -> "Pipewright - " + pipeline.get().name() + (dirty.get() ? " *" : "")
                        + (file.get() == null ? "" : " (" + file.get().getFileName() + ")"),
                pipeline, dirty, file);
    }

    public NodeCatalog catalog() {
        return catalog;
    }

    /** Shows a pipeline just read from {@code source} (null for a new one); clean, nothing selected. */
    public void open(Pipeline opened, Path source) {
        history = new EditHistory(opened);
        history.markSaved();
        lastValidation = List.of();
        // The file first: listeners of the pipeline resolve its relative paths against the file's folder.
        file.set(source);
        pipeline.set(opened);
        selectedNodeId.set(null);
        selectedEdge.set(null);
        lastResult.set(null);
        nodeStates.clear();
        opened.nodes().forEach(n -> nodeStates.put(n.id(), NodeStatus.IDLE));
        syncHistoryFlags();
        log("opened " + (source == null ? opened.name() : source.toString()));
    }

    public void markSaved(Path target) {
        file.set(target);
        history.markSaved();
        syncHistoryFlags();
        log("saved " + target);
    }

    /** Adds a node of the given type at {@code at} with a fresh id built from the type's name, and selects it. */
    public String addNode(NodeDescriptor descriptor, Point at) {
        String id = freshId(descriptor.typeId().substring(descriptor.typeId().lastIndexOf('.') + 1));
        Pipeline p = pipeline.get().withNode(new NodeInstance(id, descriptor.typeId(), descriptor.version(), Map.of()));
        nodeStates.put(id, NodeStatus.IDLE);
        edit(p.withLayout(p.layout().with(id, at)));
        selectedNodeId.set(id);
        return id;
    }

    public void moveNode(String nodeId, Point to) {
        Pipeline p = pipeline.get();
        if (p.node(nodeId).isEmpty() || p.layout().positionOf(nodeId).filter(to::equals).isPresent()) {
            return;
        }
        edit(p.withLayout(p.layout().with(nodeId, to)));
    }

    /**
     * Validates {@code text} for the node's parameter and applies it only when valid.
     *
     * @return the reason the value was refused, or empty when it was applied
     */
    public Optional<String> setParam(String nodeId, String key, String text) {
        Optional<NodeInstance> node = pipeline.get().node(nodeId);
        Optional<ParamSpec<?>> spec = node.flatMap(n -> descriptorOf(n)).flatMap(d -> d.param(key));
        if (spec.isEmpty()) {
            return Optional.of("node '" + nodeId + "' has no parameter '" + key + "'");
        }
        Object raw;
        try {
            raw = spec.get().toRawUnchecked(spec.get().parseText(text));
        } catch (ParamException e) {
            return Optional.of(e.getMessage());
        }
        if (!raw.equals(node.get().params().get(key))) {
            edit(pipeline.get().withNode(node.get().withParam(key, raw)));
        }
        return Optional.empty();
    }

    public void select(String nodeId) {
        selectedEdge.set(null);
        selectedNodeId.set(nodeId);
    }

    public Optional<NodeInstance> selectedNode() {
        return Optional.ofNullable(selectedNodeId.get()).flatMap(id -> pipeline.get().node(id));
    }

    public Optional<NodeDescriptor> descriptorOf(NodeInstance node) {
        return catalog.find(node.type()).map(NodeType::descriptor);
    }

    /** Shows problems found before running: each becomes a console line and a warning on its node. */
    public void showProblems(List<Problem> problems) {
        nodeStates.replaceAll((id, s) -> NodeStatus.IDLE);
        for (Problem problem : problems) {
            log("problem: " + problem);
            if (problem.nodeId() != null && nodeStates.containsKey(problem.nodeId())) {
                nodeStates.put(problem.nodeId(), new NodeStatus(NodeState.IDLE, -1, problem.toString()));
            }
        }
    }

    /** Applies one run event; the app calls it on the FX thread through {@link FxRunListener}. */
    public void apply(RunEvent event) {
        if (event instanceof RunEvent.RunStarted s) {
            running.set(true);
            lastResult.set(null);
            nodeStates.replaceAll((id, st) -> NodeStatus.IDLE);
            log("run " + s.runId() + " started: " + s.pipelineName() + " (" + s.nodeCount() + " nodes)");
        } else if (event instanceof RunEvent.NodeStateChanged c) {
            nodeStates.put(c.nodeId(), new NodeStatus(c.state(), c.state() == NodeState.RUNNING ? -1 : 1, c.message()));
            if (c.state() == NodeState.FAILED) {
                log(c.nodeId() + " failed: " + c.message());
            }
        } else if (event instanceof RunEvent.NodeProgress p) {
            NodeStatus current = nodeStates.get(p.nodeId());
            if (current != null && current.state() == NodeState.RUNNING) {
                nodeStates.put(p.nodeId(), current.withProgress(p.fraction(), p.message()));
            }
        } else if (event instanceof RunEvent.NodeLog l) {
            log("[" + l.nodeId() + "] " + l.line());
        } else if (event instanceof RunEvent.RunFinished f) {
            finish(f.result());
        }
    }

    private void finish(RunResult result) {
        result.nodes().values().forEach(n -> nodeStates.put(n.nodeId(), new NodeStatus(n.state(), 1, n.error())));
        lastResult.set(result);
        running.set(false);
        log(String.format(java.util.Locale.ROOT, "run %s %s in %.2f s", result.runId(), result.status().word(),
                result.seconds()));
        if (selectedNodeId.get() == null) {
            result.nodes().values().stream().filter(n -> n.reports().get("metrics") instanceof Map<?, ?>)
                    .findFirst().ifPresent(n -> selectedNodeId.set(n.nodeId()));
        }
    }

    /** The scalar metrics the last run reported for a node, in report order; empty if it reported none. */
    public Map<String, Object> metricsOf(String nodeId) {
        return NodeResults.metrics(lastResult.get(), nodeId);
    }

    /** The confusion matrix the last run reported for a node, if it reported one. */
    public Optional<ConfusionMatrix> confusionOf(String nodeId) {
        return NodeResults.confusion(lastResult.get(), nodeId);
    }

    /** Weka's own description of the model a node trained in the last run (e.g. the J48 tree), with its learner. */
    public Optional<String> modelTextOf(String nodeId) {
        return NodeResults.modelText(lastResult.get(), nodeId);
    }

    public void log(String line) {
        console.add(line);
    }

    /**
     * Wires an output port to an input port when the types fit, the input is free and no cycle results.
     *
     * @return the reason the wire was refused, or empty when it was added
     */
    public Optional<String> connect(PortRef from, PortRef to) {
        Optional<String> refusal = PipelineEdits.wireRefusal(pipeline.get(), catalog, from, to);
        if (refusal.isEmpty()) {
            edit(pipeline.get().withEdge(new Edge(from, to)));
        }
        return refusal;
    }

    /** Selects a wire (and no node), so that {@link #deleteSelected} removes it. */
    public void selectEdge(Edge edge) {
        selectedNodeId.set(null);
        selectedEdge.set(edge);
    }

    /** Removes the selected wire, or the selected node with its wires and its position. */
    public void deleteSelected() {
        Edge edge = selectedEdge.get();
        if (edge != null) {
            selectedEdge.set(null);
            edit(PipelineEdits.withoutEdge(pipeline.get(), edge));
            return;
        }
        Optional<NodeInstance> node = selectedNode();
        if (node.isEmpty()) {
            return;
        }
        selectedNodeId.set(null);
        nodeStates.remove(node.get().id());
        edit(PipelineEdits.withoutNode(pipeline.get(), node.get().id()));
    }

    public void undo() {
        restore(history.undo());
    }

    public void redo() {
        restore(history.redo());
    }

    private void restore(Pipeline state) {
        selectedEdge.set(null);
        if (selectedNodeId.get() != null && state.node(selectedNodeId.get()).isEmpty()) {
            selectedNodeId.set(null);
        }
        state.nodes().forEach(n -> nodeStates.putIfAbsent(n.id(), NodeStatus.IDLE));
        nodeStates.keySet().removeIf(id -> state.node(id).isEmpty());
        pipeline.set(state);
        syncHistoryFlags();
    }

    /**
     * Shows what validation found before any run: idle nodes get the problem as a warning (or lose a
     * warning that no longer applies); the console hears only when the list of problems changed.
     */
    public void showValidation(List<Problem> problems) {
        for (String id : List.copyOf(nodeStates.keySet())) {
            NodeStatus status = nodeStates.get(id);
            if (status.state() != NodeState.IDLE) {
                continue;
            }
            String message = problems.stream().filter(p -> id.equals(p.nodeId())).map(Problem::toString)
                    .reduce((a, b) -> a + "\n" + b).orElse(null);
            nodeStates.put(id, new NodeStatus(NodeState.IDLE, -1, message));
        }
        if (!problems.equals(lastValidation)) {
            lastValidation = List.copyOf(problems);
            problems.forEach(p -> log("problem: " + p));
        }
    }

    private void edit(Pipeline next) {
        history.push(next);
        pipeline.set(next);
        syncHistoryFlags();
    }

    private void syncHistoryFlags() {
        dirty.set(history.dirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    private String freshId(String base) {
        String id = base;
        for (int i = 2; pipeline.get().node(id).isPresent(); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    public ReadOnlyObjectProperty<Pipeline> pipelineProperty() {
        return pipeline;
    }

    public Pipeline pipeline() {
        return pipeline.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyObjectProperty<String> selectedNodeIdProperty() {
        return selectedNodeId;
    }

    public ReadOnlyObjectProperty<Edge> selectedEdgeProperty() {
        return selectedEdge;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ObservableMap<String, NodeStatus> nodeStates() {
        return nodeStates;
    }

    public ObservableList<String> console() {
        return console;
    }

    public ReadOnlyObjectProperty<RunResult> lastResultProperty() {
        return lastResult;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public StringBinding titleProperty() {
        return title;
    }
}
