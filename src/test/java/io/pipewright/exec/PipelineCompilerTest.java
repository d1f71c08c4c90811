package io.pipewright.exec;

import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineCompilerTest {
    private final PipelineCompiler compiler = new PipelineCompiler(new ToyNodes().catalog());

    private List<String> problems(Pipeline p) {
        return compiler.compile(p, Path.of(".")).problems().stream().map(Problem::toString).toList();
    }

    @Test
    void validPipelineCompilesInTopologicalOrder() {
        Pipeline p = new Pipeline("ok", List.of(
                NodeInstance.of("add", "toy.add", Map.of("value", 2)),
                NodeInstance.of("src", "toy.source", Map.of())),
                List.of(Edge.of("src:out", "add:in")));
        Compilation c = compiler.compile(p, Path.of("."));
        assertThat(c.ok()).isTrue();
        assertThat(c.compiled().order()).containsExactly("src", "add");
    }

    @Test
    void unknownNodeTypeIsNamed() {
        Pipeline p = new Pipeline("x", List.of(NodeInstance.of("magic", "vendor.magic", Map.of())), List.of());
        assertThat(problems(p)).singleElement().asString()
                .contains("node 'magic'").contains("unknown node type 'vendor.magic'");
    }

    @Test
    void incompatiblePortTypesAreRefusedWithBothTypes() {
        Pipeline p = new Pipeline("x", List.of(
                NodeInstance.of("t", "toy.text", Map.of()), NodeInstance.of("add", "toy.add", Map.of())),
                List.of(Edge.of("t:out", "add:in")));
        assertThat(problems(p)).singleElement().asString()
                .contains("node 'add', port 'in'").contains("expects number but t:out gives text");
    }

    @Test
    void unwiredRequiredInputIsReported() {
        Pipeline p = new Pipeline("x", List.of(NodeInstance.of("add", "toy.add", Map.of())), List.of());
        assertThat(problems(p)).singleElement().asString()
                .contains("node 'add', port 'in'").contains("required input is not connected");
    }

    @Test
    void unknownPortNamesListTheRealOnes() {
        Pipeline p = new Pipeline("x", List.of(
                NodeInstance.of("src", "toy.source", Map.of()), NodeInstance.of("add", "toy.add", Map.of())),
                List.of(Edge.of("src:output", "add:input")));
        assertThat(problems(p)).anySatisfy(s -> assertThat(s).contains("has no output port 'output'; its outputs: out"))
                .anySatisfy(s -> assertThat(s).contains("has no input port 'input'; its inputs: in"));
    }

    @Test
    void everyParameterProblemIsReportedAtOnce() {
        Pipeline p = new Pipeline("x", List.of(
                NodeInstance.of("a", "toy.source", Map.of("value", 5000)),
                NodeInstance.of("b", "toy.source", Map.of("colour", "red"))), List.of());
        assertThat(problems(p)).hasSize(2)
                .anySatisfy(s -> assertThat(s).contains("node 'a', parameter 'value'").contains("between -1000 and 1000"))
                .anySatisfy(s -> assertThat(s).contains("node 'b', parameter 'colour'").contains("unknown parameter"));
    }

    @Test
    void cycleIsReportedWithItsPath() {
        Pipeline p = new Pipeline("x", List.of(
                NodeInstance.of("a", "toy.add", Map.of()), NodeInstance.of("b", "toy.add", Map.of())),
                List.of(Edge.of("a:out", "b:in"), Edge.of("b:out", "a:in")));
        assertThat(problems(p)).anySatisfy(s -> assertThat(s).contains("cycle").contains("a -> b -> a"));
    }

    @Test
    void configureFailureNamesTheNode() {
        Pipeline p = new Pipeline("x", List.of(
                NodeInstance.of("src", "toy.source", Map.of()), NodeInstance.of("pos", "toy.positive", Map.of("value", -3))),
                List.of(Edge.of("src:out", "pos:in")));
        assertThat(problems(p)).singleElement().asString()
                .contains("node 'pos'").contains("must be positive");
    }
}
