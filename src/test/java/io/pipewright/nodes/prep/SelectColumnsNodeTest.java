package io.pipewright.nodes.prep;

import io.pipewright.node.NodeFailure;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Attribute;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.Collections;
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

class SelectColumnsNodeTest {
    private final SelectColumnsNode node = new SelectColumnsNode();

    @TempDir
    Path tempDir;

    private static List<String> names(Instances data) {
        return Collections.list(data.enumerateAttributes()).stream().map(Attribute::name).toList();
    }

    @Test
    void keepsListedColumnsInTheListedOrderAsWekaRemoveInverted() throws Exception {
        Instances data = load("iris.arff");

        Instances out = run(node, data, bind(node, Map.of("columns", List.of("petalwidth", "sepallength", "class"))),
                new DirectNodeContext(tempDir));

        assertThat(names(out)).containsExactly("petalwidth", "sepallength");
        assertThat(out.classAttribute().name()).isEqualTo("class");
        assertSameData(out, wekaFilter("weka.filters.unsupervised.attribute.Remove -V -R 4,1,5", data));
    }

    @Test
    void invertRemovesListedColumnsAsWekaRemove() throws Exception {
        Instances data = load("credit-g.arff");

        Instances out = run(node, data, bind(node, Map.of("columns", "duration, age", "invert", true)),
                new DirectNodeContext(tempDir));

        assertThat(out.attribute("duration")).isNull();
        assertThat(out.attribute("age")).isNull();
        assertThat(out.numAttributes()).isEqualTo(data.numAttributes() - 2);
        assertSameData(out, wekaFilter("weka.filters.unsupervised.attribute.Remove -R 2,13", data));
    }

    @Test
    void droppedClassMakesLastKeptColumnTheClassAndSaysSo() throws Exception {
        Instances data = load("iris.arff");
        DirectNodeContext context = new DirectNodeContext(tempDir);

        Instances out = run(node, data, bind(node, Map.of("columns", List.of("sepalwidth", "petallength"))), context);

        assertThat(out.classAttribute().name()).isEqualTo("petallength");
        assertThat(context.log).anyMatch(line -> line.contains("'class' was removed") && line.contains("'petallength'"));
    }

    @Test
    void configureGivesTheHeaderOfTheRunEvenWhenTheClassIsDropped() throws Exception {
        Instances data = load("credit-g.arff");
        Params params = bind(node, Map.of("columns", List.of("class", "job"), "invert", true));

        Instances spec = configureData(node, data, params);
        Instances out = run(node, data, params, new DirectNodeContext(tempDir));

        assertThat(spec.classAttribute().name()).isEqualTo("foreign_worker");
        assertSameHeader(out, spec);
    }

    @Test
    void missingColumnNamesParameterAndListsColumns() throws Exception {
        NodeFailure failure = configureFailure(node, load("weather.nominal.arff"),
                bind(node, Map.of("columns", List.of("outlook", "wind"))));

        assertThat(failure.getMessage()).contains("parameter 'columns'", "'wind'",
                "available columns: outlook, temperature, humidity, windy, play");
    }

    @Test
    void removingEveryColumnIsRefused() throws Exception {
        NodeFailure failure = configureFailure(node, load("weather.nominal.arff"), bind(node,
                Map.of("columns", List.of("outlook", "temperature", "humidity", "windy", "play"), "invert", true)));

        assertThat(failure.getMessage()).contains("parameter 'columns'", "leaves nothing");
    }
}
