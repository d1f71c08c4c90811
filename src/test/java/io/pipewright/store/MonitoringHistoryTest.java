package io.pipewright.store;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.nodes.monitor.DriftReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringHistoryTest {
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");

    @TempDir
    Path dir;

    /** A run whose node "drift" reports a real DriftReport's content (as the executor stores it) and "cv" metrics. */
    private static RunResult driftRun(Instant started, double statistic, DriftReport.Histograms histograms) {
        DriftReport report = new DriftReport(statistic >= 0.1, 0.5, statistic >= 0.1 ? 1.0 : 0.0, List.of(
                new DriftReport.ColumnDrift("tenure", "wasserstein", statistic, null, 0.1, statistic >= 0.1,
                        "wasserstein: 5000 rows or more", false, null, histograms),
                new DriftReport.ColumnDrift("contract", "chi2", 3.2, 0.2, 0.05, false, "chi-square: small sample", false, null)));
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("load", new NodeResult("load", "toy.load", NodeState.SUCCEEDED, 0.1, null, Map.of(), Map.of(), List.of(), null));
        nodes.put("drift", new NodeResult("drift", "monitor.data-drift", NodeState.SUCCEEDED, 0.2, null,
                Map.of(report.section(), report.content()), Map.of(), List.of(), null));
        nodes.put("cv", new NodeResult("cv", "toy.evaluate", NodeState.SUCCEEDED, 0.3, null,
                Map.of("metrics", Map.of("accuracy", 0.9 - statistic, "kappa", 0.5)), Map.of(), List.of(), null));
        return new RunResult("engine", "monitor", RunStatus.SUCCEEDED, started, started.plusSeconds(1), nodes);
    }

    private long record(Workspace ws, String project, RunResult result) {
        return ws.runs().record(StoreFixtures.start(project, StoreFixtures.pipeline("monitor", 5), dir), result);
    }

    @Test
    void driftReportsComeBackPerRunOldestFirstWithTheirColumnVerdicts() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            long second = record(ws, "Churn", driftRun(T0.plusSeconds(60), 0.25, null));
            long first = record(ws, "Churn", driftRun(T0, 0.03, null));

            List<RecordedDrift> drift = ws.monitoring().drift("Churn", 0);

            assertThat(drift).extracting(RecordedDrift::runId).containsExactly(first, second);
            RecordedDrift latest = drift.get(1);
            assertThat(latest.startedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(latest.nodeId()).isEqualTo("drift");
            assertThat(latest.runStatus()).isEqualTo("succeeded");
            assertThat(latest.datasetDrift()).isTrue();
            assertThat(latest.driftedShare()).isEqualTo(1.0);
            assertThat(latest.columns()).extracting(RecordedDrift.Column::column, RecordedDrift.Column::test,
                    RecordedDrift.Column::statistic, RecordedDrift.Column::pValue, RecordedDrift.Column::drifted)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("tenure", "wasserstein", 0.25, null, true),
                            org.assertj.core.groups.Tuple.tuple("contract", "chi2", 3.2, 0.2, false));
        }
    }

    @Test
    void aLimitKeepsTheNewestReports() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            for (int i = 0; i < 4; i++) {
                record(ws, "Churn", driftRun(T0.plusSeconds(60L * i), 0.01 * i, null));
            }
            assertThat(ws.monitoring().drift("Churn", 2)).extracting(RecordedDrift::startedAt)
                    .containsExactly(T0.plusSeconds(120), T0.plusSeconds(180));
        }
    }

    @Test
    void storedHistogramsReadBackAndAbsentOnesAreNull() {
        DriftReport.Histograms histograms = new DriftReport.Histograms(
                DriftReport.Histogram.numeric(List.of(0.0, 1.0, 2.0), List.of(10L, 30L)),
                DriftReport.Histogram.numeric(List.of(0.0, 1.0, 2.0), List.of(25L, 15L)));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            record(ws, "Churn", driftRun(T0, 0.2, histograms));

            RecordedDrift drift = ws.monitoring().drift("Churn", 0).get(0);

            RecordedDrift.Column tenure = drift.columns().get(0);
            assertThat(tenure.hasDistributions()).isTrue();
            assertThat(tenure.reference().numeric()).isTrue();
            assertThat(tenure.reference().edges()).containsExactly(0.0, 1.0, 2.0);
            assertThat(tenure.current().counts()).containsExactly(25.0, 15.0);
            assertThat(drift.columns().get(1).hasDistributions()).isFalse();
        }
    }

    @Test
    void runsWithoutADriftSectionAndOtherProjectsAreLeftOut() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            record(ws, "Churn", driftRun(T0, 0.2, null));
            record(ws, "Churn", StoreFixtures.result(T0.plusSeconds(5), 0.9, "model"));
            record(ws, "Other", driftRun(T0.plusSeconds(9), 0.2, null));

            assertThat(ws.monitoring().drift("Churn", 0)).singleElement()
                    .satisfies(d -> assertThat(d.startedAt()).isEqualTo(T0));
        }
    }

    @Test
    void metricKeysAreListedPerNodeAndSeriesFollowTheRuns() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            record(ws, "Churn", driftRun(T0, 0.1, null));
            record(ws, "Churn", driftRun(T0.plusSeconds(60), 0.2, null));

            assertThat(ws.monitoring().metricKeysByNode("Churn")).containsExactly(Map.entry("cv", List.of("accuracy", "kappa")));
            assertThat(ws.monitoring().series("Churn", "accuracy", "cv", 0)).extracting(MetricPoint::value)
                    .containsExactly(0.9 - 0.1, 0.9 - 0.2);
        }
    }

    @Test
    void processedInputsAreTheFilesFinishedRunsReadThroughTheParameter() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a\n1\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            record(ws, "Churn", StoreFixtures.result(T0, 0.9, "m"));
            record(ws, "Churn", StoreFixtures.failed(T0.plusSeconds(5)));

            assertThat(ws.monitoring().processedInputs("Churn", "load", "path"))
                    .containsExactly(dir.resolve("data.csv").toAbsolutePath().toString());
            assertThat(ws.monitoring().processedInputs("Churn", "cv", "path")).isEmpty();
            assertThat(ws.monitoring().processedInputs("Nobody", "load", "path")).isEmpty();
        }
    }

    @Test
    void aCancelledRunDoesNotCountItsInputAsProcessed() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "a\n1\n");
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            RunResult done = StoreFixtures.result(T0, 0.9, "m");
            record(ws, "Churn", new RunResult("e", "iris", RunStatus.CANCELLED, T0, T0.plusSeconds(1), done.nodes()));

            assertThat(ws.monitoring().processedInputs("Churn", "load", "path")).isEmpty();
        }
    }

    @Test
    void syntheticMonitoringRecordsDriftAndAccuracyForEveryBatch() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            List<Long> ids = SyntheticMonitoring.record(ws, "Retail", 6, T0);

            List<RecordedDrift> drift = ws.monitoring().drift("Retail", 0);
            assertThat(drift).extracting(RecordedDrift::runId).isEqualTo(ids);
            assertThat(drift.get(0).datasetDrift()).isFalse();
            assertThat(drift.get(5).datasetDrift()).isTrue();
            assertThat(drift.get(5).columns()).allSatisfy(c -> assertThat(c.hasDistributions()).isTrue());
            assertThat(ws.monitoring().series("Retail", "accuracy", "performance", 0)).hasSize(6);
        }
    }
}
