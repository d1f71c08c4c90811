package io.pipewright.app;

import io.pipewright.edit.AddNodeCommand;
import io.pipewright.edit.CommandStack;
import io.pipewright.edit.ConnectCommand;
import io.pipewright.edit.Fragments;
import io.pipewright.edit.LayeredLayout;
import io.pipewright.edit.MoveNodesCommand;
import io.pipewright.edit.NodeIds;
import io.pipewright.edit.NodeSize;
import io.pipewright.edit.PasteCommand;
import io.pipewright.edit.PipelineCommand;
import io.pipewright.edit.RemoveCommand;
import io.pipewright.edit.RenameNodeCommand;
import io.pipewright.edit.SetParamCommand;
import io.pipewright.edit.WireCheck;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunEvent;
import io.pipewright.exec.RunResult;
import io.pipewright.format.PipelineFormatException;
import io.pipewright.format.PipelineReader;
import io.pipewright.format.PipelineWriter;
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
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The open pipeline and everything the views show about it: the immutable {@link Pipeline} (every
 * edit is a {@link PipelineCommand} on the {@link CommandStack}, which replaces it), the file it came
 * from, the selection (nodes and wires; one node is the "current" one the inspector shows), the dirty
 * flag, each node's run status, the console lines and the last run's result. It uses JavaFX
 * observable properties (from javafx.base, which needs no toolkit) so views bind to it, and it is
 * tested with plain JUnit. Its methods must be called on one thread: the FX thread in the app.
 */
public final class PipelineDocumentViewModel {
    private final NodeCatalog catalog;
    private final WireCheck wireCheck;
    private final ObjectProperty<Pipeline> pipeline = new SimpleObjectProperty<>(new Pipeline("Untitled", List.of(), List.of()));
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<String> selectedNodeId = new SimpleObjectProperty<>();
    private final ObjectProperty<Edge> selectedEdge = new SimpleObjectProperty<>();
    private final ObservableSet<String> selectedNodes = FXCollections.observableSet(new LinkedHashSet<>());
    private final ObservableSet<Edge> selectedEdges = FXCollections.observableSet(new LinkedHashSet<>());
    // Kept as fields: an unmodifiable wrapper listens weakly, so a fresh one per call could lose its listeners.
    private final ObservableSet<String> selectedNodesView = FXCollections.unmodifiableObservableSet(selectedNodes);
    private final ObservableSet<Edge> selectedEdgesView = FXCollections.unmodifiableObservableSet(selectedEdges);
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final ObservableMap<String, NodeStatus> nodeStates = FXCollections.observableHashMap();
    private final ObservableList<String> console = FXCollections.observableArrayList();
    private final ObjectProperty<RunResult> lastResult = new SimpleObjectProperty<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty("Undo");
    private final StringProperty redoText = new SimpleStringProperty("Redo");
    private final StringBinding title;
    private CommandStack history = new CommandStack(pipeline.get());
    private List<Problem> lastValidation = List.of();

    public PipelineDocumentViewModel(NodeCatalog catalog) {
        this.catalog = catalog;
        this.wireCheck = new WireCheck(catalog);
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
        history = new CommandStack(opened);
        history.markSaved();
        lastValidation = List.of();
        clearSelection();
        // The file first: listeners of the pipeline resolve its relative paths against the file's folder.
        file.set(source);
        lastResult.set(null);
        nodeStates.clear();
        show(opened);
        log("opened " + (source == null ? opened.name() : source.toString()));
    }

    public void markSaved(Path target) {
        file.set(target);
        history.markSaved();
        syncHistoryFlags();
        log("saved " + target);
    }

    /** Applies one edit as an undoable step and shows the result. */
    public void execute(PipelineCommand command) {
        Pipeline before = pipeline.get();
        Pipeline after = history.execute(command);
        if (after != before) {
            show(after);
        }
    }

    /** Adds a node of the given type at {@code at} with a fresh id built from the type's name, and selects it. */
    public String addNode(NodeDescriptor descriptor, Point at) {
        String id = NodeIds.fresh(descriptor.typeId().substring(descriptor.typeId().lastIndexOf('.') + 1),
                pipeline.get().nodes().stream().map(NodeInstance::id).collect(java.util.stream.Collectors.toSet()));
        execute(new AddNodeCommand(new NodeInstance(id, descriptor.typeId(), descriptor.version(), Map.of()), at));
        select(id);
        return id;
    }

