package io.pipewright.nodes.prep;

import io.pipewright.node.CancelledException;
import io.pipewright.node.Category;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.param.ParamSpec;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static io.pipewright.nodes.prep.PrepFixtures.bind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrepNodesTest {
    private static final Map<String, Map<String, Object>> MINIMAL_PARAMS = Map.of(
            "prep.set-class", Map.of("column", "class"),
            "prep.select-columns", Map.of("columns", "a"),
            "prep.filter-rows", Map.of("column", "a", "value", "not checked without a schema"),
            "prep.weka-filter", Map.of("filter", "weka.filters.AllFilter"));

    private static final Map<String, Map<String, Object>> IRIS_PARAMS = Map.of(
            "prep.set-class", Map.of("column", "petalwidth"),
            "prep.select-columns", Map.of("columns", "sepallength"),
            "prep.filter-rows", Map.of("column", "sepallength", "operator", ">", "value", "5"),
            "prep.weka-filter", Map.of("filter", "weka.filters.AllFilter"));

    static List<NodeType> nodes() {
        return new PrepNodes().nodeTypes();
    }

    @Test
    void providerOffersTheContractedTypeIds() {
        assertThat(nodes()).extracting(n -> n.descriptor().typeId()).containsExactlyInAnyOrder(
                "prep.set-class", "prep.select-columns", "prep.filter-rows", "prep.replace-missing", "prep.normalize",
                "prep.standardize", "prep.nominal-to-binary", "prep.discretize", "prep.remove-duplicates",
                "prep.split", "prep.weka-filter");
    }

    @Test
    void catalogFindsThePrepareNodesThroughTheServiceLoader() {
        NodeCatalog catalog = NodeCatalog.load();

        assertThat(catalog.find("prep.split")).isPresent();
        assertThat(catalog.find("prep.weka-filter")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void descriptorIsCompleteAndInPrepare(NodeType node) {
        var d = node.descriptor();

        assertThat(d.category()).isEqualTo(Category.PREPARE);
        assertThat(d.help()).isNotBlank();
        assertThat(d.inputs()).extracting(PortSpec::name).containsExactly("data");
        assertThat(d.outputs()).extracting(PortSpec::name)
                .containsExactlyElementsOf(d.typeId().equals("prep.split") ? List.of("train", "test") : List.of("data"));
        assertThat(d.inputs()).allSatisfy(p -> assertThat(p.type()).isEqualTo(PortTypes.DATA));
        assertThat(d.outputs()).allSatisfy(p -> assertThat(p.type()).isEqualTo(PortTypes.DATA));
        assertThat(d.params()).extracting(ParamSpec::help).allSatisfy(help -> assertThat(help).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void unknownInputSchemaGivesUnknownOutputs(NodeType node) throws Exception {
        var params = bind(node, MINIMAL_PARAMS.getOrDefault(node.descriptor().typeId(), Map.of()));

        Map<String, Object> specs = node.configure(Collections.singletonMap("data", null), params,
                new DirectNodeContext(null));

        assertThat(specs.keySet()).containsExactlyInAnyOrderElementsOf(
                node.descriptor().outputs().stream().map(PortSpec::name).toList());
        assertThat(specs.values()).containsOnlyNulls();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nodes")
    void cancelledRunStopsBeforeProducingOutput(NodeType node) throws Exception {
        var params = bind(node, IRIS_PARAMS.getOrDefault(node.descriptor().typeId(), Map.of()));
        DirectNodeContext context = new DirectNodeContext(null);
        context.cancelled.set(true);

        assertThatThrownBy(() -> PrepFixtures.execute(node, PrepFixtures.load("iris.arff"), params, context))
                .isInstanceOf(CancelledException.class);
    }
}
