package io.pipewright.nodes.output;

import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.param.Params;
import io.pipewright.param.WekaSpec;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weka.classifiers.Classifier;
import weka.classifiers.trees.RandomForest;
import weka.core.Instances;
import weka.core.SerializationHelper;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class SaveModelNodeTest {
    @TempDir
    Path tempDir;

    @ParameterizedTest
    @ValueSource(strings = {"models/credit.model", "models/credit.model.gz"})
    void savedModelReadsBackWithWekaAndPredictsTheSame(String path) throws Exception {
        Instances credit = TestDatasets.load("credit-g");
        RandomForest forest = new RandomForest();
        forest.setOptions(new String[]{"-I", "10", "-S", "1"});
        forest.buildClassifier(credit);
        TrainedModel model = TrainedModel.of(forest, credit, WekaSpec.of("weka.classifiers.trees.RandomForest", "-I", "10", "-S", "1"));
        SaveModelNode node = new SaveModelNode();

        node.execute(new NodeInputs(Map.of("model", model)),
                Params.bind(node.descriptor().params(), Map.of("path", path)).params(), new DirectNodeContext(tempDir));

        Object[] back;
        try (InputStream raw = Files.newInputStream(tempDir.resolve(path))) {
            back = SerializationHelper.readAll(path.endsWith(".gz") ? new GZIPInputStream(raw) : raw);
        }
        assertThat(back).hasSize(2);
        Classifier loaded = (Classifier) back[0];
        Instances header = (Instances) back[1];
        assertThat(header.equalHeaders(model.header())).isTrue();
        assertThat(header.classIndex()).isEqualTo(credit.classIndex());
        for (int i = 0; i < credit.numInstances(); i++) {
            assertThat(loaded.distributionForInstance(credit.instance(i)))
                    .containsExactly(forest.distributionForInstance(credit.instance(i)));
        }
    }
}
