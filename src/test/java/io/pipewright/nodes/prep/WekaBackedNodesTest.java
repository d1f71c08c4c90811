package io.pipewright.nodes.prep;

import io.pipewright.node.NodeType;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import weka.core.AttributeStats;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.pipewright.nodes.prep.PrepFixtures.assertSameData;
import static io.pipewright.nodes.prep.PrepFixtures.assertSameHeader;
import static io.pipewright.nodes.prep.PrepFixtures.bind;
import static io.pipewright.nodes.prep.PrepFixtures.configureData;
import static io.pipewright.nodes.prep.PrepFixtures.load;
import static io.pipewright.nodes.prep.PrepFixtures.run;
import static io.pipewright.nodes.prep.PrepFixtures.wekaFilter;
import static io.pipewright.nodes.prep.PrepFixtures.withMissing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The nodes that are one Weka filter give exactly what that filter gives with the same options. */
class WekaBackedNodesTest {
    @TempDir
    Path tempDir;

    /** A node with raw params on a dataset, and the Weka command line that must give the same data. */
    record Case(String label, Supplier<NodeType> node, Map<String, Object> params, String dataset, int missingColumn,
                String wekaCommandLine, boolean headerKnownAtConfigure) {
        @Override
        public String toString() {
            return label;
        }

        Instances data() throws Exception {
            Instances data = load(dataset);
            return missingColumn < 0 ? data : withMissing(withMissing(data, missingColumn, 7), 0, 5);
        }
    }

