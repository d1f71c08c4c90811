package io.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pipewright.testing.SampleFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The retail-churn monitoring sample through the real command line: one run, then a recorded history of batches. */
class RetailChurnMonitoringTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PIPELINE = "retail-churn-monitoring.pipeline.json";

    @TempDir
    Path dir;

    private Path copySample() throws Exception {
        return SampleFolders.copy(Path.of("sample-projects", "retail-churn"), dir.resolve("retail-churn"));
    }

    private static JsonNode node(JsonNode root, String id) {
        for (JsonNode n : root.get("nodes")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id + " in " + root);
    }

    @Test
    void runJsonCarriesEachDriftColumnsReferenceAndCurrentHistogram() throws Exception {
        Path sample = copySample();

        CliRunner.Outcome outcome = CliRunner.run("run", sample.resolve(PIPELINE).toString(), "--json", "--no-cache");

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode columns = node(JSON.readTree(outcome.out()), "drift").get("drift").get("columns");
        assertThat(columns).hasSize(9);
        for (JsonNode column : columns) {
            JsonNode histogram = column.get("histogram");
            assertThat(histogram).as(column.get("column").asText()).isNotNull();
            assertThat(histogram.get("reference").get("counts").size()).isBetween(1, 50);
            assertThat(histogram.get("current").get("counts").size()).isBetween(1, 50);
        }
        JsonNode channel = columns.findParents("column").stream().filter(c -> c.get("column").asText().equals("channel"))
                .findFirst().orElseThrow().get("histogram");
        assertThat(channel.get("reference").get("categories")).extracting(JsonNode::asText)
                .containsExactly("store", "online", "app");
        assertThat(sum(channel.get("reference").get("counts"))).isEqualTo(5000);
        assertThat(sum(channel.get("current").get("counts"))).isEqualTo(2000);
    }

    @Test
    void watchingThreeMonthsRecordsDriftPerRunAndRegistersARetrainedModel() throws Exception {
        Path sample = copySample();
        Path batches = dir.resolve("arrivals");
        Files.createDirectories(batches);
        for (String month : List.of("01", "06", "12")) {
            Files.copy(sample.resolve("batches/batch-" + month + ".csv"), batches.resolve("batch-" + month + ".csv"));
        }
        String ws = dir.resolve("ws").toString();

        CliRunner.Outcome watch = CliRunner.run("watch", batches.toString(), "--pipeline", sample.resolve(PIPELINE).toString(),
                "--set-path", "batch.path", "--project", "retail-churn", "--once", "--no-cache", "--workspace", ws);

        assertThat(watch.exitCode()).as(watch.err()).isZero();
        assertThat(watch.out().lines().toList()).hasSize(3);
        JsonNode drift = JSON.readTree(CliRunner.run("drift", "--project", "retail-churn", "--json", "--workspace", ws).out());
        List<Double> discount = new ArrayList<>();
        for (JsonNode run : drift.get("runs")) {
            assertThat(run.get("columns")).hasSize(9);
            for (JsonNode column : run.get("columns")) {
                if (column.get("column").asText().equals("discount_use")) {
                    discount.add(column.get("statistic").asDouble());
                    assertThat(column.get("drifted").asBoolean()).isTrue();
                }
            }
        }
        assertThat(discount).as("discount_use drifts further month by month").hasSize(3).isSorted();
        assertThat(drift.get("runs").get(2).get("datasetDrift").asBoolean()).isTrue();
        JsonNode models = JSON.readTree(CliRunner.run("models", "--project", "retail-churn", "--json", "--workspace", ws).out());
        JsonNode churn = models.get(0);
        assertThat(churn.get("name").asText()).isEqualTo("churn");
        assertThat(churn.get("versions")).hasSize(2);
        assertThat(churn.get("versions").get(0).get("reason").asText()).startsWith("keep");
        assertThat(churn.get("versions").get(1).get("reason").asText()).startsWith("retrain");
        assertThat(churn.get("aliases").get("champion").asInt()).isEqualTo(1);
    }

    private static long sum(JsonNode counts) {
        long total = 0;
        for (JsonNode c : counts) {
            total += c.asLong();
        }
        return total;
    }
}
