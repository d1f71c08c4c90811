package io.pipewright.edit;

import io.pipewright.format.PipelineReader;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.PortRef;
import io.pipewright.node.NodeCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WireCheckTest {
    private static final Path IRIS = Path.of("sample-projects/iris/iris-j48.pipeline.json");
    private static final NodeCatalog CATALOG = NodeCatalog.load();
    private final WireCheck check = new WireCheck(CATALOG);

    private static Pipeline irisWith(NodeInstance extra) throws Exception {
        return new PipelineReader().read(IRIS).withNode(extra);
    }

    @Test
    void configureRefusalOfTheTargetIsTheReason() throws Exception {
        Pipeline p = irisWith(NodeInstance.of("keep", "prep.filter-rows", Map.of("column", "petal_colour", "value", "1")));

        assertThat(check.refusal(p, PortRef.parse("load:data"), PortRef.parse("keep:data"), IRIS.getParent()))
                .hasValueSatisfying(reason -> assertThat(reason).contains("'keep' refuses this input").contains("petal_colour"));
    }

    @Test
    void aWireTheTargetCanConfigureWithIsAccepted() throws Exception {
        Pipeline p = irisWith(NodeInstance.of("keep", "prep.filter-rows",
                Map.of("column", "petallength", "operator", ">", "value", "2.5")));

        assertThat(check.refusal(p, PortRef.parse("load:data"), PortRef.parse("keep:data"), IRIS.getParent())).isEmpty();
    }

    @Test
    void quickRefusalsMarkEveryInputForADraggedWire() throws Exception {
        Pipeline p = new PipelineReader().read(IRIS);
        Map<PortRef, java.util.Optional<String>> verdicts = check.quickRefusals(p, PortRef.parse("train:model"));

        assertThat(verdicts.get(PortRef.parse("holdout:model"))).hasValueSatisfying(r -> assertThat(r).contains("already wired"));
        assertThat(verdicts.get(PortRef.parse("split:data"))).hasValueSatisfying(r -> assertThat(r).contains("takes"));
        assertThat(verdicts.get(PortRef.parse("train:data"))).isPresent();
    }

    @Test
    void aWireBackUpstreamIsRefusedAsACycle() throws Exception {
        Pipeline p = irisWith(NodeInstance.of("first", "prep.filter-rows", Map.of("column", "petallength")))
                .withNode(NodeInstance.of("second", "prep.filter-rows", Map.of("column", "petallength")))
                .withEdge(io.pipewright.graph.Edge.of("first:data", "second:data"));

        assertThat(check.quickRefusal(p, PortRef.parse("second:data"), PortRef.parse("first:data")))
                .hasValueSatisfying(r -> assertThat(r).contains("cycle"));
    }
}
