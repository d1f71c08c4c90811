package io.pipewright.nodes.prep;

import io.pipewright.node.NodeFailure;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import weka.core.Instance;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;

import static io.pipewright.nodes.prep.PrepFixtures.assertSameHeader;
import static io.pipewright.nodes.prep.PrepFixtures.bind;
import static io.pipewright.nodes.prep.PrepFixtures.configureData;
import static io.pipewright.nodes.prep.PrepFixtures.configureFailure;
import static io.pipewright.nodes.prep.PrepFixtures.load;
import static io.pipewright.nodes.prep.PrepFixtures.run;
import static io.pipewright.nodes.prep.PrepFixtures.withMissing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FilterRowsNodeTest {
    private final FilterRowsNode node = new FilterRowsNode();

    @TempDir
    Path tempDir;

    private Instances filter(Instances data, String column, String operator, String value) throws Exception {
        return run(node, data, bind(node, Map.of("column", column, "operator", operator, "value", value)),
                new DirectNodeContext(tempDir));
    }

    private static DoublePredicate comparison(String operator, double bound) {
        return switch (operator) {
            case "==" -> x -> x == bound;
            case "!=" -> x -> x != bound;
            case "<" -> x -> x < bound;
            case "<=" -> x -> x <= bound;
            case ">" -> x -> x > bound;
            default -> x -> x >= bound;
        };
    }

    @ParameterizedTest(name = "plas {0} {1}")
    @CsvSource({"==, 99", "!=, 99", "<, 120", "<=, 120", ">, 120", ">=, 120", ">, 1e9"})
    void numericComparisonKeepsExactlyTheMatchingRowsInOrder(String operator, String value) throws Exception {
        Instances data = load("diabetes.arff");
        int col = data.attribute("plas").index();
        DoublePredicate expected = comparison(operator, Double.parseDouble(value));
        List<Instance> matching = data.stream().filter(row -> expected.test(row.value(col))).toList();

        Instances out = filter(data, "plas", operator, value);

        assertThat(out.numInstances()).isEqualTo(matching.size());
        for (int i = 0; i < matching.size(); i++) {
            assertThat(out.instance(i).toDoubleArray()).containsExactly(matching.get(i).toDoubleArray());
        }
    }

    @Test
    void nominalEqualityKeepsRowsWithThatLabel() throws Exception {
        Instances out = filter(load("iris.arff"), "class", "==", "Iris-setosa");

        assertThat(out.numInstances()).isEqualTo(50);
        assertThat(out.stream().map(row -> row.stringValue(out.classIndex()))).containsOnly("Iris-setosa");
    }

    @Test
    void nominalInequalityKeepsTheOtherLabels() throws Exception {
        Instances out = filter(load("weather.nominal.arff"), "outlook", "!=", "sunny");

        assertThat(out.numInstances()).isEqualTo(9);
        assertThat(out.stream().map(row -> row.stringValue(0))).doesNotContain("sunny");
    }

    @Test
    void missingValuesNeverMatchComparisons() throws Exception {
        Instances data = withMissing(load("iris.arff"), 2, 10);

        assertThat(filter(data, "petallength", ">=", "0").numInstances()).isEqualTo(135);
        assertThat(filter(data, "petallength", "!=", "-1").numInstances()).isEqualTo(135);
        assertThat(filter(withMissing(load("iris.arff"), 4, 10), "class", "!=", "Iris-setosa").numInstances())
                .isEqualTo(90);
    }

    @Test
    void isMissingAndNotMissingSplitTheRows() throws Exception {
        Instances data = withMissing(load("iris.arff"), 2, 10);

        assertThat(filter(data, "petallength", "is-missing", "").numInstances()).isEqualTo(15);
        assertThat(filter(data, "petallength", "not-missing", "ignored").numInstances()).isEqualTo(135);
    }

    @Test
    void configureKeepsTheInputHeader() throws Exception {
        Instances data = load("credit-g.arff");
        Params params = bind(node, Map.of("column", "age", "operator", "<", "value", "30"));

        Instances spec = configureData(node, data, params);

        assertSameHeader(run(node, data, params, new DirectNodeContext(tempDir)), spec);
    }

    @Test
    void textForNumericColumnIsRefusedNamingValue() throws Exception {
        NodeFailure failure = configureFailure(node, load("iris.arff"),
                bind(node, Map.of("column", "sepalwidth", "operator", ">", "value", "wide")));

        assertThat(failure.getMessage()).contains("parameter 'value'", "'sepalwidth' is numeric", "'wide'");
    }

    @Test
    void unknownLabelIsRefusedListingTheLabels() throws Exception {
        NodeFailure failure = configureFailure(node, load("iris.arff"),
                bind(node, Map.of("column", "class", "operator", "==", "value", "setosa")));

        assertThat(failure.getMessage()).contains("parameter 'value'", "'setosa'",
                "Iris-setosa, Iris-versicolor, Iris-virginica");
    }

    @Test
    void orderingANominalColumnIsRefusedNamingOperator() throws Exception {
        NodeFailure failure = configureFailure(node, load("weather.nominal.arff"),
                bind(node, Map.of("column", "outlook", "operator", "<", "value", "sunny")));

        assertThat(failure.getMessage()).contains("parameter 'operator'", "'outlook'", "use == or !=");
    }

    @Test
    void comparisonWithoutValueIsRefused() throws Exception {
        NodeFailure failure = configureFailure(node, load("iris.arff"),
                bind(node, Map.of("column", "sepalwidth", "operator", "<=")));

        assertThat(failure.getMessage()).contains("parameter 'value'", "needs a value");
    }

    @Test
    void missingColumnIsRefusedListingColumns() throws Exception {
        NodeFailure failure = configureFailure(node, load("iris.arff"),
                bind(node, Map.of("column", "colour", "operator", "==", "value", "red")));

        assertThat(failure.getMessage()).contains("parameter 'column'", "'colour'", "available columns: sepallength");
    }

    @Test
    void badValueFailsTheRunWhenTheSchemaWasUnknown() throws Exception {
        Params params = bind(node, Map.of("column", "petallength", "operator", ">", "value", "2,5"));
        assertThat(configureData(node, null, params)).isNull();

        NodeFailure failure = catchThrowableOfType(NodeFailure.class,
                () -> run(node, load("iris.arff"), params, new DirectNodeContext(tempDir)));

        assertThat(failure.getMessage()).contains("parameter 'value'", "'2,5'");
    }

    @Test
    void unknownOperatorIsRefusedAtBinding() {
        Params.Binding binding = Params.bind(node.descriptor().params(),
                Map.of("column", "age", "operator", "=", "value", "3"));

        assertThat(binding.problems()).extracting(Params.Problem::key).containsExactly("operator");
    }
}
