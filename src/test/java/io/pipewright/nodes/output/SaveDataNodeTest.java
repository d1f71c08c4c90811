package io.pipewright.nodes.output;

import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;
import weka.core.converters.ArffLoader;
import weka.core.converters.CSVLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SaveDataNodeTest {
    @TempDir
    Path tempDir;

    private final SaveDataNode node = new SaveDataNode();

    @Test
    void arffRoundTripKeepsHeaderAndEveryValue() throws Exception {
        Instances credit = TestDatasets.load("credit-g");
        credit.instance(3).setMissing(1);
        credit.instance(5).setValue(1, 1.0 / 3);

        save(credit, Map.of("path", "out/credit.arff"));

        ArffLoader loader = new ArffLoader();
        loader.setFile(tempDir.resolve("out/credit.arff").toFile());
        Instances back = loader.getDataSet();
        back.setClassIndex(back.numAttributes() - 1);
        assertThat(back.equalHeaders(new Instances(credit, 0))).as(back.equalHeadersMsg(credit)).isTrue();
        assertThat(back.numInstances()).isEqualTo(credit.numInstances());
        for (int i = 0; i < credit.numInstances(); i++) {
            assertThat(back.instance(i).toDoubleArray()).as("row " + i).containsExactly(credit.instance(i).toDoubleArray());
        }
    }

    @Test
    void csvRoundTripKeepsNamesAndValues() throws Exception {
        Instances iris = TestDatasets.load("iris");
        iris.instance(0).setValue(0, 0.1 + 0.2);

        save(iris, Map.of("path", "iris.csv"));

        CSVLoader loader = new CSVLoader();
        loader.setFile(tempDir.resolve("iris.csv").toFile());
        Instances back = loader.getDataSet();
        assertThat(back.numInstances()).isEqualTo(150);
        for (int a = 0; a < iris.numAttributes(); a++) {
            assertThat(back.attribute(a).name()).isEqualTo(iris.attribute(a).name());
        }
        for (int i = 0; i < iris.numInstances(); i++) {
            for (int a = 0; a < 4; a++) {
                assertThat(back.instance(i).value(a)).isEqualTo(iris.instance(i).value(a));
            }
            assertThat(back.instance(i).stringValue(4)).isEqualTo(iris.instance(i).stringValue(4));
        }
    }

    @Test
    void csvQuotesFieldsAndLeavesMissingValuesEmpty() throws Exception {
        Instances iris = TestDatasets.load("iris");
        Instances two = new Instances(iris, 0, 2);
        two.renameAttributeValue(two.classAttribute(), "Iris-setosa", "setosa, \"the small\"");
        two.instance(1).setMissing(0);

        save(two, Map.of("path", "two.csv"));

        assertThat(Files.readAllLines(tempDir.resolve("two.csv"))).containsExactly(
                "sepallength,sepalwidth,petallength,petalwidth,class",
                "5.1,3.5,1.4,0.2,\"setosa, \"\"the small\"\"\"",
                ",3,1.4,0.2,\"setosa, \"\"the small\"\"\"");
    }

    @Test
    void formatParameterOverridesTheExtension() throws Exception {
        save(TestDatasets.load("iris"), Map.of("path", "iris.txt", "format", "arff"));

        assertThat(Files.readString(tempDir.resolve("iris.txt"))).startsWith("@relation iris");
    }

    @Test
    void unknownExtensionWithoutFormatFailsNamingFormat() {
        assertThatThrownBy(() -> save(TestDatasets.load("iris"), Map.of("path", "iris.txt")))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("parameter 'format'")
                .hasMessageContaining("iris.txt");
    }

    @Test
    void replacingAFileLeavesNoTemporaryFilesBehind() throws Exception {
        Files.writeString(tempDir.resolve("iris.csv"), "old content");

        save(TestDatasets.load("iris"), Map.of("path", "iris.csv"));

        assertThat(Files.readString(tempDir.resolve("iris.csv"))).startsWith("sepallength,");
        try (var files = Files.list(tempDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("iris.csv");
        }
    }

    @Test
    void unwritableTargetFailsNamingPathAndKeepsTheOldFile() throws Exception {
        Path folder = Files.createDirectory(tempDir.resolve("iris.csv"));
        Files.writeString(folder.resolve("keep.txt"), "x");

        assertThatThrownBy(() -> save(TestDatasets.load("iris"), Map.of("path", "iris.csv")))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("parameter 'path'")
                .hasMessageContaining(folder.toString());
        try (var files = Files.list(tempDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("iris.csv");
        }
    }

    @Test
    void configureChecksTheFormatWithoutData() {
        Params params = bind(Map.of("path", "data.parquet"));
        Map<String, Object> specs = new HashMap<>();
        specs.put("data", null);

        assertThatThrownBy(() -> node.configure(specs, params, new DirectNodeContext(tempDir)))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("parameter 'format'");
        assertThat(node.descriptor().outputs()).isEqualTo(List.of());
    }

    private void save(Instances data, Map<String, Object> raw) throws Exception {
        node.execute(new NodeInputs(Map.of("data", data)), bind(raw), new DirectNodeContext(tempDir));
    }

    private Params bind(Map<String, Object> raw) {
        Params.Binding binding = Params.bind(node.descriptor().params(), raw);
        assertThat(binding.ok()).as(binding.problems().toString()).isTrue();
        return binding.params();
    }

}
