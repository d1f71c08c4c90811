package io.pipewright.app;

import io.pipewright.edit.NodeSize;
import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import io.pipewright.graph.PortRef;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeDescriptor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Selection, clipboard, layout and wiring in the document view model, without a toolkit. */
class CanvasEditingViewModelTest {
    private static final Path IRIS = Path.of("sample-projects/iris/iris-j48.pipeline.json");
    private static final NodeCatalog CATALOG = NodeCatalog.load();
    private PipelineDocumentViewModel document;

    @BeforeEach
    void openIris() throws Exception {
        document = new PipelineDocumentViewModel(CATALOG);
        document.open(new PipelineReader().read(IRIS), IRIS);
    }

    @Test
    void pasteRenamesIdsKeepsInternalWiresAndSelectsTheCopy() {
        document.selectNodes(List.of("split", "train"), false);
        String json = document.copySelection().orElseThrow();

        assertThat(document.paste(json)).isEmpty();

        Pipeline p = document.pipeline();
        assertThat(p.nodes()).extracting(NodeInstance::id).contains("split-2", "train-2");
        assertThat(p.edges()).contains(Edge.of("split-2:train", "train-2:data"));
        assertThat(p.edgesInto("split-2")).isEmpty();
        assertThat(document.selectedNodes()).containsExactlyInAnyOrder("split-2", "train-2");
        assertThat(document.nodeStates()).containsKeys("split-2", "train-2");
    }

    @Test
    void pastingIsOneUndoStep() {
        Pipeline before = document.pipeline();
        document.select("load");
        document.duplicateSelection();
        assertThat(document.pipeline().node("load-2")).isPresent();

        document.undo();
        assertThat(document.pipeline()).isEqualTo(before);
        assertThat(document.dirtyProperty().get()).isFalse();
    }

    @Test
    void pastingTextThatIsNotAPipelineSaysSo() {
        assertThat(document.paste("hello")).hasValueSatisfying(r -> assertThat(r).contains("no Pipewright nodes"));
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void autoLayoutLeavesNoOverlapsAndEveryWirePointingRight() {
        document.moveNode("cv", new Point(0, 0));
        document.moveNode("load", new Point(900, 900));

        document.autoLayout();

        Pipeline p = document.pipeline();
        for (Edge e : p.edges()) {
            Point from = p.layout().positionOf(e.from().nodeId()).orElseThrow();
            Point to = p.layout().positionOf(e.to().nodeId()).orElseThrow();
            assertThat(to.x()).as(e.toString()).isGreaterThanOrEqualTo(from.x() + NodeGeometry.WIDTH);
        }
        List<String> ids = p.nodes().stream().map(NodeInstance::id).toList();
        for (String a : ids) {
            for (String b : ids) {
                if (!a.equals(b)) {
                    assertThat(overlap(p, a, b)).as(a + " and " + b).isFalse();
                }
            }
        }
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Auto-layout");
    }

    private boolean overlap(Pipeline p, String a, String b) {
        Point pa = p.layout().positionOf(a).orElseThrow();
        Point pb = p.layout().positionOf(b).orElseThrow();
        NodeSize sa = document.sizeOf(a);
        NodeSize sb = document.sizeOf(b);
        return pa.x() < pb.x() + sb.width() && pb.x() < pa.x() + sa.width()
                && pa.y() < pb.y() + sb.height() && pb.y() < pa.y() + sa.height();
    }

    @Test
    void deletingASelectionOfNodesAndWiresIsOneUndoableStep() {
        Pipeline before = document.pipeline();
        document.selectNodes(List.of("split", "train"), false);
        document.toggleSelectedEdge(Edge.of("load:data", "cv:data"));

        document.deleteSelected();

        assertThat(document.pipeline().nodes()).extracting(NodeInstance::id).containsExactly("load", "holdout", "cv", "save-model");
        assertThat(document.pipeline().edges()).isEmpty();
        assertThat(document.selectedNodes()).isEmpty();
        document.undo();
        assertThat(document.pipeline()).isEqualTo(before);
    }

    @Test
    void shiftClickTogglesANodeInAndOutOfTheSelection() {
        document.select("load");
        document.toggleSelected("cv");
        assertThat(document.selectedNodes()).containsExactly("load", "cv");
        assertThat(document.selectedNodeIdProperty().get()).isEqualTo("cv");

        document.toggleSelected("cv");
        assertThat(document.selectedNodes()).containsExactly("load");
        assertThat(document.selectedNodeIdProperty().get()).isEqualTo("load");
    }

    @Test
    void selectAllTakesEveryNodeAndWire() {
        document.selectAll();
        assertThat(document.selectedNodes()).hasSize(6);
        assertThat(document.selectedEdges()).hasSize(6);
    }

    @Test
    void movingSeveralNodesIsOneUndoStep() {
        document.moveNodes(Map.of("load", new Point(0, 0), "cv", new Point(10, 10)));
        assertThat(document.undoTextProperty().get()).isEqualTo("Undo Move 2 nodes");
        document.undo();
        assertThat(document.canUndoProperty().get()).isFalse();
    }

    @Test
    void aWireTheTargetsConfigureRefusesIsNotAddedAndSaysWhy() {
        NodeDescriptor filter = CATALOG.find("prep.filter-rows").orElseThrow().descriptor();
        String id = document.addNode(filter, new Point(0, 0));
        document.setParam(id, "column", "petal_colour");
        Pipeline before = document.pipeline();

        assertThat(document.connect(PortRef.parse("load:data"), PortRef.parse(id + ":data")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("petal_colour"));
        assertThat(document.pipeline()).isSameAs(before);
    }

    @Test
    void renamingTheCurrentNodeKeepsItSelectedAndItsWires() {
        document.select("split");
        assertThat(document.renameNode("split", "divide")).isEmpty();

        assertThat(document.selectedNodeIdProperty().get()).isEqualTo("divide");
        assertThat(document.pipeline().edgesOutOf("divide")).hasSize(2);
        assertThat(document.renameNode("divide", "train")).hasValueSatisfying(r -> assertThat(r).contains("already"));
    }

    @Test
    void titleShowsTheDirtyMarkerUntilUndoReturnsToTheSavedState() {
        document.selectNodes(Set.of("cv"), false);
        document.deleteSelected();
        assertThat(document.titleProperty().get()).contains("*");
        document.undo();
        assertThat(document.titleProperty().get()).doesNotContain("*");
    }
}
