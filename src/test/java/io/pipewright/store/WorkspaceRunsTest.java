package io.pipewright.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceRunsTest {
    @TempDir
    Path dir;

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00.123Z");

    @Test
    void recordedRunReadsBackWithEveryField() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a,b\n1,2\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long id = ws.runs().record(StoreFixtures.start("Iris", StoreFixtures.pipeline("iris", 5), dir),
                    StoreFixtures.result(T0, 0.96, "MODEL-BYTES"));
            RunRecord r = ws.runs().require(id);
            assertThat(r.project()).isEqualTo("Iris");
            assertThat(r.pipelineName()).isEqualTo("iris");
            assertThat(r.revision()).isEqualTo(1);
            assertThat(r.pipelineSha256()).isEqualTo("f".repeat(64));
            assertThat(r.engineRunId()).isEqualTo("engine-run-1");
            assertThat(r.status()).isEqualTo("succeeded");
            assertThat(r.startedAt()).isEqualTo(T0);
            assertThat(r.finishedAt()).isEqualTo(T0.plusMillis(2000));
            assertThat(r.seconds()).isEqualTo(2.0);
            assertThat(r.appVersion()).isEqualTo("1.2.3");
            assertThat(r.wekaVersion()).isEqualTo("3.8.6");
            assertThat(r.javaVersion()).isEqualTo(System.getProperty("java.version"));
            assertThat(r.user()).isEqualTo(System.getProperty("user.name"));
            assertThat(r.overrides()).containsExactly("cv.folds=5");
            assertThat(r.parameters()).containsEntry("cv", Map.of("seed", 1, "folds", 5))
                    .containsEntry("load", Map.of("path", "data.csv"));
            assertThat(r.seeds()).containsExactly(Map.entry("cv.seed", 1));
            assertThat(r.inputs()).containsExactly(new InputFingerprint("load", "path",
                    dir.resolve("data.csv").toAbsolutePath().toString(),
                    io.pipewright.exec.FileFingerprints.sha256(dir.resolve("data.csv")), 150L, 5));
            assertThat(r.nodes()).extracting(NodeRecord::nodeId, NodeRecord::state, NodeRecord::seconds)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("load", "succeeded", 0.25),
                            org.assertj.core.groups.Tuple.tuple("cv", "succeeded", 1.5));
            assertThat(r.nodes().get(1).log()).containsExactly("fold 1", "fold 2");
            assertThat(r.nodes().get(1).cacheKey()).isEqualTo("k2");
            Map<?, ?> metricsReport = (Map<?, ?>) r.nodes().get(1).reports().get("metrics");
            assertThat(metricsReport.get("confusionMatrix")).isEqualTo(List.of(List.of(50.0, 0.0), List.of(1.0, 49.0)));
            assertThat(metricsReport.get("perClass")).isEqualTo(Map.of("setosa", Map.of("precision", 1.0)));
            assertThat(r.metrics()).isEqualTo(Map.of("cv", Map.of("accuracy", 0.96, "kappa", 0.48, "numInstances", 150.0)));
            assertThat(r.artifacts()).singleElement().satisfies(a -> {
                assertThat(a.kind()).isEqualTo("model");
                assertThat(a.nodeId()).isEqualTo("cv");
                assertThat(a.port()).isEqualTo("model");
                assertThat(a.fileName()).isEqualTo(a.sha256() + ".model");
                assertThat(a.sizeBytes()).isEqualTo(11);
            });
            Path file = ws.artifacts().folder().resolve(r.artifacts().get(0).fileName());
            assertThat(Files.readString(file)).isEqualTo("MODEL-BYTES");
        }
    }

    @Test
    void failedRunKeepsTheNodeErrorAndNoMetrics() {
        try (Workspace ws = Workspace.open(dir)) {
            long id = ws.runs().record(StoreFixtures.start(null, StoreFixtures.pipeline("iris", 5), dir), StoreFixtures.failed(T0));
            RunRecord r = ws.runs().require(id);
            assertThat(r.status()).isEqualTo("failed");
            assertThat(r.project()).isNull();
            assertThat(r.revision()).isNull();
            assertThat(r.nodes().get(0).error()).isEqualTo("data.csv, line 7: expected 5 fields");
            assertThat(r.nodes().get(1).state()).isEqualTo("skipped");
            assertThat(r.metrics()).isEmpty();
            assertThat(r.inputs().get(0).sha256()).startsWith("missing:");
        }
    }

    @Test
    void startedRunIsRunningUntilFinished() {
        try (Workspace ws = Workspace.open(dir)) {
            long id = ws.runs().start(StoreFixtures.start("P", StoreFixtures.pipeline("iris", 5), dir));
            assertThat(ws.runs().require(id).status()).isEqualTo("running");
            ws.runs().finish(id, StoreFixtures.result(T0, 0.9, "m"));
            assertThat(ws.runs().require(id).status()).isEqualTo("succeeded");
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.interruptedOnOpen()).isEmpty();
        }
    }

    @Test
    void runningRunOfThisLiveProcessIsNotInterruptedByAnotherOpen() {
        try (Workspace ws = Workspace.open(dir)) {
            long id = ws.runs().start(StoreFixtures.start("P", StoreFixtures.pipeline("iris", 5), dir));
            try (Workspace second = Workspace.open(dir)) {
                assertThat(second.interruptedOnOpen()).isEmpty();
                assertThat(second.runs().require(id).status()).isEqualTo("running");
            }
        }
    }

    @Test
    void sameModelTwiceIsOneArtifactFile() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.runs().record(StoreFixtures.start("P", StoreFixtures.pipeline("iris", 5), dir), StoreFixtures.result(T0, 0.9, "same"));
            ws.runs().record(StoreFixtures.start("P", StoreFixtures.pipeline("iris", 5), dir),
                    StoreFixtures.result(T0.plusSeconds(5), 0.9, "same"));
            try (var files = Files.list(ws.artifacts().folder())) {
                assertThat(files.toList()).hasSize(1);
            }
        }
    }

    @Test
    void historyIsNewestFirstAndFiltersByProjectStatusAndDate() {
        try (Workspace ws = Workspace.open(dir)) {
            for (int i = 0; i < 5; i++) {
                ws.runs().record(StoreFixtures.start("A", StoreFixtures.pipeline("iris", 5), dir),
                        StoreFixtures.result(T0.plusSeconds(i * 60L), 0.5 + i / 10.0, "m" + i));
            }
            ws.runs().record(StoreFixtures.start("B", StoreFixtures.pipeline("iris", 5), dir), StoreFixtures.failed(T0.plusSeconds(30)));
            List<RunSummary> a = ws.runs().history(HistoryQuery.newest(3).inProject("A"));
            assertThat(a).extracting(RunSummary::startedAt)
                    .containsExactly(T0.plusSeconds(240), T0.plusSeconds(180), T0.plusSeconds(120));
            assertThat(a.get(0).metrics().get("cv")).containsEntry("accuracy", 0.9);
            assertThat(ws.runs().history(new HistoryQuery(null, "failed", null, 50))).extracting(RunSummary::project)
                    .containsExactly("B");
            assertThat(ws.runs().history(new HistoryQuery(null, null, T0.plusSeconds(100), 50))).hasSize(3);
            assertThatThrownBy(() -> ws.runs().history(HistoryQuery.newest(5).inProject("Nope")))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no project 'Nope'").hasMessageContaining("A, B");
        }
    }

    @Test
    void metricSeriesIsOldestFirstForOneProject() {
        try (Workspace ws = Workspace.open(dir)) {
            for (int i = 0; i < 4; i++) {
                ws.runs().record(StoreFixtures.start("A", StoreFixtures.pipeline("iris", 5), dir),
                        StoreFixtures.result(T0.plusSeconds(i), 0.1 * i, "m"));
            }
            ws.runs().record(StoreFixtures.start("B", StoreFixtures.pipeline("iris", 5), dir), StoreFixtures.result(T0, 0.99, "m"));
            assertThat(ws.metrics().series("A", "accuracy", null, 0)).extracting(MetricPoint::value)
                    .containsExactly(0.0, 0.1, 0.2, 0.1 * 3);
            assertThat(ws.metrics().series("A", "accuracy", "cv", 2)).extracting(MetricPoint::startedAt)
                    .containsExactly(T0.plusSeconds(2), T0.plusSeconds(3));
            assertThat(ws.metrics().keys("A")).containsExactly("accuracy", "kappa", "numInstances");
        }
    }

    @Test
    void runsOfAProjectLinkToTheRevisionOfTheirContent() {
        try (Workspace ws = Workspace.open(dir)) {
            long a = ws.runs().record(StoreFixtures.start("A", StoreFixtures.pipeline("iris", 5), dir), StoreFixtures.result(T0, 0.9, "m"));
            long b = ws.runs().record(StoreFixtures.start("A", StoreFixtures.pipeline("iris", 5), dir), StoreFixtures.result(T0, 0.9, "m"));
            long c = ws.runs().record(StoreFixtures.start("A", StoreFixtures.pipeline("iris", 7), dir), StoreFixtures.result(T0, 0.9, "m"));
            assertThat(List.of(ws.runs().require(a).revision(), ws.runs().require(b).revision(), ws.runs().require(c).revision()))
                    .containsExactly(1, 1, 2);
            assertThat(ws.revisions().get("A", "iris", 2).json()).contains("\"folds\": 7");
        }
    }

    @Test
    void artifactExportWritesThePlainModelAndIsAudited() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            long id = ws.runs().record(StoreFixtures.start("A", StoreFixtures.pipeline("iris", 5), dir), StoreFixtures.result(T0, 0.9, "J48 tree"));
            StoredArtifact art = ws.runs().require(id).artifacts().get(0);
            Path target = dir.resolve("out/j48.model");
            ws.artifacts().export(art.id(), target);
            assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("J48 tree");
            assertThat(ws.audit().recent(1).get(0).action()).isEqualTo("model.exported");
        }
    }
}
