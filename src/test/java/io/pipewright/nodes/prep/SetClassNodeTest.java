package io.pipewright.nodes.prep;

import io.pipewright.node.NodeFailure;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.Map;

import static io.pipewright.nodes.prep.PrepFixtures.assertSameHeader;
import static io.pipewright.nodes.prep.PrepFixtures.bind;
import static io.pipewright.nodes.prep.PrepFixtures.configureData;
import static io.pipewright.nodes.prep.PrepFixtures.configureFailure;
import static io.pipewright.nodes.prep.PrepFixtures.load;
import static io.pipewright.nodes.prep.PrepFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SetClassNodeTest {
    private final SetClassNode node = new SetClassNode();

    @TempDir
    Path tempDir;

    @Test
    void chosenColumnBecomesTheClass() throws Exception {
        Instances data = load("iris.arff");

        Instances out = run(node, data, bind(node, Map.of("column", "petalwidth")), new DirectNodeContext(tempDir));

        assertThat(out.classAttribute().name()).isEqualTo("petalwidth");
        assertThat(out.numInstances()).isEqualTo(data.numInstances());
        assertThat(out.instance(17).toDoubleArray()).containsExactly(data.instance(17).toDoubleArray());
    }

    @Test
    void inputKeepsItsClass() throws Exception {
        Instances data = load("iris.arff");

        run(node, data, bind(node, Map.of("column", "sepallength")), new DirectNodeContext(tempDir));

        assertThat(data.classAttribute().name()).isEqualTo("class");
    }

    @Test
    void configureGivesTheHeaderOfTheRun() throws Exception {
        Instances data = load("credit-g.arff");
        Params params = bind(node, Map.of("column", "foreign_worker"));

        Instances spec = configureData(node, data, params);
        Instances out = run(node, data, params, new DirectNodeContext(tempDir));

        assertThat(spec.classAttribute().name()).isEqualTo("foreign_worker");
        assertSameHeader(out, spec);
    }

    @Test
    void missingColumnNamesParameterAndListsColumns() throws Exception {
        NodeFailure failure = configureFailure(node, load("iris.arff"), bind(node, Map.of("column", "petal_width")));

        assertThat(failure.getMessage()).contains("parameter 'column'", "'petal_width'",
                "available columns: sepallength, sepalwidth, petallength, petalwidth, class");
    }

    @Test
    void missingColumnFailsTheRunToo() throws Exception {
        Instances data = load("weather.nominal.arff");

        NodeFailure failure = catchThrowableOfType(NodeFailure.class,
                () -> run(node, data, bind(node, Map.of("column", "Outlook")), new DirectNodeContext(tempDir)));

        assertThat(failure.getMessage()).contains("parameter 'column'", "'Outlook'", "outlook");
    }

    @Test
    void unknownInputGivesUnknownOutput() throws Exception {
        assertThat(configureData(node, null, bind(node, Map.of("column", "anything")))).isNull();
    }

    @Test
    void columnIsRequired() {
        Params.Binding binding = Params.bind(node.descriptor().params(), Map.of());

        assertThat(binding.problems()).extracting(Params.Problem::key).containsExactly("column");
    }
}
