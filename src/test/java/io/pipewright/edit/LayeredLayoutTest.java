package io.pipewright.edit;

import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LayeredLayoutTest {
    private static final NodeSize SIZE = new NodeSize(176, 94);

    @Test
    void everyWirePointsRightAndNoNodesOverlapOnTheIrisSample() throws Exception {
        Pipeline iris = new PipelineReader().read(Path.of("sample-projects/iris/iris-j48.pipeline.json"));
        assertLaidOutCleanly(iris, LayeredLayout.arrange(iris, id -> SIZE));
    }

    @Test
    void aRandomDagOfTwoHundredNodesLaysOutWithoutOverlaps() {
        Random random = new Random(7);
        List<NodeInstance> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            nodes.add(NodeInstance.of("n" + i, "toy", Map.of()));
            if (i > 0) {
                edges.add(Edge.of("n" + random.nextInt(i) + ":out", "n" + i + ":in"));
            }
            if (i > 1 && random.nextBoolean()) {
                edges.add(Edge.of("n" + random.nextInt(i) + ":out", "n" + i + ":other"));
            }
        }
        Pipeline dag = new Pipeline("dag", nodes, edges);
        assertLaidOutCleanly(dag, LayeredLayout.arrange(dag, id -> SIZE));
    }

    @Test
    void crossingReductionUntanglesTwoSwappedChains() {
        // a1 -> b2 and a2 -> b1 in file order cross; after layout the chains run straight.
        Pipeline p = new Pipeline("x", List.of(NodeInstance.of("a1", "t", Map.of()), NodeInstance.of("a2", "t", Map.of()),
                NodeInstance.of("b1", "t", Map.of()), NodeInstance.of("b2", "t", Map.of())),
                List.of(Edge.of("a1:o", "b2:i"), Edge.of("a2:o", "b1:i")));
        Map<String, Point> at = LayeredLayout.arrange(p, id -> SIZE);
        assertThat(at.get("a1").y() < at.get("a2").y()).isEqualTo(at.get("b2").y() < at.get("b1").y());
    }

    private static void assertLaidOutCleanly(Pipeline p, Map<String, Point> at) {
        assertThat(at.keySet()).containsExactlyElementsOf(p.nodes().stream().map(NodeInstance::id).toList());
        for (Edge e : p.edges()) {
            assertThat(at.get(e.to().nodeId()).x()).as(e.toString())
                    .isGreaterThanOrEqualTo(at.get(e.from().nodeId()).x() + SIZE.width());
        }
        List<Point> all = List.copyOf(at.values());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Point a = all.get(i);
                Point b = all.get(j);
                boolean overlap = a.x() < b.x() + SIZE.width() && b.x() < a.x() + SIZE.width()
                        && a.y() < b.y() + SIZE.height() && b.y() < a.y() + SIZE.height();
                assertThat(overlap).as(a + " and " + b).isFalse();
            }
        }
        assertThat(at.values()).allSatisfy(pt -> assertThat(pt.x() % LayeredLayout.GRID).isZero());
    }
}
