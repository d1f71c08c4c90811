package io.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pipewright.store.ModelVersion;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.SerializationHelper;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real pipeline on credit-g (split, J48, holdout, retrain policy with minAccuracy 0.99, so it always
 * retrains on the test half) run with --record: the retrained model lands in the registry as version 1
 * and champion, with the run's lineage; running again adds no version, since the model is the same.
 */
class RetrainPolicyRecordedRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static final String PIPELINE = """
            {
              "format": "pipewright.pipeline", "formatVersion": 1, "name": "credit monitor",
              "nodes": [
                { "id": "load", "type": "ingest.arff", "params": { "path": "credit-g.arff" } },
                { "id": "split", "type": "prep.split", "params": { "trainPercent": 50, "seed": 1 } },
                { "id": "train", "type": "train.weka-classifier" },
                { "id": "holdout", "type": "evaluate.holdout" },
                { "id": "policy", "type": "monitor.retrain-policy",
                  "params": { "minAccuracy": 0.99, "modelName": "credit" } }
              ],
              "edges": [
                { "from": "load:data", "to": "split:data" },
                { "from": "split:train", "to": "train:data" },
                { "from": "train:model", "to": "holdout:model" },
                { "from": "split:test", "to": "holdout:test" },
                { "from": "train:model", "to": "policy:model" },
                { "from": "holdout:evaluation", "to": "policy:performance" },
                { "from": "split:test", "to": "policy:data" }
              ]
            }
            """;

    @Test
    void recordedRetrainRegistersTheNewModelOnce() throws Exception {
        Path project = dir.resolve("project");
        Files.createDirectories(project);
        try (InputStream in = getClass().getResourceAsStream("/datasets/credit-g.arff")) {
            Files.copy(in, project.resolve("credit-g.arff"));
        }
        Path file = project.resolve("credit.pipeline.json");
        Files.writeString(file, PIPELINE);
        Path ws = dir.resolve("ws");
        for (int i = 0; i < 2; i++) {
            CliRunner.Outcome run = CliRunner.run("run", file.toString(), "--record", "--project", "Credit", "--workspace",
                    ws.toString(), "--no-cache", "-q", "--json");
            assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
            JsonNode policy = null;
            for (JsonNode node : JSON.readTree(run.out()).get("nodes")) {
                if (node.get("id").asText().equals("policy")) {
                    policy = node.get("policy");
                }
            }
            assertThat(policy).as(run.out()).isNotNull();
            assertThat(policy.get("decision").asText()).isEqualTo("retrain");
            assertThat(policy.get("fired").get(0).asText()).isEqualTo("minAccuracy");
            assertThat(policy.get("registerModel").get("name").asText()).isEqualTo("credit");
        }
        CliRunner.Outcome models = CliRunner.run("models", "--json", "--workspace", ws.toString());
        assertThat(models.exitCode()).as(models.err()).isZero();
        JsonNode credit = JSON.readTree(models.out()).get(0);
        assertThat(credit.get("name").asText()).isEqualTo("credit");
        assertThat(credit.get("project").asText()).isEqualTo("Credit");
        assertThat(credit.get("versions")).hasSize(1);
        JsonNode v1 = credit.get("versions").get(0);
        assertThat(v1.get("aliases").get(0).asText()).isEqualTo("champion");
        assertThat(v1.get("reason").asText()).startsWith("retrain: accuracy ").contains("is below minAccuracy 0.99");
        assertThat(v1.get("metrics").get("holdout").get("accuracy").asDouble()).isBetween(0.5, 0.99);
        assertThat(v1.get("data").get(0).get("path").asText()).endsWith("credit-g.arff");
        try (Workspace w = Workspace.open(ws)) {
            ModelVersion champion = w.models().byAlias("credit", "champion").orElseThrow();
            assertThat(w.runs().require(champion.runId()).revisionId()).isEqualTo(champion.revisionId());
            Object[] read;
            try (InputStream in = w.models().open(champion)) {
                read = SerializationHelper.readAll(in);
            }
            assertThat(read[0]).isInstanceOf(weka.classifiers.trees.J48.class);
            assertThat(read[1].toString()).contains("@relation");
        }
    }
}
