package io.pipewright.nodes.ingest;

import io.pipewright.node.NodeFailure;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Attribute;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.pipewright.nodes.ingest.IngestTestSupport.configure;
import static io.pipewright.nodes.ingest.IngestTestSupport.failure;
import static io.pipewright.nodes.ingest.IngestTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvIngestNodeTest {
    @TempDir
    Path dir;

    private final CsvIngestNode node = new CsvIngestNode();

    private Instances load(String content, Map<String, Object> extra) throws Exception {
        Files.writeString(dir.resolve("data.csv"), content, StandardCharsets.UTF_8);
        Map<String, Object> raw = new java.util.HashMap<>(extra);
        raw.put("path", "data.csv");
        return run(node, dir, raw);
    }

    private Instances load(String content) throws Exception {
        return load(content, Map.of());
    }

    @Test
    void infersNumericNominalAndDateColumns() throws Exception {
        Instances data = load("size,colour,when,label\n1.5,red,2024-03-01,yes\n-2e3,blue,2024-03-02,no\n7,red,2024-12-31,yes\n");

        assertThat(data.attribute("size").isNumeric()).isTrue();
        assertThat(data.attribute("colour").isNominal()).isTrue();
        assertThat(data.attribute("when").isDate()).isTrue();
        assertThat(data.instance(1).value(0)).isEqualTo(-2000.0);
        long expected = LocalDate.of(2024, 12, 31).atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        assertThat(data.instance(2).value(2)).isEqualTo(expected);
        assertThat(data.classAttribute().name()).isEqualTo("label");
    }

    @Test
    void nominalValuesKeepOrderOfFirstAppearance() throws Exception {
        Instances data = load("colour,n\nred,1\nblue,2\nred,3\ngreen,4\n");

        Attribute colour = data.attribute("colour");
        assertThat(List.of(colour.value(0), colour.value(1), colour.value(2))).containsExactly("red", "blue", "green");
    }

    @Test
    void manyDistinctTextsBecomeAStringColumn() throws Exception {
        StringBuilder csv = new StringBuilder("name,group\n");
        for (int i = 0; i < 150; i++) {
            csv.append("person-").append(i).append(',').append(i % 3 == 0 ? "a" : "b").append('\n');
        }
        Instances data = load(csv.toString());

        assertThat(data.attribute("name").isString()).isTrue();
        assertThat(data.instance(42).stringValue(0)).isEqualTo("person-42");
        assertThat(data.attribute("group").isNominal()).isTrue();
    }

    @Test
    void dateTimesBecomeADateColumnWithTime() throws Exception {
        Instances data = load("t,c\n2024-03-01T10:15:30,a\n2024-03-01 11:00:00,b\n");

        Attribute t = data.attribute("t");
        assertThat(t.isDate()).isTrue();
        assertThat(data.instance(1).value(0) - data.instance(0).value(0)).isEqualTo(44.5 * 60 * 1000);
        assertThat(t.formatDate(data.instance(0).value(0))).isEqualTo("2024-03-01T10:15:30");
    }

    @Test
    void quotedFieldsKeepDelimitersAndQuotes() throws Exception {
        Instances data = load("text,n\n\"a, b\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\n");

        assertThat(data.instance(0).stringValue(0)).isEqualTo("a, b");
        assertThat(data.instance(1).stringValue(0)).isEqualTo("say \"hi\"");
        assertThat(data.instance(2).stringValue(0)).isEqualTo("two\nlines");
        assertThat(data.instance(2).value(1)).isEqualTo(3.0);
    }

    @Test
    void readsCrlfLinesAndAByteOrderMark() throws Exception {
        Instances data = load("\uFEFFx,y\r\n1,a\r\n2,b\r\n");

        assertThat(data.attribute(0).name()).isEqualTo("x");
        assertThat(data.numInstances()).isEqualTo(2);
        assertThat(data.instance(1).stringValue(1)).isEqualTo("b");
        assertThat(data.attribute(1).value(1)).isEqualTo("b");
    }

    @Test
    void emptyFieldsAndMissingTokensAreMissing() throws Exception {
        Instances data = load("x,c\n1,a\n?,NA\n,b\nNA,\n", Map.of("missing", "?, NA"));

        assertThat(data.attribute("x").isNumeric()).isTrue();
        assertThat(data.instance(1).isMissing(0)).isTrue();
        assertThat(data.instance(1).isMissing(1)).isTrue();
        assertThat(data.instance(2).isMissing(0)).isTrue();
        assertThat(data.instance(3).isMissing(0)).isTrue();
        assertThat(data.instance(3).isMissing(1)).isTrue();
        assertThat(data.attribute("c").numValues()).isEqualTo(2);
    }

    @Test
    void columnWithNumbersThenTextIsNominalWithOriginalSpelling() throws Exception {
        Instances data = load("code,y\n007,1\n1.50,2\nA12,3\n", Map.of("classColumn", "y"));

        Attribute code = data.attribute("code");
        assertThat(code.isNominal()).isTrue();
        assertThat(data.instance(0).stringValue(0)).isEqualTo("007");
        assertThat(data.instance(1).stringValue(0)).isEqualTo("1.50");
        assertThat(data.instance(2).stringValue(0)).isEqualTo("A12");
    }

    @Test
    void classColumnByName() throws Exception {
        Instances data = load("a,target,b\n1,x,2\n3,y,4\n", Map.of("classColumn", "target"));

        assertThat(data.classIndex()).isEqualTo(1);
    }

    @Test
    void unknownClassColumnNamesItAndListsTheColumns() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a,b\n1,2\n");

        NodeFailure failure = failure(node, dir, Map.of("path", "data.csv", "classColumn", "target"));

        assertThat(failure.getMessage()).contains("'target'").contains("a, b").contains("classColumn");
    }

    @Test
    void rowWithWrongFieldCountNamesFileAndLine() throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "a,b,c\n1,2,3\n4,5\n");

        NodeFailure failure = failure(node, dir, Map.of("path", "bad.csv"));

        assertThat(failure.getMessage()).contains("bad.csv, line 3: expected 3 fields, found 2");
    }

    @Test
    void repeatedHeaderNameIsRefusedWithItsName() throws Exception {
        Files.writeString(dir.resolve("twice.csv"), "a,b,a\n1,2,3\n");

        NodeFailure failure = failure(node, dir, Map.of("path", "twice.csv"));

        assertThat(failure.getMessage()).contains("twice.csv, line 1").contains("'a'").contains("more than once");
    }

    @Test
    void delimiterOfSeveralCharactersIsRefused() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a;b\n1;2\n");

        NodeFailure failure = failure(node, dir, Map.of("path", "data.csv", "delimiter", ";;"));

        assertThat(failure.getMessage()).startsWith("delimiter:").contains("';;'");
    }

    @Test
    void missingFileNamesThePath() {
        NodeFailure failure = failure(node, dir, Map.of("path", "nowhere.csv"));

        assertThat(failure.getMessage()).contains(dir.resolve("nowhere.csv").toString()).contains("does not exist");
    }

    @Test
    void withoutHeaderColumnsAreNamedLikeWeka() throws Exception {
        Instances data = load("1,2,x\n3,4,y\n", Map.of("header", false));

        assertThat(data.numInstances()).isEqualTo(2);
        assertThat(List.of(data.attribute(0).name(), data.attribute(1).name(), data.attribute(2).name()))
                .containsExactly("att1", "att2", "att3");
    }

    @Test
    void tabDelimiter() throws Exception {
        Instances data = load("a\tb\n1,5\tx y\n", Map.of("delimiter", "\\t"));

        assertThat(data.numAttributes()).isEqualTo(2);
        assertThat(data.instance(0).stringValue(0)).isEqualTo("1,5");
        assertThat(data.instance(0).stringValue(1)).isEqualTo("x y");
    }

    @Test
    void irisAsCsvGivesTheSameValuesAsTheArff() throws Exception {
        Instances arff = iris();
        StringBuilder csv = new StringBuilder();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < arff.numAttributes(); i++) {
            names.add(arff.attribute(i).name());
        }
        csv.append(String.join(",", names)).append('\n');
        for (int r = 0; r < arff.numInstances(); r++) {
            csv.append(arff.instance(r).toString()).append('\n');
        }

        Instances data = load(csv.toString());

        assertThat(data.numInstances()).isEqualTo(150);
        assertThat(data.equalHeaders(arff)).as(data.equalHeadersMsg(arff)).isTrue();
        for (int r = 0; r < arff.numInstances(); r++) {
            assertThat(data.instance(r).toDoubleArray()).containsExactly(arff.instance(r).toDoubleArray());
        }
    }

    @Test
    void configureReturnsTheColumnsAndClassWithoutRows() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "x,colour,label\n1,red,a\n2,blue,b\n");

        Instances spec = configure(node, dir, Map.of("path", "data.csv"));

        assertThat(spec.numInstances()).isZero();
        assertThat(spec.attribute("x").isNumeric()).isTrue();
        assertThat(spec.attribute("colour").isNominal()).isTrue();
        assertThat(spec.attribute("colour").numValues()).isEqualTo(2);
        assertThat(spec.classAttribute().name()).isEqualTo("label");
    }

    @Test
    void configureWithMissingFileNamesThePath() {
        NodeFailure failure = catchThrowableOfType(NodeFailure.class,
                () -> configure(node, dir, Map.of("path", "absent.csv")));

        assertThat(failure.getMessage()).contains(dir.resolve("absent.csv").toString());
    }

    @Test
    void reportsProgressWhileReading() throws Exception {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 120_000; i++) {
            csv.append(i).append(",x\n");
        }
        Files.writeString(dir.resolve("big.csv"), csv);
        DirectNodeContext context = new DirectNodeContext(dir);

        node.execute(new io.pipewright.node.NodeInputs(Map.of()),
                IngestTestSupport.bind(node, Map.of("path", "big.csv")), context);

        assertThat(context.progress).isNotEmpty().isSorted();
        assertThat(context.progress.get(context.progress.size() - 1)).isGreaterThan(0.8);
    }

    @Test
    void cancelledRunStopsWithCancelledException() throws Exception {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 60_000; i++) {
            csv.append(i).append(",x\n");
        }
        Files.writeString(dir.resolve("big.csv"), csv);
        DirectNodeContext context = new DirectNodeContext(dir);
        context.cancelled.set(true);

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> node.execute(
                new io.pipewright.node.NodeInputs(Map.of()), IngestTestSupport.bind(node, Map.of("path", "big.csv")), context));

        assertThat(thrown).isInstanceOf(io.pipewright.node.CancelledException.class);
    }

    static Instances iris() throws Exception {
        try (InputStream in = CsvIngestNodeTest.class.getResourceAsStream("/datasets/iris.arff")) {
            if (in == null) {
                throw new IOException("iris.arff is missing from the test resources");
            }
            Instances data = new DataSource(in).getDataSet();
            data.setClassIndex(data.numAttributes() - 1);
            return data;
        }
    }
}
