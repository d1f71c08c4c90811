package io.pipewright.app;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunEvent;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Edge;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import io.pipewright.graph.PortRef;
import io.pipewright.graph.Problem;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineDocumentViewModelTest {
    private static final Path IRIS = Path.of("sample-projects/iris/iris-j48.pipeline.json");
    private static final NodeCatalog CATALOG = NodeCatalog.load();
    private PipelineDocumentViewModel document;

    @BeforeEach
    void openIris() throws Exception {
        document = new PipelineDocumentViewModel(CATALOG);
        document.open(new PipelineReader().read(IRIS), IRIS);
    }

    @Test
    void openingAnotherFileSetsItsFolderBeforeThePipelineChanges() throws Exception {
        Path credit = Path.of("sample-projects/finance-credit-risk/credit-risk.pipeline.json");
        List<Path> fileSeenByListeners = new java.util.ArrayList<>();
        document.pipelineProperty().addListener((o, before, now) -> fileSeenByListeners.add(document.fileProperty().get()));
        document.open(new PipelineReader().read(credit), credit);
        assertThat(fileSeenByListeners).containsExactly(credit);
    }

    @Test
    void openedDocumentIsCleanWithEveryNodeIdle() {
        assertThat(document.dirtyProperty().get()).isFalse();
        assertThat(document.nodeStates()).hasSize(6).allSatisfy((id, s) -> assertThat(s).isEqualTo(NodeStatus.IDLE));
        assertThat(document.titleProperty().get()).startsWith("Pipewright - Iris J48").doesNotContain("*");
    }

    @Test
    void validParameterIsAppliedAndMarksTheDocumentDirty() {
        assertThat(document.setParam("cv", "folds", "5")).isEmpty();

        assertThat(document.pipeline().node("cv").orElseThrow().params().get("folds")).isEqualTo(5);
        assertThat(document.dirtyProperty().get()).isTrue();
        assertThat(document.titleProperty().get()).contains("*");
    }

    @Test
    void outOfRangeParameterIsRefusedWithItsReasonAndNotApplied() {
        Pipeline before = document.pipeline();

        assertThat(document.setParam("cv", "folds", "1")).hasValueSatisfying(reason -> assertThat(reason).contains("between"));
        assertThat(document.pipeline()).isSameAs(before);
        assertThat(document.dirtyProperty().get()).isFalse();
    }

    @Test
    void addedNodeGetsAFreshIdItsPositionAndTheSelection() {
        NodeDescriptor cv = CATALOG.find("evaluate.cross-validation").orElseThrow().descriptor();

        String first = document.addNode(cv, new Point(10, 20));
        String second = document.addNode(cv, new Point(30, 40));

        assertThat(first).isNotEqualTo(second).isNotEqualTo("cv");
        assertThat(document.pipeline().layout().positionOf(second)).contains(new Point(30, 40));
        assertThat(document.selectedNodeIdProperty().get()).isEqualTo(second);
        assertThat(document.nodeStates()).containsKey(second);
    }

    @Test
    void movingANodeChangesOnlyItsLayout() {
        document.moveNode("train", new Point(500, 300));

        assertThat(document.pipeline().layout().positionOf("train")).contains(new Point(500, 300));
        assertThat(document.dirtyProperty().get()).isTrue();
    }

    @Test
    void savingClearsTheDirtyFlag() {
        document.moveNode("train", new Point(500, 300));
        document.markSaved(Path.of("elsewhere.pipeline.json"));

        assertThat(document.dirtyProperty().get()).isFalse();
    }

    @Test
    void runEventsUpdateNodeStatesAndProgressOnlyWhileRunning() {
        document.apply(new RunEvent.RunStarted("r1", "Iris J48", 6));
        document.apply(new RunEvent.NodeStateChanged("r1", "train", NodeState.RUNNING, null));
        document.apply(new RunEvent.NodeProgress("r1", "train", 0.5, "building"));
        document.apply(new RunEvent.NodeProgress("r1", "load", 0.5, "late progress"));

        assertThat(document.runningProperty().get()).isTrue();
        assertThat(document.nodeStates().get("train").progress()).isEqualTo(0.5);
        assertThat(document.nodeStates().get("load").state()).isEqualTo(NodeState.IDLE);
    }

    @Test
    void finishedRunSelectsTheEvaluationAndExposesItsScalarMetrics() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", 0.96);
        metrics.put("perClass", List.of(Map.of("label", "x")));
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("load", new NodeResult("load", "ingest.csv", NodeState.SUCCEEDED, 0.1, null, Map.of(), Map.of(), List.of(), "k1"));
        nodes.put("cv", new NodeResult("cv", "evaluate.cross-validation", NodeState.SUCCEEDED, 0.2, null,
                Map.of("metrics", metrics), Map.of(), List.of(), "k2"));
        document.apply(new RunEvent.RunStarted("r1", "Iris J48", 6));
        document.apply(new RunEvent.RunFinished("r1", new RunResult("r1", "Iris J48", RunStatus.SUCCEEDED,
                Instant.EPOCH, Instant.EPOCH.plusSeconds(1), nodes)));

        assertThat(document.runningProperty().get()).isFalse();
        assertThat(document.selectedNodeIdProperty().get()).isEqualTo("cv");
        assertThat(document.metricsOf("cv")).containsExactly(Map.entry("accuracy", 0.96));
        assertThat(document.nodeStates().get("cv").state()).isEqualTo(NodeState.SUCCEEDED);
    }

    @Test
    void problemsBecomeConsoleLinesAndNodeWarnings() {
        document.showProblems(List.of(Problem.ofParam("load", "path", "no such file 'x.csv'")));

        assertThat(document.nodeStates().get("load").hasWarning()).isTrue();
        assertThat(document.console()).anySatisfy(line -> assertThat(line).contains("node 'load', parameter 'path'"));
    }

    @Test
    void undoRestoresThePreviousPipelineAndRedoReappliesTheEdit() {
        Pipeline original = document.pipeline();
        document.setParam("cv", "folds", "5");
        Pipeline edited = document.pipeline();

        document.undo();
        assertThat(document.pipeline()).isSameAs(original);
        assertThat(document.dirtyProperty().get()).isFalse();
        assertThat(document.canRedoProperty().get()).isTrue();

        document.redo();
        assertThat(document.pipeline()).isSameAs(edited);
        assertThat(document.dirtyProperty().get()).isTrue();
    }

    @Test
    void aNewEditAfterUndoDropsTheRedoBranch() {
        document.setParam("cv", "folds", "5");
        document.undo();
        document.setParam("cv", "folds", "7");

        assertThat(document.canRedoProperty().get()).isFalse();
        assertThat(document.pipeline().node("cv").orElseThrow().params().get("folds")).isEqualTo(7);
    }

    @Test
    void deletingTheSelectedNodeRemovesItsWiresAndPosition() {
        document.select("train");
        document.deleteSelected();

        assertThat(document.pipeline().node("train")).isEmpty();
        assertThat(document.pipeline().edges()).noneMatch(e -> e.from().nodeId().equals("train") || e.to().nodeId().equals("train"));
        assertThat(document.pipeline().layout().positionOf("train")).isEmpty();
        assertThat(document.selectedNodeIdProperty().get()).isNull();

        document.undo();
        assertThat(document.pipeline().node("train")).isPresent();
        assertThat(document.pipeline().edges()).hasSize(6);
    }

    @Test
    void validationWarnsIdleNodesAndClearsWarningsThatNoLongerApply() {
        document.showValidation(List.of(Problem.ofNode("holdout", "input 'test' is not wired")));
        assertThat(document.nodeStates().get("holdout").hasWarning()).isTrue();

        document.showValidation(List.of());
        assertThat(document.nodeStates().get("holdout").hasWarning()).isFalse();
        assertThat(document.console()).filteredOn(l -> l.startsWith("problem:")).hasSize(1);
    }

    @Test
    void wireBetweenCompatiblePortsIsAdded() {
        NodeDescriptor holdout = CATALOG.find("evaluate.holdout").orElseThrow().descriptor();
        String id = document.addNode(holdout, new Point(0, 0));

        assertThat(document.connect(PortRef.parse("train:model"), PortRef.parse(id + ":model"))).isEmpty();
        assertThat(document.pipeline().edgesInto(id)).hasSize(1);
    }

    @Test
    void wireFromDataToAModelInputIsRefusedWithTheTypes() {
        NodeDescriptor holdout = CATALOG.find("evaluate.holdout").orElseThrow().descriptor();
        String id = document.addNode(holdout, new Point(0, 0));
        Pipeline before = document.pipeline();

        assertThat(document.connect(PortRef.parse("load:data"), PortRef.parse(id + ":model")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("takes").contains("gives"));
        assertThat(document.pipeline()).isSameAs(before);
    }

    @Test
    void wireIntoAnInputThatIsAlreadyWiredIsRefused() {
        assertThat(document.connect(PortRef.parse("load:data"), PortRef.parse("split:data")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("already wired"));
    }

    @Test
    void deletingTheSelectedWireRemovesOnlyThatWire() {
        Edge wire = Edge.of("load:data", "cv:data");
        document.selectEdge(wire);
        document.deleteSelected();

        assertThat(document.pipeline().edges()).hasSize(5).doesNotContain(wire);
        assertThat(document.pipeline().nodes()).hasSize(6);
        assertThat(document.selectedEdgeProperty().get()).isNull();
    }

    @Test
    void confusionMatrixOfAnEvaluationIsReadFromItsReport() {
        Map<String, Object> metrics = Map.of("accuracy", 0.875, "confusionMatrix",
                Map.of("labels", List.of("yes", "no"), "matrix", List.of(List.of(3, 1), List.of(0, 4))));
        Map<String, NodeResult> nodes = Map.of("holdout", new NodeResult("holdout", "evaluate.holdout", NodeState.SUCCEEDED,
                0.1, null, Map.of("metrics", metrics), Map.of(), List.of(), "k"));
        document.apply(new RunEvent.RunFinished("r1", new RunResult("r1", "Iris J48", RunStatus.SUCCEEDED,
                Instant.EPOCH, Instant.EPOCH, nodes)));

        ConfusionMatrix matrix = document.confusionOf("holdout").orElseThrow();
        assertThat(matrix.labels()).containsExactly("yes", "no");
        assertThat(matrix.counts()[0]).containsExactly(3, 1);
        assertThat(matrix.max()).isEqualTo(4);
        assertThat(document.confusionOf("load")).isEmpty();
    }
}
