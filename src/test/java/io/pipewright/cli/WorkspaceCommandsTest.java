package io.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.RunStart;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private Path ws;
    private final List<Long> runIds = new ArrayList<>();

    private static Pipeline pipeline(int folds) {
        return new Pipeline("iris", List.of(NodeInstance.of("load", "ingest.arff", Map.of("path", "iris.arff")),
                NodeInstance.of("cv", "evaluate.cross-validation", Map.of("folds", folds))),
                List.of(Edge.of("load:data", "cv:data")));
    }

    private static RunResult result(Instant started, double accuracy, RunStatus status) {
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("cv", new NodeResult("cv", "evaluate.cross-validation", status == RunStatus.SUCCEEDED ? NodeState.SUCCEEDED
                : NodeState.FAILED, 1.0, status == RunStatus.SUCCEEDED ? null : "boom",
                status == RunStatus.SUCCEEDED ? Map.of("metrics", Map.of("accuracy", accuracy, "kappa", accuracy - 0.1)) : Map.of(),
                Map.of(), List.of("done"), null));
        return new RunResult("r", "iris", status, started, started.plusSeconds(2), nodes);
    }

    @BeforeEach
    void fill() {
        ws = dir.resolve("ws");
        try (Workspace w = Workspace.open(ws)) {
            int[] folds = {10, 10, 5};
            double[] acc = {0.9, 0.95, 0.93};
            for (int i = 0; i < 3; i++) {
                RunStart start = new RunStart("Iris", null, pipeline(folds[i]), null, null, "a".repeat(64), List.of(), dir,
                        "0.1.0", "3.8.6", new NodeCatalog(List.of()));
                runIds.add(w.runs().record(start, result(T0.plusSeconds(60L * i), acc[i], RunStatus.SUCCEEDED)));
            }
            RunStart other = new RunStart("Glass", null, pipeline(10), null, null, "b".repeat(64), List.of(), dir,
                    "0.1.0", "3.8.6", new NodeCatalog(List.of()));
            runIds.add(w.runs().record(other, result(T0.plusSeconds(600), 0, RunStatus.FAILED)));
        }
    }

    private CliRunner.Outcome cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(ws.toString());
        return CliRunner.run(all.toArray(String[]::new));
    }

    @Test
    void historyJsonIsNewestFirstWithMetrics() throws Exception {
        CliRunner.Outcome o = cli("history", "--project", "Iris", "--json");
        assertThat(o.exitCode()).as(o.err()).isZero();
        JsonNode runs = JSON.readTree(o.out());
        assertThat(runs).hasSize(3);
        JsonNode newest = runs.get(0);
        assertThat(newest.get("id").asLong()).isEqualTo(runIds.get(2));
        assertThat(newest.get("project").asText()).isEqualTo("Iris");
        assertThat(newest.get("pipeline").asText()).isEqualTo("iris");
        assertThat(newest.get("status").asText()).isEqualTo("succeeded");
        assertThat(newest.get("startedAt").asText()).isEqualTo("2025-03-01T10:02:00Z");
        assertThat(newest.get("seconds").asDouble()).isEqualTo(2.0);
        assertThat(newest.at("/metrics/cv/accuracy").asDouble()).isEqualTo(0.93);
    }

    @Test
    void historyFiltersByStatusSinceAndLimit() throws Exception {
        assertThat(JSON.readTree(cli("history", "--status", "failed", "--json").out())).hasSize(1);
        assertThat(JSON.readTree(cli("history", "--since", "2025-03-01T10:01:00Z", "--json").out())).hasSize(3);
        assertThat(JSON.readTree(cli("history", "--limit", "2", "--json").out())).hasSize(2);
    }

    @Test
    void historyOfAnUnknownProjectExits2NamingTheProjects() {
        CliRunner.Outcome o = cli("history", "--project", "Nope");
        assertThat(o.exitCode()).isEqualTo(2);
        assertThat(o.err()).contains("no project 'Nope'").contains("Glass, Iris");
    }

    @Test
    void badSinceAndStatusExit2() {
        assertThat(cli("history", "--since", "yesterday").exitCode()).isEqualTo(2);
        assertThat(cli("history", "--status", "great").exitCode()).isEqualTo(2);
    }

    @Test
    void showPrintsTheRunAndExits2ForAnUnknownRun() throws Exception {
        CliRunner.Outcome o = cli("show", Long.toString(runIds.get(0)), "--json");
        assertThat(o.exitCode()).isZero();
        JsonNode run = JSON.readTree(o.out());
        assertThat(run.at("/parameters/cv/folds").asInt()).isEqualTo(10);
        assertThat(run.at("/versions/weka").asText()).isEqualTo("3.8.6");
        assertThat(run.at("/nodes/0/log/0").asText()).isEqualTo("done");
        assertThat(cli("show", Long.toString(runIds.get(0))).out()).contains("metrics of cv").contains("accuracy");
        CliRunner.Outcome missing = cli("show", "999");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no run 999");
    }

    @Test
    void compareMarksDifferentParametersAndMetrics() {
        CliRunner.Outcome o = cli("compare", Long.toString(runIds.get(0)), Long.toString(runIds.get(2)));
        assertThat(o.exitCode()).isZero();
        assertThat(o.out()).containsPattern("\\* cv\\.folds\\s+10\\s+5")
                .containsPattern("\\* cv\\.accuracy\\s+0\\.9000\\s+0\\.9300")
                .containsPattern("\n  load\\.path\\s+iris\\.arff\\s+iris\\.arff");
    }

    @Test
    void metricsPrintsTheSeriesOldestFirst() throws Exception {
        JsonNode series = JSON.readTree(cli("metrics", "--project", "Iris", "--metric", "accuracy", "--json").out());
        assertThat(series).extracting(p -> p.get("value").asDouble()).containsExactly(0.9, 0.95, 0.93);
        CliRunner.Outcome unknown = cli("metrics", "--project", "Iris", "--metric", "f2");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("its metrics: accuracy, kappa");
    }

    @Test
    void importExportAndDiffRoundTrip() throws Exception {
        Path file = dir.resolve("mine.pipeline.json");
        new PipelineWriter().write(pipeline(3).withName("mine"), file);
        CliRunner.Outcome imported = cli("import", file.toString(), "--project", "New");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("saved New/mine revision 1");
        new PipelineWriter().write(pipeline(4).withName("mine"), file);
        assertThat(cli("import", file.toString(), "--project", "New").out()).contains("revision 2");
        CliRunner.Outcome diff = cli("diff", "New/mine", "1", "2");
        assertThat(diff.out()).contains("~ param cv.folds: 3 -> 4");
        Path exported = dir.resolve("out/exported.pipeline.json");
        assertThat(cli("export", "New/mine", "--revision", "1", "-o", exported.toString()).exitCode()).isZero();
        assertThat(Files.readString(exported)).isEqualTo(new PipelineWriter().write(pipeline(3).withName("mine")));
        assertThat(cli("export", "New/mine", "--revision", "9", "-o", exported.toString()).exitCode()).isEqualTo(2);
        assertThat(cli("diff", "nonsense", "1", "2").exitCode()).isEqualTo(2);
    }

    @Test
    void projectsListsAndCreates() {
        assertThat(cli("projects", "--create", "Fresh", "--description", "new one").exitCode()).isZero();
        String out = cli("projects").out();
        assertThat(out).contains("Fresh").contains("Glass").containsPattern("Iris\\s+1\\s+3");
        assertThat(cli("projects", "--create", "Fresh").exitCode()).isEqualTo(2);
    }

    @Test
    void auditVerifyExits0WhenIntactAnd1NamingTheEntryWhenEdited() throws Exception {
        CliRunner.Outcome ok = cli("audit", "--verify");
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).contains("audit chain intact");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + ws.toAbsolutePath().resolve("pipewright")
                + ";AUTO_SERVER=TRUE", "PIPEWRIGHT", ""); Statement st = c.createStatement()) {
            st.execute("UPDATE audit_event SET os_user = 'mallory' WHERE seq = 3");
        }
        CliRunner.Outcome broken = cli("audit", "--verify");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err()).contains("audit chain broken at entry 3");
        assertThat(cli("audit").out()).contains("run.finished").contains("project.created");
    }

    @Test
    void encryptedWorkspaceWithoutPasswordExits3WithAClearMessage() {
        Path secret = dir.resolve("secret");
        CliRunner.Outcome created = CliRunner.run("projects", "--workspace", secret.toString(), "--encrypt", "--password=pw1");
        assertThat(created.exitCode()).as(created.err()).isZero();
        CliRunner.Outcome wrong = CliRunner.run("projects", "--workspace", secret.toString(), "--password=pw2");
        assertThat(wrong.exitCode()).isEqualTo(3);
        assertThat(wrong.err()).contains("wrong password for the encrypted workspace");
        assertThat(CliRunner.run("projects", "--workspace", secret.toString(), "--password=pw1").exitCode()).isZero();
    }
}
