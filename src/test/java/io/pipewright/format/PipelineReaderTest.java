package io.pipewright.format;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PipelineReaderTest {
    private final PipelineReader reader = new PipelineReader();

    private static String v1(String rest) {
        return "{\"format\": \"pipewright.pipeline\", \"formatVersion\": 1, " + rest + "}";
    }

    private PipelineFormatException failure(String json, String source) {
        return catchThrowableOfType(PipelineFormatException.class, () -> reader.read(json, source));
    }

    @Test
    void readsTheV1FixtureIntoTheModel() throws Exception {
        Pipeline pipeline = reader.read(Fixtures.resource("iris-v1.pipeline.json"));

        assertThat(pipeline).isEqualTo(Fixtures.irisJ48());
    }

    @Test
    void typeVersionDefaultsToOneAndParamsEdgesLayoutAreOptional() throws Exception {
        Pipeline pipeline = reader.read(v1("\"name\": \"min\", \"nodes\": [{\"id\": \"a\", \"type\": \"t.x\"}]"), "min.json");

        assertThat(pipeline).isEqualTo(new Pipeline("min", List.of(new NodeInstance("a", "t.x", 1, Map.of())), List.of()));
        assertThat(pipeline.layout()).isEqualTo(Layout.EMPTY);
    }

    @Test
    void paramsBecomePlainJavaValuesKeepingIntegersIntegral() throws Exception {
        Pipeline pipeline = reader.read(v1("""
                "name": "values", "nodes": [{"id": "a", "type": "t.x", "params": {
                  "int": 3, "long": 12345678901234, "big": 123456789012345678901234567890,
                  "double": 0.25, "exponent": 1e3, "text": "hi", "yes": true, "none": null,
                  "list": [1, "two", [3]], "map": {"z": 1, "a": 2, "m": 3}}}]
                """), "values.json");

        Map<String, Object> params = pipeline.nodes().get(0).params();
        assertThat(params.get("int")).isEqualTo(3);
        assertThat(params.get("long")).isEqualTo(12345678901234L);
        assertThat(params.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(params.get("double")).isEqualTo(0.25);
        assertThat(params.get("exponent")).isEqualTo(1000.0);
        assertThat(params.get("text")).isEqualTo("hi");
        assertThat(params.get("yes")).isEqualTo(true);
        assertThat(params).containsEntry("none", null);
        assertThat(params.get("list")).isEqualTo(Arrays.asList(1, "two", List.of(3)));
        assertThat(List.copyOf(((Map<?, ?>) params.get("map")).keySet())).isEqualTo(List.of("z", "a", "m"));
    }

    @Test
    void unknownTopLevelFieldsAreKeptAsExtras() throws Exception {
        Pipeline pipeline = reader.read(v1("\"name\": \"x\", \"nodes\": [], \"owner\": {\"team\": \"risk\"}, \"tags\": [\"a\"]"), "x.json");

        assertThat(pipeline.extras()).isEqualTo(Map.of("owner", Map.of("team", "risk"), "tags", List.of("a")));
    }

    @Test
    void classNameInParamsLoadsAsPlainDataAndNothingIsInitialised() throws Exception {
        Pipeline pipeline = reader.read(v1("""
                "name": "inject", "nodes": [
                  {"id": "a", "type": "train.weka-classifier", "params": {"classifier": {"class": "java.lang.Runtime", "options": []}}},
                  {"id": "b", "type": "train.weka-classifier", "params": {"classifier": {"class": "io.pipewright.format.InstantiationTripwire"}}}]
                """), "inject.json");

        assertThat(pipeline.nodes().get(0).params().get("classifier"))
                .isEqualTo(Map.of("class", "java.lang.Runtime", "options", List.of()));
        assertThat(pipeline.nodes().get(1).params().get("classifier"))
                .isEqualTo(Map.of("class", "io.pipewright.format.InstantiationTripwire"));
        assertThat(InstantiationTripwire.TripwireRecord.initialised).isFalse();
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() {
        String json = "{\n  \"format\": \"pipewright.pipeline\",\n  \"name\" \"missing colon\"\n}";

        PipelineFormatException e = failure(json, "broken.pipeline.json");

        assertThat(e.getMessage()).startsWith("broken.pipeline.json: line 3, column 10");
        assertThat(e.getMessage()).contains("not valid JSON");
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(10);
        });
    }

    @Test
    void duplicateKeyIsRefusedWithItsPlace() {
        String json = v1("\"name\": \"x\",\n \"nodes\": [{\"id\": \"a\",\n \"type\": \"t\", \"id\": \"b\"}]");

        PipelineFormatException e = failure(json, "dup.json");

        assertThat(e.getMessage()).contains("dup.json: line 3")
                .contains("nodes[0]: the key 'id' appears twice in the same object");
    }

    @Test
    void readingAPathNamesThatFileInTheMessage(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.pipeline.json");
        Files.writeString(file, "[1, 2]");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(PipelineFormatException.class)
                .hasMessage(file + ": line 1, column 1: expected a pipeline (a JSON object) at the top level, found a list");
    }

    @Test
    void emptyFileIsRefused() {
        assertThat(failure("  ", "empty.json").getMessage()).isEqualTo("empty.json: the file is empty; expected a pipeline (a JSON object)");
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        assertThat(failure(v1("\"name\": \"x\", \"nodes\": []") + "\n{}", "two.json").getMessage())
                .startsWith("two.json: line 2, column 1")
                .contains("unexpected content after the end");
    }

    @Test
    void missingFormatFieldIsRefused() {
        assertThat(failure("{\"formatVersion\": 1, \"name\": \"x\", \"nodes\": []}", "f.json").getMessage())
                .isEqualTo("f.json: line 1, column 1: missing \"format\": \"pipewright.pipeline\"; this is not a Pipewright pipeline file");
    }

    @Test
    void wrongFormatFieldIsRefusedWithItsPlace() {
        assertThat(failure("{\"format\": \"kf.flow\", \"formatVersion\": 1}", "f.json").getMessage())
                .isEqualTo("f.json: line 1, column 12, format: expected \"pipewright.pipeline\", found text 'kf.flow'; "
                        + "this is not a Pipewright pipeline file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"format\": \"kf.flow\", \"formatVersion\": 99}", "{\"formatVersion\": 99}", "{\"nodes\": []}"})
    void otherJsonIsRefusedAsNotAPipelineBeforeItsVersionIsLookedAt(String json) {
        assertThat(failure(json, "other.json").getMessage())
                .startsWith("other.json: line 1, column ")
                .endsWith("; this is not a Pipewright pipeline file");
    }

    @Test
    void missingFormatVersionIsRefused() {
        assertThat(failure("{\"format\": \"pipewright.pipeline\", \"name\": \"x\"}", "f.json").getMessage())
                .contains("f.json").contains("missing 'formatVersion'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1\"", "1.5", "-1", "null", "99999999999"})
    void invalidFormatVersionIsRefused(String version) {
        String json = "{\"format\": \"pipewright.pipeline\", \"formatVersion\": " + version + "}";

        assertThat(failure(json, "f.json").getMessage()).startsWith("f.json: line 1, column 52, formatVersion: expected a whole number of 0 or more");
    }

    @Test
    void newerFormatVersionIsRefusedWithAnUpdateMessage() {
        String json = "{\"format\": \"pipewright.pipeline\", \"formatVersion\": 7, \"name\": \"x\", \"nodes\": [], \"futureThing\": 1}";

        PipelineFormatException e = failure(json, "future.pipeline.json");

        assertThat(e.problems()).singleElement().extracting(FormatProblem::message).isEqualTo(
                "future.pipeline.json was written by a newer Pipewright (format version 7); "
                        + "this version reads format versions up to 1. Update Pipewright to open it.");
    }

    @Test
    void allBindingProblemsAreReportedAtOnceWithPathsAndLines() {
        String json = """
                {"format": "pipewright.pipeline", "formatVersion": 1, "name": "broken",
                 "nodes": [
                   {"type": "ingest.csv"},
                   {"id": "b", "type": "t", "params": ["not", "an", "object"]},
                   {"id": "c", "type": "t", "typeVersion": 0, "colour": "red"}
                 ],
                 "edges": [{"from": "loaddata", "to": "b:data"}],
                 "layout": {"b": {"x": "left", "y": 3}}
                }
                """;

        PipelineFormatException e = failure(json, "broken.json");

        assertThat(e.problems()).extracting(FormatProblem::toString).containsExactly(
                "line 3, column 4, nodes[0]: missing 'id' (the node's id)",
                "line 4, column 39, nodes[1].params: expected an object of parameter values, found a list",
                "line 5, column 57, nodes[2].colour: unknown field 'colour'; a node has only id, type, typeVersion, params",
                "line 5, column 44, nodes[2].typeVersion: expected a whole number of 1 or more, found the number 0",
                "line 7, column 21, edges[0].from: 'loaddata' is not of the form nodeId:port (e.g. \"load:data\")",
                "line 8, column 24, layout.b.x: expected a number, found text 'left'");
        assertThat(e.getMessage()).startsWith("broken.json has 6 problems:\n  line 3, column 4, nodes[0]: missing 'id'");
    }

    @Test
    void missingNameAndNodesAreReported() {
        PipelineFormatException e = failure("{\"format\": \"pipewright.pipeline\", \"formatVersion\": 1}", "bare.json");

        assertThat(e.problems()).extracting(FormatProblem::message).containsExactly(
                "missing 'name' (the pipeline's name)", "missing 'nodes' (the list of nodes; [] for none)");
    }

    @Test
    void layoutEntryWithoutYIsReported() {
        PipelineFormatException e = failure(v1("\"name\": \"x\", \"nodes\": [], \"layout\": {\"a\": {\"x\": 1}}"), "l.json");

        assertThat(e.problems()).extracting(FormatProblem::path, FormatProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("layout.a", "missing 'y' (a number)"));
    }

    @Test
    void edgesAndLayoutMayNameNodesThatDoNotExistSoTheEditorCanShowThem() throws Exception {
        Pipeline pipeline = reader.read(v1("""
                "name": "dangling", "nodes": [{"id": "a", "type": "t"}],
                "edges": [{"from": "a:out", "to": "ghost:in"}], "layout": {"ghost": {"x": 1.5, "y": 2}}
                """), "dangling.json");

        assertThat(pipeline.edges()).containsExactly(Edge.of("a:out", "ghost:in"));
        assertThat(pipeline.layout().positionOf("ghost")).contains(new Point(1.5, 2));
    }
}
