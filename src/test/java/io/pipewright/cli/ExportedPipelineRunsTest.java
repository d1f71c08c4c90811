package io.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pipewright.app.project.OpenedPipeline;
import io.pipewright.app.project.PipelineExporter;
import io.pipewright.app.project.ProjectService;
import io.pipewright.app.project.SampleFolder;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A pipeline the designer exports out of its project runs unchanged with {@code pipewright run}. */
class ExportedPipelineRunsTest {
    @TempDir
    Path dir;

    @Test
    void anExportedSamplePipelineRunsWithTheCommandLineFromAnotherFolder() throws Exception {
        NodeCatalog catalog = NodeCatalog.load();
        Path exported;
        try (Workspace ws = Workspace.open(dir.resolve("workspace"))) {
            ProjectService service = new ProjectService(ws, catalog);
            service.importSamples(SampleFolder.list(Path.of("sample-projects")));
            OpenedPipeline iris = service.open("iris");
            exported = new PipelineExporter(catalog).export(iris.pipeline(), iris.folder(),
                    dir.resolve("shared/with a space/iris.pipeline.json"));
        }

        CliRunner.Outcome outcome = CliRunner.run("run", exported.toString(), "--json", "--no-cache");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(outcome.out());
        assertThat(root.get("status").asText()).isEqualTo("succeeded");
        assertThat(exported.resolveSibling("output/iris-j48.model")).exists();
        assertThat(Files.readString(exported)).doesNotContain(".tmp");
    }
}
