package io.pipewright.nodes.output;

import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.param.Params;
import io.pipewright.param.WekaSpec;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Classifier;
import weka.classifiers.functions.LinearRegression;
import weka.classifiers.trees.J48;
import weka.core.Instances;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PredictionsNodeTest {
    @TempDir
    Path tempDir;

    private final PredictionsNode node = new PredictionsNode();

    @Test
    void nominalClassRowsHaveActualPredictedErrorAndOneProbabilityPerLabel() throws Exception {
        Instances iris = TestDatasets.load("iris");
        J48 j48 = new J48();
        j48.buildClassifier(iris);

        List<String> lines = predict(model(j48, iris, "weka.classifiers.trees.J48"), iris);

        assertThat(lines).hasSize(151);
        assertThat(lines.get(0)).isEqualTo("row,actual,predicted,error,prob_Iris-setosa,prob_Iris-versicolor,prob_Iris-virginica");
        assertThat(lines.get(1)).isEqualTo("1,Iris-setosa,Iris-setosa,false,1,0,0");
        for (int i = 0; i < iris.numInstances(); i++) {
            String[] fields = lines.get(i + 1).split(",");
            double[] distribution = j48.distributionForInstance(iris.instance(i));
            String predicted = iris.classAttribute().value((int) j48.classifyInstance(iris.instance(i)));
            assertThat(fields[0]).isEqualTo(Integer.toString(i + 1));
            assertThat(fields[2]).isEqualTo(predicted);
            assertThat(fields[3]).isEqualTo(Boolean.toString(!predicted.equals(fields[1])));
            for (int c = 0; c < 3; c++) {
                assertThat(Double.parseDouble(fields[4 + c])).isEqualTo(distribution[c]);
            }
        }
        assertThat(lines).filteredOn(l -> l.split(",")[3].equals("true")).hasSize(3);
    }

    @Test
    void numericClassRowsHavePredictedMinusActualAsError() throws Exception {
        Instances diabetes = TestDatasets.load("diabetes", "plas");
        LinearRegression regression = new LinearRegression();
        regression.buildClassifier(diabetes);

        List<String> lines = predict(model(regression, diabetes, "weka.classifiers.functions.LinearRegression"), diabetes);

        assertThat(lines.get(0)).isEqualTo("row,actual,predicted,error");
        String[] first = lines.get(1).split(",");
        double predicted = regression.classifyInstance(diabetes.instance(0));
        assertThat(first).containsExactly("1", "148", Double.toString(predicted), Double.toString(predicted - 148));
    }

    @Test
    void missingActualLeavesActualAndErrorEmpty() throws Exception {
        Instances iris = TestDatasets.load("iris");
        J48 j48 = new J48();
        j48.buildClassifier(iris);
        Instances unlabeled = new Instances(iris, 0, 1);
        unlabeled.instance(0).setClassMissing();

        List<String> lines = predict(model(j48, iris, "weka.classifiers.trees.J48"), unlabeled);

        assertThat(lines.get(1)).isEqualTo("1,,Iris-setosa,,1,0,0");
    }

    @Test
    void dataWithOtherColumnsIsRefusedNamingTheColumn() throws Exception {
        Instances iris = TestDatasets.load("iris");
        J48 j48 = new J48();
        j48.buildClassifier(iris);
        Instances fewer = new Instances(iris);
        fewer.deleteAttributeAt(0);

        assertThatThrownBy(() -> predict(model(j48, iris, "weka.classifiers.trees.J48"), fewer))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("input 'data'")
                .hasMessageContaining("column 1 'sepalwidth' should be 'sepallength'");
        assertThat(tempDir.resolve("predictions.csv")).doesNotExist();
    }

    private List<String> predict(TrainedModel model, Instances data) throws Exception {
        node.execute(new NodeInputs(Map.of("model", model, "data", data)),
                Params.bind(node.descriptor().params(), Map.of("path", "predictions.csv")).params(),
                new DirectNodeContext(tempDir));
        return Files.readAllLines(tempDir.resolve("predictions.csv"));
    }

    private static TrainedModel model(Classifier classifier, Instances train, String className) {
        return TrainedModel.of(classifier, train, WekaSpec.of(className));
    }
}
