package io.pipewright.app.project;

import io.pipewright.format.PipelineReader;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.ProjectSummary;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** First start: the samples become projects of the workspace, once each, with their data in a writable folder. */
class SampleImportTest {
    private static final NodeCatalog CATALOG = NodeCatalog.load();

    @TempDir
    Path dir;

    @Test
    void everyShippedSampleBecomesAProjectWithItsPipelineAsRevisionOne() {
        List<SampleProject> samples = SampleFolder.list(Path.of("sample-projects"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            List<SampleProject> imported = new ProjectService(ws, CATALOG).importSamples(samples);

            assertThat(imported).extracting(SampleProject::key).contains("iris", "finance-credit-risk", "healthcare-diabetes", "retail-churn");
            assertThat(ws.projects().list()).extracting(p -> p.project().name()).containsAll(imported.stream().map(SampleProject::key).toList());
            assertThat(ws.revisions().get("iris", "Iris J48", null).revision()).isEqualTo(1);
        }
    }

    @Test
    void aSecondStartImportsNothingAndDuplicatesNothing() {
        List<SampleProject> samples = SampleFolder.list(Path.of("sample-projects"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            new ProjectService(ws, CATALOG).importSamples(samples);
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            List<SampleProject> again = new ProjectService(ws, CATALOG).importSamples(samples);

            assertThat(again).isEmpty();
            assertThat(ws.projects().list()).hasSize(samples.size());
            assertThat(ws.revisions().list("iris", "Iris J48")).hasSize(1);
        }
    }

    @Test
    void aSampleAddedLaterIsImportedOnTheNextStart() throws IOException {
        Path shipped = dir.resolve("samples");
        copyTree(Path.of("sample-projects/iris"), shipped.resolve("iris"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            new ProjectService(ws, CATALOG).importSamples(SampleFolder.list(shipped));
        }
        copyTree(Path.of("sample-projects/healthcare-diabetes"), shipped.resolve("healthcare-diabetes"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            List<SampleProject> imported = new ProjectService(ws, CATALOG).importSamples(SampleFolder.list(shipped));

            assertThat(imported).extracting(SampleProject::key).containsExactly("healthcare-diabetes");
            assertThat(ws.projects().list()).extracting(ProjectSummary::project).extracting(p -> p.name())
                    .containsExactlyInAnyOrder("iris", "healthcare-diabetes");
        }
    }

    @Test
    void samplesInstalledReadOnlyAreCopiedIntoAWritableProjectFolderWhereTheirPathsResolve() throws Exception {
        Path shipped = dir.resolve("opt/samples");
        copyTree(Path.of("sample-projects/iris"), shipped.resolve("iris"));
        makeReadOnly(shipped);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ProjectService service = new ProjectService(ws, CATALOG);
            service.importSamples(SampleFolder.list(shipped));
            OpenedPipeline opened = service.open("iris");

            assertThat(opened.folder()).startsWith(dir.resolve("ws").toAbsolutePath());
            assertThat(Files.isWritable(opened.folder())).isTrue();
            assertThat(opened.folder().resolve("iris.csv")).hasSameBinaryContentAs(Path.of("sample-projects/iris/iris.csv"));
            assertThat(Files.isWritable(opened.folder().resolve("iris.csv"))).isTrue();
            assertThat(new PipelineReader().read(opened.file())).isEqualTo(opened.pipeline());
            assertThat(opened.pipeline().node("load").orElseThrow().params()).containsEntry("path", "iris.csv");
        } finally {
            makeWritable(shipped);
        }
    }

    @Test
    void theRetailChurnSampleIsImportedWithItsBatchesSubfolder() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ProjectService service = new ProjectService(ws, CATALOG);
            service.importSamples(SampleFolder.list(Path.of("sample-projects")));
            OpenedPipeline opened = service.open("retail-churn");

            assertThat(opened.pipeline().name()).isEqualTo("Retail churn monitoring");
            assertThat(opened.pipeline().node("batch").orElseThrow().params()).containsEntry("path", "batches/batch-01.csv");
            try (Stream<Path> batches = Files.list(opened.folder().resolve("batches"))) {
                assertThat(batches.map(f -> f.getFileName().toString()).sorted().toList()).hasSize(12)
                        .startsWith("batch-01.csv").endsWith("batch-12.csv");
            }
            assertThat(opened.folder().resolve("batches/batch-12.csv"))
                    .hasSameBinaryContentAs(Path.of("sample-projects/retail-churn/batches/batch-12.csv"));
            assertThat(opened.folder().resolve("run-year.sh")).exists();
        }
    }

    @Test
    void aProjectTheCommandLineRecordedFirstKeepsItsRevisionsAndGetsTheSamplesData() throws Exception {
        Path sample = Path.of("sample-projects/retail-churn");
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            ws.projects().create("retail-churn", "recorded by run-year.sh");
            ws.revisions().save("retail-churn", new PipelineReader().read(sample.resolve("retail-churn-monitoring.pipeline.json")),
                    "recorded by watch");
            ProjectService service = new ProjectService(ws, CATALOG);
            Path folder = service.folderOf("retail-churn");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("base-month.csv"), "edited by the user\n");

            service.importSamples(SampleFolder.list(Path.of("sample-projects")));

            assertThat(ws.revisions().list("retail-churn", "Retail churn monitoring")).hasSize(1);
            assertThat(folder.resolve("batches/batch-07.csv")).hasSameBinaryContentAs(sample.resolve("batches/batch-07.csv"));
            assertThat(folder.resolve("base-month.csv")).hasContent("edited by the user");
        }
    }

    @Test
    void aSamplesTitleAndDescriptionComeFromItsReadme() throws IOException {
        SampleProject iris = SampleProject.read(Path.of("sample-projects/iris"));

        assertThat(iris.title()).isEqualTo("Iris quick start");
        assertThat(iris.description()).isEqualTo("The five-minute tour: load a CSV, split it, train a J48 decision tree, "
                + "evaluate it two ways and save the model.");
        assertThat(iris.headline()).isEqualTo(iris.description());
    }

    @Test
    void theSimplestSampleIsListedFirst() {
        assertThat(SampleFolder.list(Path.of("sample-projects")).get(0).key()).isEqualTo("iris");
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void makeReadOnly(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().setWritable(false, false));
        }
    }

    private static void makeWritable(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.forEach(f -> f.toFile().setWritable(true, true));
        }
    }
}