    public void moveNode(String nodeId, Point to) {
        moveNodes(Map.of(nodeId, to));
    }

    /** Moves several nodes as one undoable step (one drag of a selection); unchanged positions are left out. */
    public void moveNodes(Map<String, Point> positions) {
        Pipeline p = pipeline.get();
        Map<String, Point> changed = new java.util.LinkedHashMap<>();
        positions.forEach((id, at) -> {
            if (p.node(id).isPresent() && !p.layout().positionOf(id).filter(at::equals).isPresent()) {
                changed.put(id, at);
            }
        });
        if (!changed.isEmpty()) {
            execute(MoveNodesCommand.of(changed));
        }
    }

    /** Arranges the whole pipeline left to right (one undoable step). */
    public void autoLayout() {
        execute(LayeredLayout.command(pipeline.get(), this::sizeOf));
    }

    /** The room a node takes on the canvas. */
    public NodeSize sizeOf(String nodeId) {
        return NodeGeometry.sizeOf(pipeline.get().node(nodeId).flatMap(this::descriptorOf).orElse(null));
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
            execute(new SetParamCommand(nodeId, key, raw));
        }
        return Optional.empty();
    }

    /**
     * Gives a node a new id, keeping its wires and position.
     *
     * @return the reason the id was refused, or empty when it was applied
     */
    public Optional<String> renameNode(String oldId, String newId) {
        if (pipeline.get().node(oldId).isEmpty()) {
            return Optional.of("the pipeline has no node '" + oldId + "'");
        }
        String refusal = RenameNodeCommand.refusal(pipeline.get(), oldId, newId);
        if (refusal != null) {
            return Optional.of(refusal);
        }
        boolean wasCurrent = oldId.equals(selectedNodeId.get());
        execute(new RenameNodeCommand(oldId, newId));
        if (wasCurrent) {
            select(newId);
        }
        return Optional.empty();
    }

    /** Makes one node the whole selection (null selects nothing). */
    public void select(String nodeId) {
        selectedEdges.clear();
        selectedEdge.set(null);
        selectedNodes.clear();
        if (nodeId != null) {
            selectedNodes.add(nodeId);
        }
        selectedNodeId.set(nodeId);
    }

    /** Shift/Ctrl-click on a node: adds it to the selection, or takes it out. */
    public void toggleSelected(String nodeId) {
        if (selectedNodes.remove(nodeId)) {
            if (nodeId.equals(selectedNodeId.get())) {
                selectedNodeId.set(selectedNodes.stream().reduce((a, b) -> b).orElse(null));
            }
        } else {
            selectedNodes.add(nodeId);
            selectedNodeId.set(nodeId);
        }
    }

    /** Selects these nodes (a rubber band), replacing the selection or adding to it. */
    public void selectNodes(Collection<String> nodeIds, boolean add) {
        if (!add) {
            clearSelection();
        }
        nodeIds.stream().filter(id -> pipeline.get().node(id).isPresent()).forEach(selectedNodes::add);
        if (selectedNodeId.get() == null || !selectedNodes.contains(selectedNodeId.get())) {
            selectedNodeId.set(selectedNodes.size() == 1 ? selectedNodes.iterator().next() : null);
        }
    }

    /** Ctrl+A: every node and every wire. */
    public void selectAll() {
        pipeline.get().nodes().forEach(n -> selectedNodes.add(n.id()));
        selectedEdges.addAll(pipeline.get().edges());
    }

    public void clearSelection() {
        selectedNodes.clear();
        selectedEdges.clear();
        selectedNodeId.set(null);
        selectedEdge.set(null);
    }

    /** Selects a wire (and nothing else), so that {@link #deleteSelected} removes it. */
    public void selectEdge(Edge edge) {
        clearSelection();
        if (edge != null) {
            selectedEdges.add(edge);
        }
        selectedEdge.set(edge);
    }

    /** Shift/Ctrl-click on a wire. */
    public void toggleSelectedEdge(Edge edge) {
        if (!selectedEdges.remove(edge)) {
            selectedEdges.add(edge);
        }
        selectedEdge.set(selectedEdges.stream().reduce((a, b) -> b).orElse(null));
    }

    public Optional<NodeInstance> selectedNode() {
        return Optional.ofNullable(selectedNodeId.get()).flatMap(id -> pipeline.get().node(id));
    }

    /** Removes the selected nodes (with their wires and positions) and the selected wires, as one step. */
    public void deleteSelected() {
        if (selectedNodes.isEmpty() && selectedEdges.isEmpty()) {
            return;
        }
        RemoveCommand remove = new RemoveCommand(selectedNodes, selectedEdges);
        clearSelection();
        execute(remove);
    }

    /** The selected nodes with the wires among them, as pipeline JSON (what Copy puts on the clipboard). */
    public Optional<String> copySelection() {
        if (selectedNodes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PipelineWriter().write(Fragments.of(pipeline.get(), Set.copyOf(selectedNodes))));
    }

    /**
     * Pastes pipeline JSON (from this or another window): nodes get free ids, their internal wires are
     * kept, they land shifted from where they were copied, and they become the selection.
     *
     * @return why the text could not be pasted, or empty when it was
     */
    public Optional<String> paste(String json) {
        Pipeline fragment;
        try {
            fragment = new PipelineReader().read(json, "the clipboard");
        } catch (PipelineFormatException e) {
            return Optional.of("the clipboard holds no Pipewright nodes: " + e.getMessage());
        }
        if (fragment.nodes().isEmpty()) {
            return Optional.of("the clipboard holds no Pipewright nodes");
        }
        PasteCommand paste = PasteCommand.of(pipeline.get(), fragment);
        execute(paste);
        selectNodes(paste.renamed().values(), false);
        return Optional.empty();
    }

    /** Ctrl+D: copies the selected nodes and pastes them at once, leaving the clipboard alone. */
    public void duplicateSelection() {
        copySelection().ifPresent(this::paste);
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
                    .findFirst().ifPresent(n -> select(n.nodeId()));
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

    public void log(String line) {
        console.add(line);
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

    /**
     * Wires an output port to an input port when the check passes: port types, a free input, no cycle,
     * and the target node's configure accepting what the wire brings.
     *
     * @return the reason the wire was refused, or empty when it was added
     */
    public Optional<String> connect(PortRef from, PortRef to) {
        Optional<String> refusal = wireRefusal(from, to);
        if (refusal.isEmpty()) {
            execute(new ConnectCommand(new Edge(from, to)));
        }
        return refusal;
    }

    /** The full wire check (with a trial configure), without wiring. */
    public Optional<String> wireRefusal(PortRef from, PortRef to) {
        return wireCheck.refusal(pipeline.get(), from, to, baseDir());
    }

    /** The quick check of every input against a wire dragged from {@code from}, for highlighting. */
    public Map<PortRef, Optional<String>> quickWireRefusals(PortRef from) {
        return wireCheck.quickRefusals(pipeline.get(), from);
    }

    /** The folder relative paths resolve against: the file's, or the working folder for a new pipeline. */
    public Path baseDir() {
        Path f = file.get();
        return f == null ? Path.of("").toAbsolutePath() : f.toAbsolutePath().getParent();
    }

    public void undo() {
        show(history.undo());
    }

    public void redo() {
        show(history.redo());
    }

    /** Makes {@code state} the shown pipeline: node states and selection follow its nodes and wires. */
    private void show(Pipeline state) {
        Set<String> ids = new HashSet<>();
        state.nodes().forEach(n -> ids.add(n.id()));
        selectedNodes.retainAll(ids);
        selectedEdges.retainAll(Set.copyOf(state.edges()));
        if (selectedNodeId.get() != null && !ids.contains(selectedNodeId.get())) {
            selectedNodeId.set(null);
        }
        if (selectedEdge.get() != null && !selectedEdges.contains(selectedEdge.get())) {
            selectedEdge.set(null);
        }
        state.nodes().forEach(n -> nodeStates.putIfAbsent(n.id(), NodeStatus.IDLE));
        nodeStates.keySet().removeIf(id -> !ids.contains(id));
        pipeline.set(state);
        syncHistoryFlags();
    }

    private void syncHistoryFlags() {
        dirty.set(history.dirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
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

    /** The current node: the one selected last, which the inspector and results show. */
    public ReadOnlyObjectProperty<String> selectedNodeIdProperty() {
        return selectedNodeId;
    }

    public ReadOnlyObjectProperty<Edge> selectedEdgeProperty() {
        return selectedEdge;
    }

    /** Every selected node; read-only for views (change it through the select methods). */
    public ObservableSet<String> selectedNodes() {
        return selectedNodesView;
    }

    public ObservableSet<Edge> selectedEdges() {
        return selectedEdgesView;
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

    /** "Undo Move 3 nodes": what the Undo button's tooltip says. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }

    public StringBinding titleProperty() {
        return title;
    }
}
