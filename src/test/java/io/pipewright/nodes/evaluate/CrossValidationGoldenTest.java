package io.pipewright.nodes.evaluate;

import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.param.Params;
import io.pipewright.param.WekaSpec;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Our parallel cross-validation gives exactly Weka's own crossValidateModel figures. */
class CrossValidationGoldenTest {
    private static final List<WekaSpec> LEARNERS = List.of(
            WekaSpec.of("weka.classifiers.trees.J48", "-C", "0.25", "-M", "2"),
            WekaSpec.of("weka.classifiers.bayes.NaiveBayes"),
            WekaSpec.of("weka.classifiers.trees.RandomForest", "-I", "20", "-S", "1"));

    @TempDir
    Path tempDir;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String dataset : List.of("iris", "diabetes", "credit-g")) {
            for (WekaSpec learner : LEARNERS) {
                for (int parallelism : List.of(1, 2)) {
                    cases.add(Arguments.of(dataset, learner, parallelism));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} parallelism {2}")
    @MethodSource("cases")
    void metricsEqualWekaCrossValidateModel(String dataset, WekaSpec learner, int parallelism) throws Exception {
        Instances data = TestDatasets.load(dataset);

        EvaluationResult ours = runNode(data, learner, 10, 1, parallelism);
        EvaluationResult weka = MetricsExtractor.extract(wekaCrossValidation(data, learner, 10, 1));

        assertThat(ours.metrics()).isEqualTo(weka.metrics());
        assertThat(ours.confusionMatrix()).isDeepEqualTo(weka.confusionMatrix());
        assertThat(ours.classLabels()).isEqualTo(weka.classLabels());
        assertThat(ours.rocCurves().keySet()).isEqualTo(weka.rocCurves().keySet());
        ours.rocCurves().forEach((label, points) ->
                assertThat(points.toArray(double[][]::new)).isDeepEqualTo(weka.rocCurves().get(label).toArray(double[][]::new)));
    }

    @Test
    void wekaReportTextIsIdenticalForAnotherSeedAndFoldCount() throws Exception {
        Instances data = TestDatasets.load("diabetes");
        WekaSpec learner = LEARNERS.get(0);
        Evaluation ours = CrossValidationNode.crossValidate(AbstractClassifier.forName(learner.className(),
                learner.options().toArray(String[]::new)), learner, data, 7, 42, new DirectNodeContext(tempDir, 2));
        Evaluation weka = wekaCrossValidation(data, learner, 7, 42);

        assertThat(ours.toSummaryString() + ours.toClassDetailsString() + ours.toMatrixString())
                .isEqualTo(weka.toSummaryString() + weka.toClassDetailsString() + weka.toMatrixString());
    }

    @Test
    void differentSeedGivesDifferentFolds() throws Exception {
        Instances data = TestDatasets.load("diabetes");
        EvaluationResult seed1 = runNode(data, LEARNERS.get(0), 10, 1, 2);
        EvaluationResult seed2 = runNode(data, LEARNERS.get(0), 10, 2, 2);

        assertThat(seed1.metrics().get("accuracy")).isNotEqualTo(seed2.metrics().get("accuracy"));
    }

    @Test
    void numericClassMetricsEqualWeka() throws Exception {
        Instances data = TestDatasets.load("diabetes", "plas");
        WekaSpec learner = WekaSpec.of("weka.classifiers.functions.LinearRegression");

        EvaluationResult ours = runNode(data, learner, 10, 1, 2);
        EvaluationResult weka = MetricsExtractor.extract(wekaCrossValidation(data, learner, 10, 1));

        assertThat(ours.metrics()).isEqualTo(weka.metrics());
        assertThat(ours.metrics()).containsOnlyKeys("correlation", "meanAbsoluteError", "rootMeanSquaredError",
                "relativeAbsoluteError", "rootRelativeSquaredError", "numInstances", "unclassified");
        assertThat(ours.metrics().get("numInstances")).isEqualTo(768.0);
    }

    private EvaluationResult runNode(Instances data, WekaSpec learner, int folds, int seed, int parallelism)
            throws Exception {
        CrossValidationNode node = new CrossValidationNode();
        Params.Binding binding = Params.bind(node.descriptor().params(), Map.of(
                "learner", CrossValidationNode.LEARNER.toRaw(learner), "folds", folds, "seed", seed));
        assertThat(binding.ok()).as(binding.problems().toString()).isTrue();
        Map<String, Object> out = node.execute(new NodeInputs(Map.of("data", data)), binding.params(),
                new DirectNodeContext(tempDir, parallelism));
        return (EvaluationResult) out.get("evaluation");
    }

    static Evaluation wekaCrossValidation(Instances data, WekaSpec learner, int folds, int seed) throws Exception {
        Evaluation eval = new Evaluation(data);
        eval.crossValidateModel(AbstractClassifier.forName(learner.className(), learner.options().toArray(String[]::new)),
                data, folds, new Random(seed));
        return eval;
    }
}
