package io.pipewright.nodes.ingest;

import io.pipewright.node.NodeFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.pipewright.nodes.ingest.IngestTestSupport.configure;
import static io.pipewright.nodes.ingest.IngestTestSupport.failure;
import static io.pipewright.nodes.ingest.IngestTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class ArffIngestNodeTest {
    @TempDir
    Path dir;

    private final ArffIngestNode node = new ArffIngestNode();

    private void copyIris() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/datasets/iris.arff")) {
            Files.copy(in, dir.resolve("iris.arff"));
        }
    }

    @Test
    void loadsIrisWithTheLastAttributeAsClass() throws Exception {
        copyIris();

        Instances data = run(node, dir, Map.of("path", "iris.arff"));

        assertThat(data.numInstances()).isEqualTo(150);
        assertThat(data.classAttribute().name()).isEqualTo("class");
        assertThat(data.instance(0).value(0)).isEqualTo(5.1);
    }

    @Test
    void classColumnByName() throws Exception {
        copyIris();

        Instances data = run(node, dir, Map.of("path", "iris.arff", "classColumn", "petalwidth"));

        assertThat(data.classAttribute().name()).isEqualTo("petalwidth");
    }

    @Test
    void keepsEveryValueOfAStringAttribute() throws Exception {
        Files.writeString(dir.resolve("notes.arff"),
                "@relation r\n@attribute note string\n@attribute c {x,y}\n@data\n'first note',x\n'second note',y\n");

        Instances data = run(node, dir, Map.of("path", "notes.arff"));

        assertThat(data.instance(0).stringValue(0)).isEqualTo("first note");
        assertThat(data.instance(1).stringValue(0)).isEqualTo("second note");
    }

    @Test
    void malformedDataLineNamesFileAndLine() throws Exception {
        Files.writeString(dir.resolve("bad.arff"), "@relation r\n@attribute a numeric\n@attribute c {x,y}\n@data\n1,x\n2,z\n");

        NodeFailure failure = failure(node, dir, Map.of("path", "bad.arff"));

        assertThat(failure.getMessage()).contains("bad.arff").contains("line 6");
    }

    @Test
    void configureReadsOnlyTheHeader() throws Exception {
        Files.writeString(dir.resolve("head.arff"),
                "@relation r\n@attribute a numeric\n@attribute c {x,y}\n@data\n1,x\nthis line is broken\n");

        Instances spec = configure(node, dir, Map.of("path", "head.arff"));

        assertThat(spec.numInstances()).isZero();
        assertThat(spec.classAttribute().name()).isEqualTo("c");
    }
}
