package io.pipewright.nodes.prep;

import io.pipewright.node.NodeFailure;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.pipewright.nodes.prep.PrepFixtures.assertSameData;
import static io.pipewright.nodes.prep.PrepFixtures.assertSameHeader;
import static io.pipewright.nodes.prep.PrepFixtures.bind;
import static io.pipewright.nodes.prep.PrepFixtures.configureData;
import static io.pipewright.nodes.prep.PrepFixtures.configureFailure;
import static io.pipewright.nodes.prep.PrepFixtures.load;
import static io.pipewright.nodes.prep.PrepFixtures.run;
import static io.pipewright.nodes.prep.PrepFixtures.wekaFilter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WekaFilterNodeTest {
    private final WekaFilterNode node = new WekaFilterNode();

    @TempDir
    Path tempDir;

    private Params filter(String className, String... options) {
        return bind(node, Map.of("filter", Map.of("class", className, "options", List.of(options))));
    }

    @Test
    void runtimeClassIsRefusedBeforeAnythingIsInstantiated() {
        Params.Binding binding = Params.bind(node.descriptor().params(),
                Map.of("filter", Map.of("class", "java.lang.Runtime")));

        assertThat(binding.ok()).isFalse();
        assertThat(binding.problems()).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("filter"))
                .satisfies(p -> assertThat(p.message()).contains("'java.lang.Runtime' is not a Weka filter"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java.lang.ProcessBuilder -x", "weka.classifiers.trees.J48", "weka.filters.Filter"})
    void classesThatAreNotConcreteWekaFiltersAreRefused(String commandLine) {
        Params.Binding binding = Params.bind(node.descriptor().params(), Map.of("filter", commandLine));

        assertThat(binding.problems()).extracting(Params.Problem::key).containsExactly("filter");
    }

    @Test
    void filterIsRequired() {
        Params.Binding binding = Params.bind(node.descriptor().params(), Map.of());

        assertThat(binding.problems()).extracting(Params.Problem::key).containsExactly("filter");
    }

    @Test
    void filterWithOptionsGivesWhatWekaGives() throws Exception {
        Instances data = load("iris.arff");
        Params params = filter("weka.filters.unsupervised.attribute.AddExpression", "-E", "a1*a3", "-N", "product");

        Instances out = run(node, data, params, new DirectNodeContext(tempDir));

        assertThat(out.attribute("product")).isNotNull();
        assertSameData(out, wekaFilter("weka.filters.unsupervised.attribute.AddExpression -E a1*a3 -N product", data));
    }

    @Test
    void configureGivesTheHeaderOfTheRunWhenTheFilterCanTell() throws Exception {
        Instances data = load("credit-g.arff");
        Params params = filter("weka.filters.unsupervised.attribute.Reorder", "-R", "last-first");

        Instances spec = configureData(node, data, params);
        Instances out = run(node, data, params, new DirectNodeContext(tempDir));

        assertThat(spec.attribute(0).name()).isEqualTo("class");
        assertThat(spec.classIndex()).isZero();
        assertSameHeader(out, spec);
    }

    @Test
    void supervisedFilterUsesTheClassAndLeavesTheHeaderUnknown() throws Exception {
        Instances data = load("diabetes.arff");
        Params params = filter("weka.filters.supervised.attribute.Discretize");

        Instances out = run(node, data, params, new DirectNodeContext(tempDir));

        assertThat(configureData(node, data, params)).isNull();
        assertSameData(out, wekaFilter("weka.filters.supervised.attribute.Discretize", data));
    }

    @Test
    void filterDroppingTheClassMakesTheLastColumnTheClass() throws Exception {
        Instances data = load("iris.arff");
        Params params = filter("weka.filters.unsupervised.attribute.Remove", "-R", "last");
        DirectNodeContext context = new DirectNodeContext(tempDir);

        Instances out = run(node, data, params, context);

        assertThat(out.classAttribute().name()).isEqualTo("petalwidth");
        assertThat(configureData(node, data, params).classAttribute().name()).isEqualTo("petalwidth");
        assertThat(context.log).anyMatch(line -> line.contains("'class' was removed"));
    }

    @Test
    void badOptionFailsNamingTheParameter() throws Exception {
        NodeFailure failure = configureFailure(node, load("iris.arff"),
                filter("weka.filters.unsupervised.attribute.Normalize", "-Z", "3"));

        assertThat(failure.getMessage()).contains("parameter 'filter'", "Normalize", "Illegal options: -Z 3");
    }

    @Test
    void filterRefusingTheDataLeavesTheHeaderUnknownAndFailsTheRunNamingTheParameter() throws Exception {
        Instances data = load("iris.arff");
        data.setClassIndex(0);
        Params params = filter("weka.filters.supervised.attribute.Discretize");

        assertThat(configureData(node, data, params)).isNull();
        NodeFailure failure = catchThrowableOfType(NodeFailure.class,
                () -> run(node, data, params, new DirectNodeContext(tempDir)));

        assertThat(failure.getMessage()).contains("parameter 'filter'", "supervised.attribute.Discretize",
                "failed on the data", "numeric class");
    }
}
