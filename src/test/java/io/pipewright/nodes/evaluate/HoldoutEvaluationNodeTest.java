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
import weka.classifiers.evaluation.Evaluation;
import weka.core.Attribute;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Holdout metrics equal Weka Explorer's percentage split: new Evaluation(train).evaluateModel(model, test). */
class HoldoutEvaluationNodeTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "iris, weka.classifiers.trees.J48", "iris, weka.classifiers.bayes.NaiveBayes",
            "iris, weka.classifiers.trees.RandomForest -I 20 -S 1",
            "diabetes, weka.classifiers.trees.J48", "diabetes, weka.classifiers.bayes.NaiveBayes",
            "diabetes, weka.classifiers.trees.RandomForest -I 20 -S 1",
            "credit-g, weka.classifiers.trees.J48", "credit-g, weka.classifiers.bayes.NaiveBayes",
            "credit-g, weka.classifiers.trees.RandomForest -I 20 -S 1"})
    void metricsEqualWekaPercentageSplit(String dataset, String learner) throws Exception {
        assertHoldoutEqualsWeka(TestDatasets.load(dataset), WekaSpec.parseCommandLine(learner));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"weka.classifiers.functions.LinearRegression", "weka.classifiers.trees.M5P"})
    void numericClassMetricsEqualWekaPercentageSplit(String learner) throws Exception {
        EvaluationResult ours = assertHoldoutEqualsWeka(TestDatasets.load("diabetes", "plas"), WekaSpec.parseCommandLine(learner));

        assertThat(ours.metrics()).containsKeys("correlation", "meanAbsoluteError", "rootMeanSquaredError",
                "relativeAbsoluteError", "rootRelativeSquaredError", "numInstances");
        assertThat((Double) ours.metrics().get("correlation")).isBetween(0.3, 1.0);
    }

    @Test
    void testDataWithADifferentColumnTypeIsRefusedNamingTheColumn() throws Exception {
        Instances iris = TestDatasets.load("iris");
        TrainedModel model = trainNode(iris, WekaSpec.of("weka.classifiers.trees.J48"));
        Instances changed = withNominalFirstColumn(iris);

        assertThatThrownBy(() -> runHoldout(model, changed))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("input 'test'")
                .hasMessageContaining("column 1 'sepallength' is nominal but the model expects numeric");
    }

    @Test
    void configureRefusesIncompatibleHeaders() {
        Instances iris = TestDatasets.load("iris");
        Instances diabetes = TestDatasets.load("diabetes");

        assertThatThrownBy(() -> new HoldoutEvaluationNode().configure(
                Map.of("model", new Instances(iris, 0), "test", new Instances(diabetes, 0)),
                Params.bind(List.of(), Map.of()).params(), new DirectNodeContext(tempDir)))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("column 1 'preg' should be 'sepallength'");
    }

    private EvaluationResult assertHoldoutEqualsWeka(Instances data, WekaSpec learner) throws Exception {
        Instances shuffled = new Instances(data);
        shuffled.randomize(new Random(1));
        int trainSize = (int) Math.round(shuffled.numInstances() * 0.66);
        Instances train = new Instances(shuffled, 0, trainSize);
        Instances test = new Instances(shuffled, trainSize, shuffled.numInstances() - trainSize);

        EvaluationResult ours = runHoldout(trainNode(train, learner), test);

        Classifier classifier = AbstractClassifier.forName(learner.className(), learner.options().toArray(String[]::new));
        classifier.buildClassifier(train);
        Evaluation weka = new Evaluation(train);
        weka.evaluateModel(classifier, test);
        EvaluationResult expected = MetricsExtractor.extract(weka);
        assertThat(ours.metrics()).isEqualTo(expected.metrics());
        assertThat(ours.confusionMatrix()).isDeepEqualTo(expected.confusionMatrix());
        return ours;
    }

    private TrainedModel trainNode(Instances train, WekaSpec learner) throws Exception {
        WekaClassifierTrainNode node = new WekaClassifierTrainNode();
        Params.Binding binding = Params.bind(node.descriptor().params(),
                Map.of("learner", WekaClassifierTrainNode.LEARNER.toRaw(learner)));
        assertThat(binding.ok()).isTrue();
        return (TrainedModel) node.execute(new NodeInputs(Map.of("data", train)), binding.params(),
                new DirectNodeContext(tempDir)).get("model");
    }

    private EvaluationResult runHoldout(TrainedModel model, Instances test) throws Exception {
        HoldoutEvaluationNode node = new HoldoutEvaluationNode();
        return (EvaluationResult) node.execute(new NodeInputs(Map.of("model", model, "test", test)),
                Params.bind(node.descriptor().params(), Map.of()).params(), new DirectNodeContext(tempDir)).get("evaluation");
    }

    private static Instances withNominalFirstColumn(Instances data) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("sepallength", List.of("small", "large")));
        for (int i = 1; i < data.numAttributes(); i++) {
            attributes.add(data.attribute(i).copy(data.attribute(i).name()));
        }
        Instances changed = new Instances("changed", attributes, 0);
        changed.setClassIndex(data.classIndex());
        return changed;
    }
}
