package io.pipewright.nodes.ingest;

import io.pipewright.node.NodeFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Attribute;
import weka.core.Instances;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.pipewright.nodes.ingest.IngestTestSupport.failure;
import static io.pipewright.nodes.ingest.IngestTestSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

class JsonIngestNodeTest {
    @TempDir
    Path dir;

    private final JsonIngestNode node = new JsonIngestNode();

    private Instances load(String json, Map<String, Object> extra) throws Exception {
        Files.writeString(dir.resolve("rows.json"), json);
        Map<String, Object> raw = new java.util.HashMap<>(extra);
        raw.put("path", "rows.json");
        return run(node, dir, raw);
    }

    @Test
    void readsAnArrayOfObjectsWithTheUnionOfKeys() throws Exception {
        Instances data = load("[{\"x\": 1.5, \"ok\": true, \"kind\": \"a\"},\n {\"x\": 2, \"kind\": \"b\", \"extra\": 7},\n"
                + " {\"x\": null, \"ok\": false, \"kind\": \"a\"}]", Map.of("classColumn", "kind"));

        assertThat(List.of(data.attribute(0).name(), data.attribute(1).name(), data.attribute(2).name(),
                data.attribute(3).name())).containsExactly("x", "ok", "kind", "extra");
        assertThat(data.numInstances()).isEqualTo(3);
        assertThat(data.instance(0).value(0)).isEqualTo(1.5);
        assertThat(data.instance(2).isMissing(0)).isTrue();
        assertThat(data.instance(0).isMissing(3)).isTrue();
        assertThat(data.instance(1).value(3)).isEqualTo(7.0);
        assertThat(data.classAttribute().name()).isEqualTo("kind");
    }

    @Test
    void booleansBecomeNominalFalseTrue() throws Exception {
        Instances data = load("[{\"ok\": true, \"n\": 1}, {\"ok\": false, \"n\": 2}]", Map.of());

        Attribute ok = data.attribute("ok");
        assertThat(ok.isNominal()).isTrue();
        assertThat(List.of(ok.value(0), ok.value(1))).containsExactly("false", "true");
        assertThat(data.instance(0).stringValue(ok)).isEqualTo("true");
    }

    @Test
    void readsJsonLines() throws Exception {
        Instances data = load("{\"a\": 1, \"b\": \"x\"}\n{\"a\": 2, \"b\": \"y\"}\n\n{\"b\": \"x\", \"a\": 3}\n", Map.of());

        assertThat(data.numInstances()).isEqualTo(3);
        assertThat(data.instance(2).value(0)).isEqualTo(3.0);
        assertThat(data.instance(2).stringValue(1)).isEqualTo("x");
    }

    @Test
    void numbersThenTextKeepTheirOriginalText() throws Exception {
        Instances data = load("{\"code\": 1.50, \"y\": 1}\n{\"code\": \"A\", \"y\": 2}\n", Map.of());

        assertThat(data.attribute("code").isNominal()).isTrue();
        assertThat(data.instance(0).stringValue(0)).isEqualTo("1.50");
    }

    @Test
    void lateColumnWithNumbersThenTextIsReadAgainAsText() throws Exception {
        Instances data = load("{\"y\": 1}\n{\"y\": 2, \"code\": 7}\n{\"y\": 3, \"code\": \"B\"}\n",
                Map.of("classColumn", "y"));

        assertThat(data.instance(0).isMissing(1)).isTrue();
        assertThat(data.instance(1).stringValue(1)).isEqualTo("7");
        assertThat(data.instance(2).stringValue(1)).isEqualTo("B");
    }

    @Test
    void badJsonNamesFileAndLine() throws Exception {
        Files.writeString(dir.resolve("bad.json"), "[{\"a\": 1},\n{\"a\": 2,,}\n]");

        NodeFailure failure = failure(node, dir, Map.of("path", "bad.json"));

        assertThat(failure.getMessage()).contains("bad.json, line 2");
    }

    @Test
    void nestedObjectIsRefusedWithItsKey() throws Exception {
        Files.writeString(dir.resolve("nested.json"), "{\"a\": 1}\n{\"a\": {\"b\": 2}}\n");

        NodeFailure failure = failure(node, dir, Map.of("path", "nested.json"));

        assertThat(failure.getMessage()).contains("nested.json, line 2").contains("'a'").contains("flat objects");
    }
}
