package io.pipewright.nodes.prep;

import io.pipewright.node.NodeFailure;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import weka.core.Instance;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.pipewright.nodes.prep.PrepFixtures.assertSameData;
import static io.pipewright.nodes.prep.PrepFixtures.assertSameHeader;
import static io.pipewright.nodes.prep.PrepFixtures.bind;
import static io.pipewright.nodes.prep.PrepFixtures.execute;
import static io.pipewright.nodes.prep.PrepFixtures.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TrainTestSplitNodeTest {
    private final TrainTestSplitNode node = new TrainTestSplitNode();

    @TempDir
    Path tempDir;

    private Map<String, Object> split(Instances data, Map<String, Object> raw) throws Exception {
        return execute(node, data, bind(node, raw), new DirectNodeContext(tempDir));
    }

    private static Instances train(Map<String, Object> outputs) {
        return (Instances) outputs.get("train");
    }

    private static Instances test(Map<String, Object> outputs) {
        return (Instances) outputs.get("test");
    }

    /** Weka Explorer's percentage split (ClassifierPanel), step by step. */
    private static Instances[] explorerSplit(Instances data, double percent, int seed) {
        Instances inst = new Instances(data);
        inst.randomize(new Random(seed));
        int trainSize = (int) Math.round(inst.numInstances() * percent / 100);
        int testSize = inst.numInstances() - trainSize;
        return new Instances[] {new Instances(inst, 0, trainSize), new Instances(inst, trainSize, testSize)};
    }

    private static Map<String, Integer> classCounts(Instances data) {
        Map<String, Integer> counts = new HashMap<>();
        for (Instance row : data) {
            counts.merge(row.stringValue(data.classIndex()), 1, Integer::sum);
        }
        return counts;
    }

    private static List<String> rows(Instances data) {
        List<String> rows = new ArrayList<>();
        for (Instance row : data) {
            rows.add(Arrays.toString(row.toDoubleArray()));
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}% seed {1} on {2}")
    @CsvSource({"66, 1, credit-g.arff", "50, 42, iris.arff", "80, 7, diabetes.arff", "33.3, -3, weather.nominal.arff"})
    void unstratifiedSplitIsWekaExplorersPercentageSplit(double percent, int seed, String dataset) throws Exception {
        Instances data = load(dataset);
        Instances[] explorer = explorerSplit(data, percent, seed);

        Map<String, Object> out = split(data, Map.of("trainPercent", percent, "seed", seed, "stratified", false));

        assertSameData(train(out), explorer[0]);
        assertSameData(test(out), explorer[1]);
    }

    @Test
    void unstratifiedSizesRoundTheTrainShare() throws Exception {
        Map<String, Object> out = split(load("iris.arff"), Map.of("trainPercent", 66.0, "stratified", false));

        assertThat(train(out).numInstances()).isEqualTo(99);
        assertThat(test(out).numInstances()).isEqualTo(51);
    }

    @Test
    void stratifiedSplitKeepsEachLabelsShare() throws Exception {
        Map<String, Object> out = split(load("credit-g.arff"), Map.of("trainPercent", 66.0));

        assertThat(classCounts(train(out))).containsOnly(Map.entry("good", 462), Map.entry("bad", 198));
        assertThat(classCounts(test(out))).containsOnly(Map.entry("good", 238), Map.entry("bad", 102));
    }

    @Test
    void stratifiedSplitIsStratifiedByDefault() throws Exception {
        Map<String, Object> out = split(load("iris.arff"), Map.of());

        assertThat(classCounts(train(out))).containsOnly(
                Map.entry("Iris-setosa", 33), Map.entry("Iris-versicolor", 33), Map.entry("Iris-virginica", 33));
        assertThat(test(out).numInstances()).isEqualTo(51);
    }

    @Test
    void stratifiedSplitKeepsEveryRowOnceInShuffledOrder() throws Exception {
        Instances data = load("diabetes.arff");
        Instances shuffled = new Instances(data);
        shuffled.randomize(new Random(5));

        Map<String, Object> out = split(data, Map.of("trainPercent", 70.0, "seed", 5));

        List<String> all = new ArrayList<>(rows(train(out)));
        all.addAll(rows(test(out)));
        Collections.sort(all);
        List<String> expected = rows(data);
        Collections.sort(expected);
        assertThat(all).isEqualTo(expected);
        List<String> shuffledRows = rows(shuffled);
        assertThat(shuffledRows.stream().filter(rows(train(out))::contains).toList()).isEqualTo(rows(train(out)));
    }

    @ParameterizedTest(name = "stratified={0}")
    @ValueSource(booleans = {true, false})
    void sameSeedGivesTheSameSplit(boolean stratified) throws Exception {
        Instances data = load("credit-g.arff");
        Map<String, Object> raw = Map.of("seed", 11, "stratified", stratified);

        Map<String, Object> first = split(data, raw);
        Map<String, Object> second = split(data, raw);

        assertSameData(train(second), train(first));
        assertSameData(test(second), test(first));
    }

    @ParameterizedTest(name = "stratified={0}")
    @ValueSource(booleans = {true, false})
    void anotherSeedGivesAnotherSplit(boolean stratified) throws Exception {
        Instances data = load("credit-g.arff");

        Map<String, Object> one = split(data, Map.of("seed", 1, "stratified", stratified));
        Map<String, Object> two = split(data, Map.of("seed", 2, "stratified", stratified));

        assertThat(rows(train(two))).isNotEqualTo(rows(train(one)));
    }

    @Test
    void numericClassIsSplitWithoutStratificationAndSaysSo() throws Exception {
        Instances data = load("iris.arff");
        data.setClassIndex(0);
        DirectNodeContext context = new DirectNodeContext(tempDir);

        Map<String, Object> out = execute(node, data, bind(node, Map.of("seed", 3)), context);

        assertSameData(train(out), explorerSplit(data, 66, 3)[0]);
        assertThat(context.log).anyMatch(line -> line.contains("'sepallength' is not nominal"));
    }

    @ParameterizedTest(name = "{0}% of 14 rows, stratified={1}")
    @CsvSource({"0.01, true", "0.01, false", "99.99, true", "99.99, false", "3, false"})
    void splitLeavingOneSideEmptyFailsNamingTrainPercent(double percent, boolean stratified) throws Exception {
        Instances data = load("weather.nominal.arff");

        NodeFailure failure = catchThrowableOfType(NodeFailure.class,
                () -> split(data, Map.of("trainPercent", percent, "stratified", stratified)));

        assertThat(failure.getMessage()).contains("parameter 'trainPercent'", "14 rows", "set empty");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 100, -5, 120})
    void percentOutsideTheOpenRangeIsRefusedAtBinding(double percent) {
        Params.Binding binding = Params.bind(node.descriptor().params(), Map.of("trainPercent", percent));

        assertThat(binding.problems()).extracting(Params.Problem::key).containsExactly("trainPercent");
    }

    @Test
    void configureGivesTheInputHeaderOnBothOutputs() throws Exception {
        Instances data = load("iris.arff");
        Params params = bind(node, Map.of());

        Map<String, Object> specs = node.configure(Map.of("data", new Instances(data, 0)), params,
                new DirectNodeContext(tempDir));
        Map<String, Object> out = execute(node, data, params, new DirectNodeContext(tempDir));

        assertSameHeader(train(out), (Instances) specs.get("train"));
        assertSameHeader(test(out), (Instances) specs.get("test"));
    }

    @Test
    void unknownInputGivesUnknownOutputs() throws Exception {
        Map<String, Object> specs = node.configure(Collections.singletonMap("data", null), bind(node, Map.of()),
                new DirectNodeContext(tempDir));

        assertThat(specs).containsOnlyKeys("train", "test");
        assertThat(specs.values()).containsOnlyNulls();
    }
}