    static List<Case> cases() {
        String attr = "weka.filters.unsupervised.attribute.";
        return List.of(
                new Case("replace-missing on credit-g", ReplaceMissingNode::new, Map.of(), "credit-g.arff", 4,
                        attr + "ReplaceMissingValues", true),
                new Case("replace-missing on weather", ReplaceMissingNode::new, Map.of(), "weather.nominal.arff", 2,
                        attr + "ReplaceMissingValues", true),
                new Case("normalize defaults on iris", NormalizeNode::new, Map.of(), "iris.arff", -1,
                        attr + "Normalize -S 1.0 -T 0.0", true),
                new Case("normalize to [-1, 1] on diabetes", NormalizeNode::new,
                        Map.of("scale", 2.0, "translation", -1.0), "diabetes.arff", -1, attr + "Normalize -S 2.0 -T -1.0", true),
                new Case("standardize on diabetes", StandardizeNode::new, Map.of(), "diabetes.arff", -1,
                        attr + "Standardize", true),
                new Case("standardize on credit-g", StandardizeNode::new, Map.of(), "credit-g.arff", -1,
                        attr + "Standardize", true),
                new Case("nominal-to-binary on credit-g", NominalToBinaryNode::new, Map.of(), "credit-g.arff", -1,
                        attr + "NominalToBinary", true),
                new Case("nominal-to-binary for all on weather", NominalToBinaryNode::new, Map.of("binaryForAll", true),
                        "weather.nominal.arff", -1, attr + "NominalToBinary -A", true),
                new Case("discretize defaults on iris", DiscretizeNode::new, Map.of(), "iris.arff", -1,
                        attr + "Discretize -B 10", false),
                new Case("discretize 5 equal-frequency bins on diabetes", DiscretizeNode::new,
                        Map.of("bins", 5, "equalFrequency", true), "diabetes.arff", -1, attr + "Discretize -B 5 -F", false),
                new Case("remove-duplicates on iris", RemoveDuplicatesNode::new, Map.of(), "iris.arff", -1,
                        "weka.filters.unsupervised.instance.RemoveDuplicates", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void outputEqualsWekaFilterWithSameOptions(Case c) throws Exception {
        NodeType node = c.node().get();
        Instances data = c.data();

        Instances out = run(node, data, bind(node, c.params()), new DirectNodeContext(tempDir));

        assertSameData(out, wekaFilter(c.wekaCommandLine(), data));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void configureGivesTheHeaderOfTheRunOrUnknown(Case c) throws Exception {
        NodeType node = c.node().get();
        Instances data = c.data();
        Params params = bind(node, c.params());

        Instances spec = configureData(node, data, params);
        Instances out = run(node, data, params, new DirectNodeContext(tempDir));

        if (c.headerKnownAtConfigure()) {
            assertThat(spec).isNotNull();
            assertThat(spec.numInstances()).isZero();
            assertSameHeader(out, spec);
        } else {
            assertThat(spec).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inputDataIsLeftUnchanged(Case c) throws Exception {
        NodeType node = c.node().get();
        Instances data = c.data();
        Instances before = new Instances(data);

        run(node, data, bind(node, c.params()), new DirectNodeContext(tempDir));

        assertSameData(data, before);
    }

    @Test
    void normalizeMapsEachColumnOntoTranslationPlusScale() throws Exception {
        NormalizeNode node = new NormalizeNode();
        Instances out = run(node, load("diabetes.arff"), bind(node, Map.of("scale", 2.0, "translation", -1.0)),
                new DirectNodeContext(tempDir));

        for (int col = 0; col < out.numAttributes() - 1; col++) {
            AttributeStats stats = out.attributeStats(col);
            assertThat(stats.numericStats.min).as(out.attribute(col).name()).isEqualTo(-1.0, within(1e-12));
            assertThat(stats.numericStats.max).as(out.attribute(col).name()).isEqualTo(1.0, within(1e-12));
        }
    }

    @Test
    void standardizeGivesMeanZeroAndDeviationOne() throws Exception {
        StandardizeNode node = new StandardizeNode();
        Instances out = run(node, load("iris.arff"), bind(node, Map.of()), new DirectNodeContext(tempDir));

        for (int col = 0; col < out.numAttributes() - 1; col++) {
            assertThat(out.meanOrMode(col)).isEqualTo(0.0, within(1e-9));
            assertThat(Math.sqrt(out.variance(col))).isEqualTo(1.0, within(1e-9));
        }
    }

    @Test
    void replaceMissingLeavesNoMissingValues() throws Exception {
        ReplaceMissingNode node = new ReplaceMissingNode();
        Instances data = withMissing(load("credit-g.arff"), 1, 3);
        assertThat(data.attributeStats(1).missingCount).isPositive();

        Instances out = run(node, data, bind(node, Map.of()), new DirectNodeContext(tempDir));

        for (int col = 0; col < out.numAttributes(); col++) {
            assertThat(out.attributeStats(col).missingCount).as(out.attribute(col).name()).isZero();
        }
    }

    @Test
    void nominalToBinaryKeepsTheNominalClassAsClass() throws Exception {
        NominalToBinaryNode node = new NominalToBinaryNode();
        Instances out = run(node, load("credit-g.arff"), bind(node, Map.of()), new DirectNodeContext(tempDir));

        assertThat(out.classAttribute().name()).isEqualTo("class");
        assertThat(out.classAttribute().isNominal()).isTrue();
        for (int col = 0; col < out.numAttributes(); col++) {
            if (col != out.classIndex()) {
                assertThat(out.attribute(col).isNumeric()).as(out.attribute(col).name()).isTrue();
            }
        }
    }

    @Test
    void discretizeTurnsNumericColumnsIntoTheRequestedBins() throws Exception {
        DiscretizeNode node = new DiscretizeNode();
        Instances out = run(node, load("iris.arff"), bind(node, Map.of("bins", 4)), new DirectNodeContext(tempDir));

        for (int col = 0; col < out.numAttributes() - 1; col++) {
            assertThat(out.attribute(col).isNominal()).isTrue();
            assertThat(out.attribute(col).numValues()).isEqualTo(4);
        }
    }

    @Test
    void discretizeRefusesFewerThanTwoBins() {
        Params.Binding binding = Params.bind(new DiscretizeNode().descriptor().params(), Map.of("bins", 1));

        assertThat(binding.ok()).isFalse();
        assertThat(binding.problems()).extracting(Params.Problem::key).containsExactly("bins");
    }

    @Test
    void removeDuplicatesDropsTheRepeatedIrisRows() throws Exception {
        RemoveDuplicatesNode node = new RemoveDuplicatesNode();
        Instances data = load("iris.arff");

        Instances out = run(node, data, bind(node, Map.of()), new DirectNodeContext(tempDir));

        long distinct = data.stream().map(row -> java.util.Arrays.toString(row.toDoubleArray())).distinct().count();
        assertThat(out.numInstances()).isEqualTo(distinct).isLessThan(data.numInstances());
    }
}
