package io.pipewright.cli;

import io.pipewright.batch.BatchFixtures;
import io.pipewright.store.HistoryQuery;
import io.pipewright.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WatchCommandTest {
    @TempDir
    Path dir;

    private CliRunner.Outcome watchOnce(Path pipeline, Path folder) {
        return CliRunner.run("watch", folder.toString(), "--pipeline", pipeline.toString(), "--set-path", "load.path",
                "--project", "Iris batches", "--once", "--no-cache", "--workspace", dir.resolve("ws").toString());
    }

    @Test
    void onceRunsEveryBatchInNameOrderAndRecordsEachInTheProject() throws Exception {
        Path pipeline = BatchFixtures.pipeline(dir);
        Path folder = dir.resolve("batches");
        for (int n = 3; n >= 1; n--) {
            BatchFixtures.batch(folder, n);
        }

        CliRunner.Outcome outcome = watchOnce(pipeline, folder);

        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        assertThat(outcome.out().lines().toList()).hasSize(3).satisfiesExactly(
                line -> assertThat(line).startsWith("batch-1.csv  succeeded  run ").contains("cv.accuracy=", "drift=n/a"),
                line -> assertThat(line).startsWith("batch-2.csv  succeeded"),
                line -> assertThat(line).startsWith("batch-3.csv  succeeded"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThat(ws.runs().history(HistoryQuery.newest(10).inProject("Iris batches"))).hasSize(3)
                    .allSatisfy(r -> assertThat(r.status()).isEqualTo("succeeded"));
            assertThat(ws.metrics().series("Iris batches", "accuracy", "cv", 0)).hasSize(3);
        }
    }

    @Test
    void aRestartRunsOnlyTheFileThatArrivedSince() throws Exception {
        Path pipeline = BatchFixtures.pipeline(dir);
        Path folder = dir.resolve("batches");
        for (int n = 1; n <= 3; n++) {
            BatchFixtures.batch(folder, n);
        }
        assertThat(watchOnce(pipeline, folder).exitCode()).isZero();
        BatchFixtures.batch(folder, 4);

        CliRunner.Outcome again = watchOnce(pipeline, folder);

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out().lines().toList()).singleElement().satisfies(line -> assertThat(line).startsWith("batch-4.csv  succeeded"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            assertThat(ws.runs().history(HistoryQuery.newest(10).inProject("Iris batches"))).hasSize(4);
        }
    }

    @Test
    void aParameterThatIsNotAnInputFileIsRefusedNamingTheOnesThereAre() throws Exception {
        Path pipeline = BatchFixtures.pipeline(dir);
        BatchFixtures.batch(dir.resolve("batches"), 1);

        CliRunner.Outcome outcome = CliRunner.run("watch", dir.resolve("batches").toString(), "--pipeline", pipeline.toString(),
                "--set-path", "cv.folds", "--once", "--workspace", dir.resolve("ws").toString());

        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.INVALID);
        assertThat(outcome.err()).contains("node 'cv'", "no input file parameter 'folds'");
    }
}
