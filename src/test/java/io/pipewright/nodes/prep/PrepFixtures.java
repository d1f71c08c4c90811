package io.pipewright.nodes.prep;

import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.nodes.weka.WekaRuntime;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils.DataSource;
import weka.filters.Filter;

import java.io.InputStream;
import java.util.Collections;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Loading the test datasets and running Prepare nodes directly, for the tests of this package. */
final class PrepFixtures {
    static {
        WekaRuntime.configure();
    }

    private PrepFixtures() {
    }

    /** A dataset from src/test/resources/datasets with its last column as class. */
    static Instances load(String name) throws Exception {
        try (InputStream in = PrepFixtures.class.getResourceAsStream("/datasets/" + name)) {
            assertThat(in).as("test dataset " + name).isNotNull();
            Instances data = new DataSource(in).getDataSet();
            data.setClassIndex(data.numAttributes() - 1);
            return data;
        }
    }

    static Params bind(NodeType node, Map<String, Object> raw) {
        Params.Binding binding = Params.bind(node.descriptor().params(), raw);
        assertThat(binding.problems()).isEmpty();
        return binding.params();
    }

    static Instances configureData(NodeType node, Instances header, Params params) throws NodeFailure {
        return (Instances) node.configure(Collections.singletonMap(Schema.DATA, header == null ? null : new Instances(header, 0)),
                params, new DirectNodeContext(null)).get(Schema.DATA);
    }

    static Map<String, Object> execute(NodeType node, Instances data, Params params, DirectNodeContext context)
            throws Exception {
        return node.execute(new NodeInputs(Map.of(Schema.DATA, data)), params, context);
    }

    static Instances run(NodeType node, Instances data, Params params, DirectNodeContext context) throws Exception {
        return (Instances) execute(node, data, params, context).get(Schema.DATA);
    }

    static NodeFailure configureFailure(NodeType node, Instances header, Params params) {
        return catchThrowableOfType(NodeFailure.class, () -> configureData(node, header, params));
    }

    /** Weka's filter given as a command line, run directly on the data as the Explorer would. */
    static Instances wekaFilter(String commandLine, Instances data) throws Exception {
        String[] parts = Utils.splitOptions(commandLine);
        String className = parts[0];
        parts[0] = "";
        Filter filter = (Filter) Utils.forName(Filter.class, className, parts);
        filter.setInputFormat(data);
        return Filter.useFilter(data, filter);
    }

    /** Same columns (names, types, labels), class, relation name, rows and values, bit for bit. */
    static void assertSameData(Instances actual, Instances expected) {
        assertSameHeader(actual, expected);
        assertThat(actual.numInstances()).isEqualTo(expected.numInstances());
        for (int i = 0; i < expected.numInstances(); i++) {
            assertThat(actual.instance(i).toDoubleArray()).as("row " + i)
                    .containsExactly(expected.instance(i).toDoubleArray());
        }
    }

    static void assertSameHeader(Instances actual, Instances expected) {
        assertThat(actual.equalHeadersMsg(expected)).isNull();
        assertThat(actual.classIndex()).isEqualTo(expected.classIndex());
        assertThat(actual.relationName()).isEqualTo(expected.relationName());
    }

    /** A copy of {@code data} with the value of {@code column} missing in every {@code every}-th row. */
    static Instances withMissing(Instances data, int column, int every) {
        Instances copy = new Instances(data);
        for (int i = 0; i < copy.numInstances(); i += every) {
            copy.instance(i).setMissing(column);
        }
        return copy;
    }
}
