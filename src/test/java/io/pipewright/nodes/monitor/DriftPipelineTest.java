package io.pipewright.nodes.monitor;

import io.pipewright.exec.Compilation;
import io.pipewright.exec.NodeResult;
import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineCompiler;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunListener;
import io.pipewright.exec.RunOptions;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Problem;
import io.pipewright.node.NodeCatalog;
import io.pipewright.nodes.train.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;
import weka.core.converters.ArffSaver;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** reference-profile -> data-drift in a pipeline file, run by the executor; and wires the compiler refuses. */
class DriftPipelineTest {
    private static final String PIPELINE = """
            {
              "format": "pipewright.pipeline",
              "formatVersion": 1,
              "name": "Iris drift",
              "nodes": [
                { "id": "reference", "type": "ingest.arff", "typeVersion": 1, "params": { "path": "iris.arff" } },
                { "id": "batch", "type": "ingest.arff", "typeVersion": 1, "params": { "path": "batch.arff" } },
                { "id": "profile", "type": "monitor.reference-profile", "typeVersion": 1, "params": { "bins": 10 } },
                { "id": "drift", "type": "monitor.data-drift", "typeVersion": 1, "params": { "driftShare": 0.4 } }
              ],
              "edges": [
                { "from": "reference:data", "to": "profile:data" },
                { "from": "profile:profile", "to": "drift:reference" },
                { "from": "batch:data", "to": "drift:current" }
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void profileThenDriftRunsFromAFileAndReportsDrift() throws Exception {
        copyIris();
        writeArff(MonitorTestData.shifted(TestDatasets.load("iris"), 1.5, "petallength", "petalwidth"),
                dir.resolve("batch.arff"));
        Compilation compilation = compile(PIPELINE);
        assertThat(compilation.ok()).as(String.valueOf(compilation.problems())).isTrue();

        RunResult result;
        try (PipelineExecutor executor = PipelineExecutor.withCores(OutputCache.NONE)) {
            result = executor.run(compilation.compiled(), new RunOptions(Set.of(), false), RunListener.NONE);
        }

        assertThat(result.status()).isEqualTo(RunStatus.SUCCEEDED);
        NodeResult drift = result.node("drift").orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> report = (Map<String, Object>) drift.reports().get("drift");
        assertThat(report).containsEntry("datasetDrift", true).containsEntry("driftShare", 0.4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> columns = (List<Map<String, Object>>) report.get("columns");
        assertThat(columns).extracting(c -> c.get("column"))
                .containsExactly("sepallength", "sepalwidth", "petallength", "petalwidth", "class");
        assertThat(columns).filteredOn(c -> Boolean.TRUE.equals(c.get("drifted"))).extracting(c -> c.get("column"))
                .containsExactly("petallength", "petalwidth");
        assertThat(columns.get(0)).containsKeys("test", "statistic", "pValue", "threshold", "reason");
        assertThat(columns.get(0).get("test")).isEqualTo("ks");
    }

    @Test
    void modelWiredToTheReferenceIsRefused() throws Exception {
        copyIris();
        writeArff(TestDatasets.load("iris"), dir.resolve("batch.arff"));
        String json = PIPELINE.replace("""
                { "id": "profile", "type": "monitor.reference-profile", "typeVersion": 1, "params": { "bins": 10 } },""",
                """
                { "id": "profile", "type": "train.weka-classifier", "typeVersion": 1, "params": {} },""")
                .replace("\"profile:profile\"", "\"profile:model\"");

        Compilation compilation = compile(json);

        assertThat(compilation.ok()).isFalse();
        assertThat(compilation.problems()).extracting(Problem::toString)
                .anySatisfy(p -> assertThat(p).contains("expects data-or-profile but profile:model gives model"));
    }

    @Test
    void datasetWiredStraightToTheReferenceIsAccepted() throws Exception {
        copyIris();
        writeArff(TestDatasets.load("iris"), dir.resolve("batch.arff"));
        String json = PIPELINE.replace("\"profile:profile\"", "\"reference:data\"")
                .replace("{ \"from\": \"reference:data\", \"to\": \"profile:data\" },", "");
        json = json.replace("""
                { "id": "profile", "type": "monitor.reference-profile", "typeVersion": 1, "params": { "bins": 10 } },""", "");

        Compilation compilation = compile(json);

        assertThat(compilation.ok()).as(String.valueOf(compilation.problems())).isTrue();
    }

    private Compilation compile(String json) throws Exception {
        Path file = dir.resolve("drift.pipeline.json");
        Files.writeString(file, json);
        Pipeline pipeline = new PipelineReader().read(file);
        return new PipelineCompiler(NodeCatalog.load()).compile(pipeline, dir);
    }

    private void copyIris() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/datasets/iris.arff")) {
            Files.copy(in, dir.resolve("iris.arff"));
        }
    }

    private static void writeArff(Instances data, Path file) throws Exception {
        ArffSaver saver = new ArffSaver();
        saver.setInstances(data);
        saver.setFile(new File(file.toString()));
        saver.writeBatch();
    }
}
