package io.pipewright.store;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionDiffTest {
    private static final Pipeline BASE = StoreFixtures.pipeline("iris", 10);

    @Test
    void identicalPipelinesHaveNoDifferences() {
        assertThat(RevisionDiff.between(BASE, StoreFixtures.pipeline("iris", 10)).isEmpty()).isTrue();
    }

    @Test
    void numbersCompareByValue() {
        Pipeline b = BASE.withNode(BASE.node("cv").orElseThrow().withParam("folds", 10.0));
        assertThat(RevisionDiff.between(BASE, b).params()).isEmpty();
    }

    @Test
    void changedAddedAndRemovedParametersAreListed() {
        NodeInstance cv = new NodeInstance("cv", "toy.evaluate", 1, Map.of("folds", 5, "seed", 3));
        NodeInstance load = new NodeInstance("load", "toy.load", 1, Map.of());
        Pipeline b = new Pipeline("iris", List.of(load, cv), BASE.edges());
        assertThat(RevisionDiff.between(BASE, b).lines()).containsExactly(
                "- param load.path (was data.csv)", "~ param cv.folds: 10 -> 5", "+ param cv.seed = 3");
    }

    @Test
    void nodesAndEdgesAddedRemovedAndRetypedAreListed() {
        Pipeline b = new Pipeline("iris 2", List.of(
                NodeInstance.of("load", "toy.load2", Map.of("path", "data.csv")),
                NodeInstance.of("split", "toy.split", Map.of())),
                List.of(Edge.of("load:data", "split:data")));
        assertThat(RevisionDiff.between(BASE, b).lines()).containsExactly(
                "~ name: iris -> iris 2",
                "~ node load: toy.load v1 -> toy.load2 v1",
                "- node cv (toy.evaluate v1)",
                "+ node split (toy.split v1)",
                "- edge load:data -> cv:data",
                "+ edge load:data -> split:data");
    }

    @Test
    void layoutMovesAreOneFlag() {
        Pipeline b = BASE.withLayout(new Layout(Map.of("load", new Point(10, 20))));
        RevisionDiff diff = RevisionDiff.between(BASE, b);
        assertThat(diff.layoutChanged()).isTrue();
        assertThat(diff.lines()).containsExactly("~ layout (nodes moved)");
    }
}
