package io.pipewright.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pipewright.graph.Edge;
import io.pipewright.graph.Pipeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {
    private final PipelineReader reader = new PipelineReader();
    private final PipelineWriter writer = new PipelineWriter();

    @Test
    void v0FixtureLoadsAsExactlyTheSamePipelineAsV1Fixture() throws Exception {
        Pipeline v0 = reader.read(Fixtures.resource("iris-v0.pipeline.json"));
        Pipeline v1 = reader.read(Fixtures.resource("iris-v1.pipeline.json"));

        assertThat(v0).isEqualTo(v1);
        assertThat(v0).isEqualTo(Fixtures.irisJ48());
    }

    @Test
    void v0FixtureSavesAsTheCanonicalV1File() throws Exception {
        Pipeline v0 = reader.read(Fixtures.resource("iris-v0.pipeline.json"));

        assertThat(writer.write(v0)).isEqualTo(Files.readString(Fixtures.resource("iris-v1.pipeline.json")));
    }

    @Test
    void v0LinkEndSplitsAtTheLastDotSoNodeIdsMayHoldDots() throws Exception {
        String v0 = """
                {"formatVersion": 0, "name": "dots",
                 "nodes": [{"id": "load.csv", "kind": "ingest.csv"}, {"id": "view", "kind": "output.table"}],
                 "links": [{"source": "load.csv.data", "target": "view.data"}]}
                """;

        Pipeline pipeline = reader.read(v0, "dots.json");

        assertThat(pipeline.edges()).containsExactly(Edge.of("load.csv:data", "view:data"));
    }

    @Test
    void v0FileNamingAnotherFormatIsRefused() {
        String v0 = """
                {"format": "other.tool", "formatVersion": 0, "name": "x", "nodes": []}
                """;

        assertThatThrownBy(() -> reader.read(v0, "other.json"))
                .isInstanceOf(PipelineFormatException.class)
                .hasMessageContaining("other.json")
                .hasMessageContaining("not a Pipewright pipeline");
    }

    @Test
    void problemInMigratedFileSaysItWasUpgradedAndNamesTheUpgradedPath() {
        String v0 = """
                {"formatVersion": 0, "name": "bad link",
                 "nodes": [{"id": "a", "kind": "t"}],
                 "links": [{"source": "a", "target": "a.in"}]}
                """;

        assertThatThrownBy(() -> reader.read(v0, "old.json"))
                .isInstanceOf(PipelineFormatException.class)
                .hasMessageContaining("old.json (format version 0, upgraded to 1)")
                .hasMessageContaining("edges[0].from: 'a' is not of the form nodeId:port");
    }

    @Test
    void migrateLeavesTheGivenTreeUnchanged() throws Exception {
        ObjectNode v0 = (ObjectNode) new ObjectMapper().readTree(Files.readString(Fixtures.resource("iris-v0.pipeline.json")));
        ObjectNode before = v0.deepCopy();

        ObjectNode v1 = Migrations.migrate(v0, 0);

        assertThat(v0).isEqualTo(before);
        assertThat(v1.get("formatVersion").intValue()).isEqualTo(Migrations.CURRENT_VERSION);
        assertThat(v1.get("format").textValue()).isEqualTo(PipelineReader.FORMAT_ID);
        assertThat(v1.has("links")).isFalse();
        assertThat(v1.has("positions")).isFalse();
    }

    @Test
    void migrateRefusesAVersionNewerThanTheChain() {
        ObjectNode root = new ObjectMapper().createObjectNode();

        assertThatThrownBy(() -> Migrations.migrate(root, Migrations.CURRENT_VERSION + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no migration from format version " + (Migrations.CURRENT_VERSION + 1));
    }
}
