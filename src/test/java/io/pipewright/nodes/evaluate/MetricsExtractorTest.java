package io.pipewright.nodes.evaluate;

import io.pipewright.nodes.train.TestDatasets;
import org.junit.jupiter.api.Test;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Instances;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MetricsExtractorTest {

    @Test
    void nominalKeysCarryWekasOwnFigures() throws Exception {
        Instances iris = TestDatasets.load("iris");
        NaiveBayes nb = new NaiveBayes();
        nb.buildClassifier(iris);
        Evaluation eval = new Evaluation(iris);
        eval.evaluateModel(nb, iris);

        Map<String, Object> m = MetricsExtractor.extract(eval).metrics();

        assertThat(m.get("accuracy")).isEqualTo(eval.pctCorrect() / 100);
        assertThat(m.get("kappa")).isEqualTo(eval.kappa());
        assertThat(m.get("weightedPrecision")).isEqualTo(eval.weightedPrecision());
        assertThat(m.get("weightedRecall")).isEqualTo(eval.weightedRecall());
        assertThat(m.get("weightedF1")).isEqualTo(eval.weightedFMeasure());
        assertThat(m.get("weightedAreaUnderROC")).isEqualTo(eval.weightedAreaUnderROC());
        assertThat(m.get("meanAbsoluteError")).isEqualTo(eval.meanAbsoluteError());
        assertThat(m.get("rootMeanSquaredError")).isEqualTo(eval.rootMeanSquaredError());
        assertThat(m.get("numInstances")).isEqualTo(150.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> virginica = (Map<String, Object>) ((Map<String, Object>) m.get("perClass")).get("Iris-virginica");
        assertThat(virginica).containsOnlyKeys("precision", "recall", "f1", "areaUnderROC", "areaUnderPRC",
                "truePositiveRate", "falsePositiveRate", "matthewsCorrelation");
        assertThat(virginica.get("recall")).isEqualTo(eval.recall(2));
        assertThat(virginica.get("areaUnderROC")).isEqualTo(eval.areaUnderROC(2));
        @SuppressWarnings("unchecked")
        Map<String, Object> confusion = (Map<String, Object>) m.get("confusionMatrix");
        assertThat(confusion.get("labels")).isEqualTo(List.of("Iris-setosa", "Iris-versicolor", "Iris-virginica"));
        assertThat(confusion.get("matrix")).isEqualTo(List.of(List.of(50.0, 0.0, 0.0), List.of(0.0, 48.0, 2.0),
                List.of(0.0, 4.0, 46.0)));
    }

    @Test
    void figureWekaCannotComputeBecomesNull() throws Exception {
        Instances iris = TestDatasets.load("iris");
        NaiveBayes nb = new NaiveBayes();
        nb.buildClassifier(iris);
        Instances onlySetosa = new Instances(iris, 0, 50);
        Evaluation eval = new Evaluation(iris);
        eval.evaluateModel(nb, onlySetosa);
        assertThat(eval.areaUnderROC(1)).isNaN();

        Map<String, Object> m = MetricsExtractor.extract(eval).metrics();

        @SuppressWarnings("unchecked")
        Map<String, Object> versicolor = (Map<String, Object>) ((Map<String, Object>) m.get("perClass")).get("Iris-versicolor");
        assertThat(versicolor).containsEntry("areaUnderROC", null);
    }

    @Test
    void rocCurvesGoFromOriginToTopRightPerClass() throws Exception {
        Instances diabetes = TestDatasets.load("diabetes");
        NaiveBayes nb = new NaiveBayes();
        nb.buildClassifier(diabetes);
        Evaluation eval = new Evaluation(diabetes);
        eval.evaluateModel(nb, diabetes);

        EvaluationResult result = MetricsExtractor.extract(eval);

        assertThat(result.rocCurves()).containsOnlyKeys("tested_negative", "tested_positive");
        List<double[]> curve = result.rocCurves().get("tested_positive");
        assertThat(curve.size()).isBetween(2, MetricsExtractor.MAX_ROC_POINTS + 1);
        assertThat(curve.get(0)).startsWith(1.0, 1.0);
        assertThat(curve.get(curve.size() - 1)).startsWith(0.0, 0.0);
    }
}
