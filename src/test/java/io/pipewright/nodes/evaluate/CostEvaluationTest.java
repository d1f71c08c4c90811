package io.pipewright.nodes.evaluate;

import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.nodes.train.WekaClassifierTrainNode;
import io.pipewright.param.Params;
import io.pipewright.param.WekaSpec;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.CostMatrix;
import weka.classifiers.evaluation.Evaluation;
import weka.classifiers.evaluation.NominalPrediction;
import weka.classifiers.evaluation.Prediction;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code costMatrix} parameter of the evaluate nodes: costs equal Weka's Evaluation with the same
 * matrix, seed and folds; the cost threshold is the cheapest rule "predict positive iff P >= t".
 */
class CostEvaluationTest {
    /** The German credit costs: predicting good for a bad applicant costs 5, the reverse costs 1. */
    private static final String GERMAN_CREDIT = "[0 1; 5 0]";

    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"weka.classifiers.trees.J48 -C 0.25 -M 2", "weka.classifiers.bayes.NaiveBayes",
            "weka.classifiers.functions.Logistic -R 1.0E-8 -M -1", "weka.classifiers.trees.RandomForest -I 20 -S 1"})
    void crossValidationCostsEqualWekaWithTheSameCostMatrix(String learner) throws Exception {
        Instances data = TestDatasets.load("credit-g");
        WekaSpec spec = WekaSpec.parseCommandLine(learner);

        EvaluationResult ours = crossValidate(data, spec, GERMAN_CREDIT);

        Evaluation weka = new Evaluation(data, CostMatrix.parseMatlab(GERMAN_CREDIT));
        weka.crossValidateModel(AbstractClassifier.forName(spec.className(), spec.options().toArray(String[]::new)),
                data, 10, new Random(1));
        assertThat(ours.metrics().get("totalCost")).isEqualTo(weka.totalCost());
        assertThat(ours.metrics().get("averageCost")).isEqualTo(weka.avgCost());
        assertThat(withoutCosts(ours.metrics())).isEqualTo(MetricsExtractor.extract(weka).metrics());
    }

    @Test
    void costsLeaveEveryOtherMetricAsWithoutThem() throws Exception {
        Instances data = TestDatasets.load("credit-g");
        WekaSpec j48 = WekaSpec.of("weka.classifiers.trees.J48");

        EvaluationResult plain = crossValidate(data, j48, "");
        EvaluationResult costed = crossValidate(data, j48, GERMAN_CREDIT);

        assertThat(plain.metrics()).doesNotContainKeys("totalCost", "averageCost", "costThreshold");
        assertThat(withoutCosts(costed.metrics())).isEqualTo(plain.metrics());
    }

    @Test
    void totalCostIsTheConfusionMatrixWeightedByTheCosts() throws Exception {
        EvaluationResult result = crossValidate(TestDatasets.load("credit-g"), WekaSpec.of("weka.classifiers.bayes.NaiveBayes"),
                GERMAN_CREDIT);
        double[][] m = result.confusionMatrix();

        assertThat(result.classLabels()).containsExactly("good", "bad");
        assertThat((Double) result.metrics().get("totalCost")).isEqualTo(1 * m[0][1] + 5 * m[1][0]);
        assertThat((Double) result.metrics().get("averageCost")).isEqualTo((m[0][1] + 5 * m[1][0]) / 1000);
    }

    @Test
    void costThresholdIsTheCheapestThresholdOverAllPredictions() throws Exception {
        Instances data = TestDatasets.load("credit-g");
        WekaSpec logistic = WekaSpec.of("weka.classifiers.functions.Logistic", "-R", "1.0E-8", "-M", "-1");
        Evaluation weka = new Evaluation(data, CostMatrix.parseMatlab(GERMAN_CREDIT));
        weka.crossValidateModel(AbstractClassifier.forName(logistic.className(), logistic.options().toArray(String[]::new)),
                data, 10, new Random(1));

        @SuppressWarnings("unchecked")
        Map<String, Object> chosen = (Map<String, Object>) crossValidate(data, logistic, GERMAN_CREDIT)
                .metrics().get("costThreshold");

        double[] cheapest = bruteForceCheapestThreshold(weka.predictions(), 1, 5, 1);
        assertThat(chosen.get("positiveClass")).isEqualTo("bad");
        assertThat((Double) chosen.get("threshold")).isEqualTo(cheapest[0]);
        assertThat((Double) chosen.get("totalCost")).isEqualTo(cheapest[1]);
        assertThat((Double) chosen.get("averageCost")).isEqualTo(cheapest[1] / 1000);
        assertThat((Double) chosen.get("bayesThreshold")).isEqualTo(1.0 / 6);
        assertThat(cheapest[1]).isLessThanOrEqualTo(weka.totalCost());
    }

    @Test
    void holdoutCostsEqualWekaWithTheSameCostMatrix() throws Exception {
        Instances data = TestDatasets.load("credit-g");
        data.randomize(new Random(1));
        Instances train = new Instances(data, 0, 700);
        Instances test = new Instances(data, 700, 300);
        WekaSpec forest = WekaSpec.of("weka.classifiers.trees.RandomForest", "-I", "20", "-S", "1");

        EvaluationResult ours = holdout(trainNode(train, forest), test, GERMAN_CREDIT);

        Classifier classifier = AbstractClassifier.forName(forest.className(), forest.options().toArray(String[]::new));
        classifier.buildClassifier(train);
        Evaluation weka = new Evaluation(train, CostMatrix.parseMatlab(GERMAN_CREDIT));
        weka.evaluateModel(classifier, test);
        assertThat(ours.metrics().get("totalCost")).isEqualTo(weka.totalCost());
        assertThat(ours.metrics().get("averageCost")).isEqualTo(weka.avgCost());
        assertThat(withoutCosts(ours.metrics())).isEqualTo(MetricsExtractor.extract(weka).metrics());
    }

    @Test
    void threeClassDataGetsCostsButNoThreshold() throws Exception {
        EvaluationResult result = crossValidate(TestDatasets.load("iris"), WekaSpec.of("weka.classifiers.trees.J48"),
                "[0 1 1; 1 0 1; 1 1 0]");

        assertThat((Double) result.metrics().get("totalCost")).isEqualTo((Double) result.metrics().get("incorrect"));
        assertThat(result.metrics()).doesNotContainKey("costThreshold");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "[0 1 1; 5 0 1; 1 1 0] | 3 x 3 but class column 'class' has 2 labels (good, bad)",
            "[0 1; 5] | row 2 has 1 values",
            "[0 one; 5 0] | 'one' (row 1, column 2) is not a number"})
    void configureRefusesABadCostMatrixNamingTheParameter(String matrix, String message) {
        Instances header = new Instances(TestDatasets.load("credit-g"), 0);
        CrossValidationNode node = new CrossValidationNode();
        Params.Binding binding = Params.bind(node.descriptor().params(), Map.of("costMatrix", matrix));
        assertThat(binding.ok()).isTrue();

        assertThatThrownBy(() -> node.configure(Map.of("data", header), binding.params(), new DirectNodeContext(tempDir)))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("parameter 'costMatrix'")
                .hasMessageContaining(message);
    }

    /** [threshold, cost] of the cheapest "predict positive iff P(positive) >= t" over every t, lowest t on a tie. */
    private static double[] bruteForceCheapestThreshold(List<Prediction> predictions, int positive,
                                                        double missCost, double falseAlarmCost) {
        TreeSet<Double> candidates = new TreeSet<>();
        for (Prediction p : predictions) {
            candidates.add(((NominalPrediction) p).distribution()[positive]);
        }
        candidates.add(candidates.last() + 1e-5);
        double[] best = {Double.NaN, Double.POSITIVE_INFINITY};
        for (double t : candidates) {
            double cost = 0;
            for (Prediction p : predictions) {
                boolean predictedPositive = ((NominalPrediction) p).distribution()[positive] >= t;
                boolean actualPositive = (int) p.actual() == positive;
                if (actualPositive && !predictedPositive) {
                    cost += missCost * p.weight();
                } else if (!actualPositive && predictedPositive) {
                    cost += falseAlarmCost * p.weight();
                }
            }
            if (cost < best[1]) {
                best = new double[]{t, cost};
            }
        }
        return best;
    }

    private static Map<String, Object> withoutCosts(Map<String, Object> metrics) {
        Map<String, Object> rest = new LinkedHashMap<>(metrics);
        rest.keySet().removeAll(List.of("totalCost", "averageCost", "costThreshold"));
        return rest;
    }

    private EvaluationResult crossValidate(Instances data, WekaSpec learner, String costMatrix) throws Exception {
        CrossValidationNode node = new CrossValidationNode();
        Map<String, Object> raw = new HashMap<>(Map.of("learner", CrossValidationNode.LEARNER.toRaw(learner),
                "folds", 10, "seed", 1));
        raw.put("costMatrix", costMatrix);
        Params.Binding binding = Params.bind(node.descriptor().params(), raw);
        assertThat(binding.ok()).as(binding.problems().toString()).isTrue();
        return (EvaluationResult) node.execute(new NodeInputs(Map.of("data", data)), binding.params(),
                new DirectNodeContext(tempDir, 2)).get("evaluation");
    }

    private TrainedModel trainNode(Instances train, WekaSpec learner) throws Exception {
        WekaClassifierTrainNode node = new WekaClassifierTrainNode();
        Params.Binding binding = Params.bind(node.descriptor().params(),
                Map.of("learner", WekaClassifierTrainNode.LEARNER.toRaw(learner)));
        assertThat(binding.ok()).isTrue();
        return (TrainedModel) node.execute(new NodeInputs(Map.of("data", train)), binding.params(),
                new DirectNodeContext(tempDir)).get("model");
    }

    private EvaluationResult holdout(TrainedModel model, Instances test, String costMatrix) throws Exception {
        HoldoutEvaluationNode node = new HoldoutEvaluationNode();
        Params.Binding binding = Params.bind(node.descriptor().params(), Map.of("costMatrix", costMatrix));
        assertThat(binding.ok()).isTrue();
        return (EvaluationResult) node.execute(new NodeInputs(Map.of("model", model, "test", test)), binding.params(),
                new DirectNodeContext(tempDir)).get("evaluation");
    }
}
