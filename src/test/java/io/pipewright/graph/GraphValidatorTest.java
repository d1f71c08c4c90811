package io.pipewright.graph;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GraphValidatorTest {

    private static NodeInstance node(String id) {
        return NodeInstance.of(id, "test.node", Map.of());
    }

    private static Pipeline pipeline(List<String> ids, Edge... edges) {
        return new Pipeline("p", ids.stream().map(GraphValidatorTest::node).toList(), List.of(edges));
    }

    @Test
    void wellFormedPipelineHasNoProblems() {
        Pipeline p = pipeline(List.of("load", "split", "train"),
                Edge.of("load:data", "split:data"), Edge.of("split:train", "train:data"));

        assertThat(GraphValidator.validate(p)).isEmpty();
    }

    @Test
    void cycleIsReportedWithItsPath() {
        Pipeline p = pipeline(List.of("src", "a", "b", "c", "sink"),
                Edge.of("src:out", "a:in"),
                Edge.of("a:out", "b:in"),
                Edge.of("b:out", "c:in"),
                Edge.of("c:out", "a:loop"),
                Edge.of("c:out", "sink:in"));

        List<Problem> problems = GraphValidator.validate(p);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).isIn(
                "the pipeline has a cycle: a -> b -> c -> a",
                "the pipeline has a cycle: b -> c -> a -> b",
                "the pipeline has a cycle: c -> a -> b -> c");
        assertThat(problems.get(0).message()).contains(": " + problems.get(0).nodeId() + " -> ");
    }

    @Test
    void nodeWiredToItselfIsACycle() {
        Pipeline p = pipeline(List.of("a"), Edge.of("a:out", "a:in"));

        assertThat(GraphValidator.validate(p)).extracting(Problem::message)
                .containsExactly("the pipeline has a cycle: a -> a");
    }

    @Test
    void twoEdgesIntoOneInputAreReportedOnThatInput() {
        Pipeline p = pipeline(List.of("x", "y", "join"), Edge.of("x:data", "join:data"), Edge.of("y:data", "join:data"));

        assertThat(GraphValidator.validate(p)).containsExactly(Problem.ofPort("join", "data",
                "two edges go into this input (from x:data and y:data); an input takes one edge"));
    }

    @Test
    void edgeToAMissingNodeIsReported() {
        Pipeline p = pipeline(List.of("load"), Edge.of("load:data", "ghost:data"));

        assertThat(GraphValidator.validate(p)).extracting(Problem::toString).containsExactly(
                "node 'load', port 'data': edge load:data -> ghost:data goes to node 'ghost', which does not exist");
    }

    @Test
    void edgeFromAMissingNodeIsReported() {
        Pipeline p = pipeline(List.of("train"), Edge.of("ghost:data", "train:data"));

        assertThat(GraphValidator.validate(p)).extracting(Problem::toString).containsExactly(
                "node 'train', port 'data': edge ghost:data -> train:data comes from node 'ghost', which does not exist");
    }

    @Test
    void duplicateIdsAreReportedAndNotMistakenForACycle() {
        Pipeline p = pipeline(List.of("load", "load", "view"), Edge.of("load:data", "view:data"));

        assertThat(GraphValidator.validate(p)).containsExactly(Problem.ofNode("load", "two nodes have the id 'load'"));
    }

    @Test
    void idWithAColonIsReported() {
        Pipeline p = pipeline(List.of("a:b"));

        assertThat(GraphValidator.validate(p)).containsExactly(Problem.ofNode("a:b", "node ids may not contain ':'"));
    }

    @Test
    void topologicalOrderPutsEveryNodeAfterItsInputs() {
        Pipeline p = pipeline(List.of("evaluate", "train", "split", "load", "report"),
                Edge.of("split:test", "evaluate:data"),
                Edge.of("train:model", "evaluate:model"),
                Edge.of("split:train", "train:data"),
                Edge.of("load:data", "split:data"));

        List<String> order = GraphValidator.topologicalOrder(p);

        assertThat(order).containsExactlyInAnyOrder("evaluate", "train", "split", "load", "report");
        for (Edge edge : p.edges()) {
            assertThat(order.indexOf(edge.from().nodeId())).as(edge.toString()).isLessThan(order.indexOf(edge.to().nodeId()));
        }
        // Ready nodes are taken in the pipeline's order, so the order is the same on every run.
        assertThat(order).containsExactly("load", "report", "split", "train", "evaluate");
    }

    @Test
    void topologicalOrderLeavesOutNodesOnACycle() {
        Pipeline p = pipeline(List.of("a", "b", "free"), Edge.of("a:out", "b:in"), Edge.of("b:out", "a:in"));

        assertThat(GraphValidator.topologicalOrder(p)).containsExactly("free");
    }
}
