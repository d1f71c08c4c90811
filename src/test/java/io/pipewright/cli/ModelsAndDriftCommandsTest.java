package io.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.Artifact;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.RunStart;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * models and drift over a workspace filled through the store API: three monitoring runs of project
 * "Churn" whose "policy" node registers models "churn" (bytes A, B, C) and whose "drift" node
 * reports column drift, and one run of project "Other" with no drift.
 */
class ModelsAndDriftCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2025-05-01T08:00:00Z");

    @TempDir
    Path dir;

    private Path ws;
    private final List<Long> runIds = new ArrayList<>();

    private record Bytes(String text) implements Artifact {
        @Override
        public String artifactKind() {
            return "model";
        }

        @Override
        public String fileExtension() {
            return ".model";
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, Object> column(String name, String test, double statistic, Double p, boolean drifted) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("column", name);
        c.put("test", test);
        c.put("statistic", statistic);
        c.put("pValue", p);
        c.put("threshold", p == null ? 0.1 : 0.05);
        c.put("drifted", drifted);
        c.put("reason", "fixture");
        c.put("target", false);
        return c;
    }

    private RunResult monitoringRun(int month, String model, double accuracy) {
        Instant started = T0.plusSeconds(86_400L * 30 * month);
        Map<String, Object> drift = new LinkedHashMap<>();
        boolean drifted = month >= 2;
        drift.put("datasetDrift", drifted);
        drift.put("driftShare", 0.5);
        drift.put("driftedShare", drifted ? 0.5 : 0.0);
        drift.put("columns", List.of(column("tenure", "ks", 0.05 * month, 0.5 / (month * month), drifted),
                column("plan", "psi", 0.02 * month, null, false)));
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("decision", "retrain");
        policy.put("registerModel", Map.of("name", "churn", "port", "model"));
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("drift", new NodeResult("drift", "monitor.data-drift", NodeState.SUCCEEDED, 0.1, null, Map.of("drift", drift),
                Map.of(), List.of(), null));
        nodes.put("perf", new NodeResult("perf", "monitor.performance", NodeState.SUCCEEDED, 0.1, null,
                Map.of("metrics", Map.of("accuracy", accuracy)), Map.of(), List.of(), null));
        nodes.put("policy", new NodeResult("policy", "monitor.retrain-policy", NodeState.SUCCEEDED, 0.2, null,
                Map.of("policy", policy), Map.of("model", new Bytes(model)), List.of(), null));
        return new RunResult("r" + month, "churn-monitor", RunStatus.SUCCEEDED, started, started.plusSeconds(3), nodes);
    }

    private static RunStart start(String project) {
        Pipeline pipeline = new Pipeline("churn-monitor", List.of(NodeInstance.of("drift", "monitor.data-drift", Map.of()),
                NodeInstance.of("policy", "monitor.retrain-policy", Map.of())), List.of());
        return new RunStart(project, null, pipeline, null, null, "c".repeat(64), List.of(), null, "0.1.0", "3.8.6",
                new NodeCatalog(List.of()));
    }

    @BeforeEach
    void fill() {
        ws = dir.resolve("ws");
        try (Workspace w = Workspace.open(ws)) {
            String[] models = {"model A", "model B", "model C"};
            for (int month = 1; month <= 3; month++) {
                runIds.add(w.runs().record(start("Churn"), monitoringRun(month, models[month - 1], 0.9 - 0.05 * month)));
            }
            Map<String, NodeResult> nodes = Map.of("cv", new NodeResult("cv", "evaluate.cross-validation", NodeState.SUCCEEDED,
                    1, null, Map.of("metrics", Map.of("accuracy", 0.7)), Map.of(), List.of(), null));
            w.runs().record(start("Other"), new RunResult("o", "other", RunStatus.SUCCEEDED, T0, T0.plusSeconds(1), nodes));
        }
    }

    private CliRunner.Outcome cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(ws.toString());
        return CliRunner.run(all.toArray(String[]::new));
    }

    @Test
    void modelsListsEachModelWithVersionsAndAliases() {
        CliRunner.Outcome r = cli("models");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("MODEL").contains("CHAMPION");
        assertThat(r.out().lines().filter(l -> l.startsWith("churn"))).singleElement().satisfies(line ->
                assertThat(line.split("\\s+")).startsWith("churn", "Churn", "3", "3", "1", "-"));
    }

    @Test
    void modelsJsonCarriesVersionsLineageAndMetrics() throws Exception {
        CliRunner.Outcome r = cli("models", "--project", "Churn", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode models = JSON.readTree(r.out());
        assertThat(models).hasSize(1);
        JsonNode churn = models.get(0);
        assertThat(churn.get("aliases").get("champion").asInt()).isEqualTo(1);
        assertThat(churn.get("aliases").get("challenger").isNull()).isTrue();
        JsonNode v2 = churn.get("versions").get(1);
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("runId").asLong()).isEqualTo(runIds.get(1));
        assertThat(v2.get("node").asText()).isEqualTo("policy");
        assertThat(v2.get("metrics").get("perf").get("accuracy").asDouble()).isEqualTo(0.8);
    }

    @Test
    void versionsPrintsOneLinePerVersionWithItsAliases() {
        CliRunner.Outcome r = cli("models", "versions", "churn");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> rows = r.out().lines().skip(1).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).trim()).startsWith("1  champion");
        assertThat(rows.get(2)).contains("perf.accuracy=0.7500");
    }

    @Test
    void promoteThenRollbackMovesTheChampionAndAuditsBoth() {
        CliRunner.Outcome promoted = cli("models", "promote", "churn", "3");
        assertThat(promoted.exitCode()).as(promoted.err()).isZero();
        assertThat(promoted.out().trim()).isEqualTo("model 'churn': champion is now version 3 (was version 1)");
        CliRunner.Outcome challenger = cli("models", "promote", "churn", "2", "--alias", "challenger");
        assertThat(challenger.out().trim()).isEqualTo("model 'churn': challenger is now version 2");
        CliRunner.Outcome rolled = cli("models", "rollback", "churn");
        assertThat(rolled.exitCode()).as(rolled.err()).isZero();
        assertThat(rolled.out().trim()).isEqualTo("model 'churn': champion rolled back to version 1 (was version 3)");
        try (Workspace w = Workspace.open(ws)) {
            assertThat(w.audit().recent(20)).extracting(e -> e.action()).filteredOn(a -> !a.equals("workspace.opened"))
                    .startsWith("model.rolled-back", "model.promoted", "model.promoted");
        }
    }

    @Test
    void unknownModelVersionAliasOrProjectExitWith2AndSayWhat() {
        CliRunner.Outcome model = cli("models", "versions", "demand");
        assertThat(model.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(model.err()).contains("no model 'demand'").contains("its models: churn");
        CliRunner.Outcome version = cli("models", "promote", "churn", "9");
        assertThat(version.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(version.err()).contains("model 'churn' has no version 9; its versions are 1 to 3");
        CliRunner.Outcome alias = cli("models", "promote", "churn", "2", "--alias", "staging");
        assertThat(alias.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(alias.err()).contains("unknown alias 'staging'; use champion or challenger");
        CliRunner.Outcome rollback = cli("models", "rollback", "churn");
        assertThat(rollback.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(rollback.err()).contains("no earlier champion");
        CliRunner.Outcome project = cli("models", "--project", "Nope");
        assertThat(project.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(project.err()).contains("no project 'Nope'");
    }

    @Test
    void driftPrintsEachColumnOfEachRunOldestFirst() {
        CliRunner.Outcome r = cli("drift", "--project", "Churn");
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> tenure = r.out().lines().filter(l -> l.contains(" tenure ")).toList();
        assertThat(tenure).hasSize(3);
        assertThat(tenure.get(0).split("\\s+")).containsSubsequence(String.valueOf(runIds.get(0)), "drift", "tenure", "ks",
                "0.0500", "0.5000", "no");
        assertThat(tenure.get(2).trim()).endsWith("yes");
        assertThat(r.out().lines().filter(l -> l.contains(" plan ")).findFirst().orElseThrow()).contains(" - ");
        assertThat(r.out()).contains("dataset drift: yes");
    }

    @Test
    void driftJsonGivesRunsWithTheirColumnsAndLastLimitsThem() throws Exception {
        CliRunner.Outcome r = cli("drift", "--project", "Churn", "--json", "--last", "2");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        JsonNode runs = doc.get("runs");
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("runId").asLong()).isEqualTo(runIds.get(1));
        assertThat(runs.get(1).get("datasetDrift").asBoolean()).isTrue();
        assertThat(runs.get(1).get("driftShare").asDouble()).isEqualTo(0.5);
        assertThat(runs.get(1).get("node").asText()).isEqualTo("drift");
        JsonNode plan = runs.get(1).get("columns").get(1);
        assertThat(plan.get("column").asText()).isEqualTo("plan");
        assertThat(plan.get("pValue").isNull()).isTrue();
        assertThat(runs.get(0).get("startedAt").asText()).isEqualTo(T0.plusSeconds(86_400L * 60).toString());
    }

    @Test
    void driftOfAProjectWithoutReportsSaysSoAndOfAnUnknownProjectExits2() {
        CliRunner.Outcome none = cli("drift", "--project", "Other");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("no drift reports recorded in project 'Other'");
        CliRunner.Outcome unknown = cli("drift", "--project", "Nope");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(unknown.err()).contains("no project 'Nope'");
    }
}
