package io.pipewright.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyAndCrashTest {
    @TempDir
    Path dir;

    private static long countRuns(Workspace ws, String project) {
        return ws.runs().history(new HistoryQuery(project, null, null, 10_000)).size();
    }

    @Test
    @Timeout(120)
    void twoConnectionsWritingAtOnceLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Workspace a = Workspace.open(dir); Workspace b = Workspace.open(dir)) {
            List<Callable<Void>> writers = new ArrayList<>();
            for (Workspace ws : List.of(a, b)) {
                writers.add(() -> {
                    for (int i = 0; i < 20; i++) {
                        ws.runs().record(StoreFixtures.start("Shared", StoreFixtures.pipeline("iris", 5 + i % 3), dir),
                                StoreFixtures.result(Instant.now(), i / 20.0, "model " + i));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(writers)) {
                f.get();
            }
            assertThat(countRuns(a, "Shared")).isEqualTo(40);
            assertThat(a.revisions().list("Shared", "iris")).extracting(Revision::revision)
                    .as("revision numbers stay unique under concurrent saves").doesNotHaveDuplicates();
            assertThat(a.audit().verify().intact()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(180)
    void aSecondProcessWritesThroughTheSharedServer() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Process child = WorkspaceChildProcess.launch("record", dir.toString(), "15");
            for (int i = 0; i < 15; i++) {
                ws.runs().record(StoreFixtures.start("Parent", StoreFixtures.pipeline("iris", 5), dir),
                        StoreFixtures.result(Instant.now(), 0.7, "parent model " + i));
            }
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as(output).isZero();
            assertThat(output).contains("DONE");
            assertThat(countRuns(ws, "Parent")).isEqualTo(15);
            assertThat(countRuns(ws, "Child")).isEqualTo(15);
            assertThat(ws.audit().verify().intact()).isTrue();
        }
    }

    @Test
    @Timeout(180)
    void runOfAKilledProcessIsMarkedInterruptedOnNextOpen() throws Exception {
        Process child = WorkspaceChildProcess.launch("start-and-sleep", dir.toString());
        long runId;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertThat(line).startsWith("STARTED ");
            runId = Long.parseLong(line.substring("STARTED ".length()).trim());
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.interruptedOnOpen()).containsExactly(runId);
            RunRecord run = ws.runs().require(runId);
            assertThat(run.status()).isEqualTo("interrupted");
            assertThat(run.finishedAt()).isNotNull();
            assertThat(ws.audit().recent(2)).extracting(AuditEvent::action).containsExactly("workspace.opened", "run.interrupted");
            assertThat(ws.audit().verify().intact()).isTrue();
        }
    }
}
