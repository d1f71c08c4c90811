package io.pipewright.app.project;

import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.Workspace;
import io.pipewright.store.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating, opening and saving projects on a real H2 workspace. */
class ProjectServiceTest {
    private static final NodeCatalog CATALOG = NodeCatalog.load();

    @TempDir
    Path dir;

    @Test
    void aSavedPipelineIsFoundIdenticalAfterTheWorkspaceIsClosedAndOpenedAgain() {
        Pipeline edited;
        try (Workspace ws = Workspace.open(dir)) {
            ProjectService service = new ProjectService(ws, CATALOG);
            service.importSamples(SampleFolder.list(Path.of("sample-projects")));
            OpenedPipeline opened = service.open("iris");
            edited = opened.pipeline().withNode(opened.pipeline().node("cv").orElseThrow().withParam("folds", 5));
            OpenedPipeline saved = service.save(opened, edited, "five folds");
            assertThat(saved.revision()).isEqualTo(2);
        }
        try (Workspace ws = Workspace.open(dir)) {
            OpenedPipeline reopened = new ProjectService(ws, CATALOG).open("iris");

            assertThat(reopened.pipeline()).isEqualTo(edited);
            assertThat(reopened.revision()).isEqualTo(2);
            assertThat(ws.revisions().get("iris", "Iris J48", 2).message()).isEqualTo("five folds");
        }
    }

    @Test
    void everySaveIsANewRevisionAndRefreshesTheProjectFoldersCopy() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ProjectService service = new ProjectService(ws, CATALOG);
            OpenedPipeline created = service.create("Churn", "");
            OpenedPipeline first = service.save(created, created.pipeline(), null);
            Pipeline renamed = first.pipeline().withNode(io.pipewright.graph.NodeInstance.of("load", "ingest.csv",
                    java.util.Map.of("path", "churn.csv")));
            OpenedPipeline second = service.save(first, renamed, "");

            assertThat(List.of(first.revision(), second.revision())).containsExactly(1, 2);
            assertThat(new PipelineReader().read(second.file())).isEqualTo(renamed);
            assertThat(second.file().getParent()).isEqualTo(created.folder());
        }
    }

    @Test
    void savingUnchangedContentWithoutAMessageKeepsTheLatestRevision() {
        try (Workspace ws = Workspace.open(dir)) {
            ProjectService service = new ProjectService(ws, CATALOG);
            service.importSamples(SampleFolder.list(Path.of("sample-projects")));
            OpenedPipeline opened = service.open("iris");

            OpenedPipeline again = service.save(opened, opened.pipeline(), "");
            OpenedPipeline withMessage = service.save(again, opened.pipeline(), "a checkpoint");

            assertThat(again.revision()).isEqualTo(1);
            assertThat(withMessage.revision()).isEqualTo(2);
        }
    }

    @Test
    void recentProjectsListTheMostRecentlyOpenedFirst() {
        try (Workspace ws = Workspace.open(dir)) {
            ProjectService service = new ProjectService(ws, CATALOG);
            service.importSamples(SampleFolder.list(Path.of("sample-projects")));
            service.open("iris");
            service.open("healthcare-diabetes");
            service.open("iris");

            assertThat(service.recent()).extracting(p -> p.project().name()).containsExactly("iris", "healthcare-diabetes");
        }
    }

    @Test
    void aSecondProjectOfTheSameNameIsRefusedWithTheReason() {
        try (Workspace ws = Workspace.open(dir)) {
            ProjectService service = new ProjectService(ws, CATALOG);
            service.create("Churn", "");

            assertThatThrownBy(() -> service.create("churn", "")).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("already exists");
        }
    }

    @Test
    void anImportedFileStillFindsItsDataFromTheProjectFolder() throws Exception {
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.copy(Path.of("sample-projects/iris/iris-j48.pipeline.json"), elsewhere.resolve("iris-j48.pipeline.json"));
        Files.copy(Path.of("sample-projects/iris/iris.csv"), elsewhere.resolve("iris.csv"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            OpenedPipeline imported = new ProjectService(ws, CATALOG).importFile(elsewhere.resolve("iris-j48.pipeline.json"), "Flowers");

            assertThat(imported.revision()).isEqualTo(1);
            String path = (String) imported.pipeline().node("load").orElseThrow().params().get("path");
            assertThat(imported.folder().resolve(path).normalize()).isEqualTo(elsewhere.resolve("iris.csv").toAbsolutePath().normalize());
            assertThat(imported.pipeline().node("save-model").orElseThrow().params()).containsEntry("path", "output/iris-j48.model");
        }
    }
}
