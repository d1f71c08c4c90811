package io.pipewright.format;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineWriterTest {
    private final PipelineReader reader = new PipelineReader();
    private final PipelineWriter writer = new PipelineWriter();

    private static Pipeline onePipeline(Map<String, Object> params) {
        return new Pipeline("p", List.of(NodeInstance.of("a", "t.x", params)), List.of());
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void canonicalFileIsWrittenBackByteForByte() throws Exception {
        for (String name : List.of("iris-v1.pipeline.json", "unknown-type.pipeline.json")) {
            Path file = Fixtures.resource(name);

            assertThat(writer.write(reader.read(file))).as(name).isEqualTo(Files.readString(file));
        }
    }

    @Test
    void readingWhatWasWrittenGivesAnEqualPipeline() throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("int", 7);
        params.put("long", 1L << 40);
        params.put("big", new BigInteger("123456789012345678901234567890"));
        params.put("fraction", 0.1);
        params.put("wholeDouble", 3.0);
        params.put("tiny", 1.0e-12);
        params.put("huge", 6.02e23);
        params.put("text", "quote \" backslash \\ newline \n tab \t unicode é ✓");
        params.put("flag", false);
        params.put("nothing", null);
        params.put("list", Arrays.asList(1, null, "x", List.of(), Map.of("k", List.of(2.5))));
        Pipeline pipeline = new Pipeline("Round \"trip\"", List.of(
                new NodeInstance("a", "t.x", 3, params),
                NodeInstance.of("b", "t.y", Map.of())),
                List.of(Edge.of("a:out", "b:in")),
                Layout.EMPTY.with("b", new Point(-0.0, 1e20)).with("a", new Point(12.75, -3)),
                Map.of("note", "kept", "numbers", List.of(1, 2.5)));

        assertThat(reader.read(writer.write(pipeline), "mem")).isEqualTo(pipeline);
    }

    @Test
    void twoWritesOfOnePipelineAreByteIdentical() throws Exception {
        Pipeline pipeline = reader.read(Fixtures.resource("unknown-type.pipeline.json"));

        assertThat(writer.write(pipeline)).isEqualTo(writer.write(pipeline));
    }

    @Test
    void parameterInsertionOrderDoesNotChangeTheBytes() {
        Map<String, Object> innerAB = new LinkedHashMap<>();
        innerAB.put("a", 1);
        innerAB.put("b", List.of(Map.of("y", 1, "x", 2)));
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("alpha", innerAB);
        ab.put("zeta", "z");
        Map<String, Object> innerBA = new LinkedHashMap<>();
        innerBA.put("b", List.of(Map.of("x", 2, "y", 1)));
        innerBA.put("a", 1);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("zeta", "z");
        ba.put("alpha", innerBA);

        String first = writer.write(onePipeline(ab));

        assertThat(writer.write(onePipeline(ba))).isEqualTo(first);
        assertThat(first).contains("\"params\": {\n        \"alpha\": {\n          \"a\": 1,\n          \"b\": [");
    }

    @Test
    void integralNumbersStayIntegralAndDoublesKeepTheirFraction() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("count", 1);
        params.put("ratio", 1.0);
        params.put("rate", 0.1);
        Pipeline pipeline = onePipeline(params).withLayout(Layout.EMPTY.with("a", new Point(40, 80.5)));

        String json = writer.write(pipeline);

        assertThat(json).contains("\"count\": 1,\n", "\"rate\": 0.1,\n", "\"ratio\": 1.0\n",
                "\"a\": { \"x\": 40, \"y\": 80.5 }");
    }

    @Test
    void usesTwoSpaceIndentLineFeedsAndATrailingNewline() {
        String json = writer.write(new Pipeline("empty", List.of(), List.of()));

        assertThat(json).isEqualTo("""
                {
                  "format": "pipewright.pipeline",
                  "formatVersion": 1,
                  "name": "empty",
                  "nodes": [],
                  "edges": [],
                  "layout": {}
                }
                """);
    }

    @Test
    void layoutFollowsNodeOrderThenOtherIdsSorted() {
        Pipeline pipeline = new Pipeline("p", List.of(NodeInstance.of("z", "t", Map.of()), NodeInstance.of("m", "t", Map.of())),
                List.of(), Layout.EMPTY.with("orphan2", new Point(0, 0)).with("m", new Point(1, 1))
                .with("orphan1", new Point(2, 2)).with("z", new Point(3, 3)), Map.of());

        String json = writer.write(pipeline);

        assertThat(json).containsSubsequence("\"z\": {", "\"m\": {", "\"orphan1\": {", "\"orphan2\": {");
    }

    @Test
    void extrasComeLastSortedByKey() {
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("zz", 1);
        extras.put("aa", Map.of("b", 2, "a", 1));
        Pipeline pipeline = new Pipeline("p", List.of(), List.of(), Layout.EMPTY, extras);

        assertThat(writer.write(pipeline)).endsWith("""
                  "layout": {},
                  "aa": {
                    "a": 1,
                    "b": 2
                  },
                  "zz": 1
                }
                """);
    }

    @Test
    void unknownNodeTypeWithNestedParamsSurvivesLoadAndSave(@TempDir Path dir) throws Exception {
        Pipeline loaded = reader.read(Fixtures.resource("unknown-type.pipeline.json"));
        Path saved = dir.resolve("saved.pipeline.json");

        writer.write(loaded, saved);

        NodeInstance magic = reader.read(saved).node("magic").orElseThrow();
        assertThat(magic.type()).isEqualTo("vendor.magic");
        assertThat(magic.typeVersion()).isEqualTo(7);
        assertThat(magic.params()).isEqualTo(loaded.node("magic").orElseThrow().params());
        assertThat(((Map<?, ?>) ((Map<?, ?>) magic.params().get("settings")).get("nested")).get("level")).isEqualTo(3);
        assertThat(Files.readString(saved)).isEqualTo(Files.readString(Fixtures.resource("unknown-type.pipeline.json")));
    }

    @Test
    void writingToAPathReplacesTheOldFileAndLeavesNoTempFiles(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("iris.pipeline.json");
        Files.writeString(target, "old content");
        Pipeline pipeline = Fixtures.irisJ48();

        writer.write(pipeline, target);

        assertThat(Files.readString(target)).isEqualTo(writer.write(pipeline));
        assertThat(listing(dir)).containsExactly("iris.pipeline.json");
    }

    @Test
    void failedWriteLeavesTheOldFileByteIdenticalAndNoTempFiles(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("iris.pipeline.json");
        writer.write(Fixtures.irisJ48(), target);
        byte[] before = Files.readAllBytes(target);
        // The bad value sits in the last node, so the writer has already streamed most of the file.
        List<NodeInstance> nodes = new ArrayList<>(Fixtures.irisJ48().nodes());
        nodes.add(NodeInstance.of("late", "t.x", Map.of("when", Instant.EPOCH)));
        Pipeline broken = new Pipeline("broken", nodes, List.of());

        assertThatThrownBy(() -> writer.write(broken, target))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node 'late', parameter 'when'")
                .hasMessageContaining("java.time.Instant");

        assertThat(Files.readAllBytes(target)).isEqualTo(before);
        assertThat(listing(dir)).containsExactly("iris.pipeline.json");
    }

    @Test
    void nonFiniteNumberIsRefusedNamingWhereItIs() {
        Map<String, Object> params = Map.of("deep", List.of(Map.of("x", Double.NaN)));

        assertThatThrownBy(() -> writer.write(onePipeline(params)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("node 'a', parameter 'deep'[0].x: NaN cannot be written to a pipeline file");
    }

    @Test
    void extraFieldNamedLikeAPipelineFieldIsRefused() {
        Pipeline pipeline = new Pipeline("p", List.of(), List.of(), Layout.EMPTY, Map.of("nodes", List.of()));

        assertThatThrownBy(() -> writer.write(pipeline))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extra field 'nodes'");
    }

    @Test
    void savingKeepsTheFilePermissions(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("shared.pipeline.json");
        Files.writeString(target, "{}");
        Set<PosixFilePermission> groupWritable = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(target, groupWritable);

        writer.write(Fixtures.irisJ48(), target);

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(groupWritable);
    }
}
