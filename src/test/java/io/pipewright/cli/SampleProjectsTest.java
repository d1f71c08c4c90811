package io.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pipewright.testing.SampleFolders;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every sample pipeline that ships runs end to end from a copy of its folder. */
class SampleProjectsTest {
    @TempDir
    Path dir;

    static List<Path> samplePipelines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("sample-projects"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pipeline.json")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("samplePipelines")
    void samplePipelineRunsEndToEnd(Path pipeline) throws Exception {
        Path folder = pipeline.getParent();
        Path copy = SampleFolders.copy(folder, dir.resolve(folder.getFileName().toString()));
        CliRunner.Outcome outcome = CliRunner.run("run", copy.resolve(pipeline.getFileName().toString()).toString(),
                "--json", "--no-cache");
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(outcome.out());
        assertThat(root.get("status").asText()).isEqualTo("succeeded");
        root.get("nodes").forEach(n -> assertThat(n.get("status").asText()).as(n.get("id").asText()).isEqualTo("succeeded"));
    }
}
