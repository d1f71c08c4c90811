package io.pipewright.cli;

import io.pipewright.exec.Compilation;
import io.pipewright.exec.FileFingerprints;
import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunListener;
import io.pipewright.exec.RunOptions;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.RunRecord;
import io.pipewright.store.RunStart;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Records a real run of the iris sample the way RunCommand is to call the store, and reads it back. */
class RecordRealRunTest {
    @TempDir
    Path dir;

    @Test
    void irisSampleRunIsRecordedWithItsMetricsInputsAndSeeds() throws Exception {
        Path project = dir.resolve("iris");
        Files.createDirectories(project);
        for (String name : List.of("iris-j48.pipeline.json", "iris.csv")) {
            Files.copy(Path.of("sample-projects/iris", name), project.resolve(name));
        }
        Path file = project.resolve("iris-j48.pipeline.json");
        List<String> overrides = List.of("cv.folds=5");
        Compilation compilation = io.pipewright.batch.PipelineFiles.load(file, overrides, NodeCatalog.load());
        assertThat(compilation.ok()).as(String.valueOf(compilation.problems())).isTrue();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long id = ws.runs().start(RunStart.forFile(file, compilation.compiled().pipeline(), overrides, "Iris",
                    Versions.app(), Versions.weka()));
            RunResult result;
            try (PipelineExecutor executor = PipelineExecutor.withCores(OutputCache.NONE)) {
                result = executor.run(compilation.compiled(), new RunOptions(java.util.Set.of(), false), RunListener.NONE);
            }
            ws.runs().finish(id, result);
            assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);

            RunRecord r = ws.runs().require(id);
            assertThat(r.status()).isEqualTo("succeeded");
            assertThat(r.pipelineName()).isEqualTo("Iris J48");
            assertThat(r.revision()).isEqualTo(1);
            assertThat(r.pipelineSha256()).isEqualTo(FileFingerprints.sha256(file));
            assertThat(r.wekaVersion()).isEqualTo(weka.core.Version.VERSION);
            assertThat(r.overrides()).containsExactly("cv.folds=5");
            assertThat(((Map<?, ?>) r.parameters().get("cv")).get("folds")).isEqualTo(5);
            assertThat(r.seeds()).containsEntry("cv.seed", 1).containsEntry("split.seed", 1);
            assertThat(r.inputs()).anySatisfy(in -> {
                assertThat(in.nodeId()).isEqualTo("load");
                assertThat(in.sha256()).isEqualTo(FileFingerprints.sha256(project.resolve("iris.csv")));
            });
            Map<?, ?> cvReport = (Map<?, ?>) result.node("cv").orElseThrow().reports().get("metrics");
            assertThat(r.metrics().get("cv").get("accuracy")).isEqualTo(((Number) cvReport.get("accuracy")).doubleValue());
            assertThat(r.metrics()).containsKeys("cv", "holdout");
            assertThat(r.nodes()).hasSize(6);
            // The revision keeps the file as written (folds 10); the override is recorded beside it.
            assertThat(ws.revisions().open(ws.revisions().get("Iris", "Iris J48", 1)).node("cv").orElseThrow().params())
                    .containsEntry("folds", 10);
        }
    }
}
