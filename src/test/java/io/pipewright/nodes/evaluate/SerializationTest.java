package io.pipewright.nodes.evaluate;

import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.param.WekaSpec;
import org.junit.jupiter.api.Test;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Instances;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Results and models are cached and stored by serialization, so both must survive a round trip. */
class SerializationTest {

    @Test
    void evaluationResultSurvivesSerialization() throws Exception {
        Instances iris = TestDatasets.load("iris");
        NaiveBayes nb = new NaiveBayes();
        nb.buildClassifier(iris);
        Evaluation eval = new Evaluation(iris);
        eval.evaluateModel(nb, iris);
        EvaluationResult result = MetricsExtractor.extract(eval);

        EvaluationResult back = (EvaluationResult) roundTrip(result);

        assertThat(back.metrics()).isEqualTo(result.metrics());
        assertThat(back.confusionMatrix()).isDeepEqualTo(result.confusionMatrix());
        assertThat(back.rocCurves().get("Iris-setosa").get(0)).containsExactly(result.rocCurves().get("Iris-setosa").get(0));
        assertThat(back.section()).isEqualTo("metrics");
    }

    @Test
    void trainedModelSurvivesSerializationWithItsTrainingClasses() throws Exception {
        Instances iris = TestDatasets.load("iris");
        NaiveBayes nb = new NaiveBayes();
        nb.buildClassifier(iris);
        TrainedModel model = TrainedModel.of(nb, iris, WekaSpec.of("weka.classifiers.bayes.NaiveBayes"));

        TrainedModel back = (TrainedModel) roundTrip(model);

        assertThat(back.trainingClasses().numInstances()).isEqualTo(150);
        assertThat(back.header().equalHeaders(iris)).isTrue();
        assertThat(back.classifier().distributionForInstance(iris.instance(60)))
                .containsExactly(nb.distributionForInstance(iris.instance(60)));
    }

    private static Object roundTrip(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
