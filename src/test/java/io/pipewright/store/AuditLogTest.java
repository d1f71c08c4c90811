package io.pipewright.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogTest {
    @TempDir
    Path dir;

    /** opened (1), project.created (2), pipeline.saved (3), pipeline.saved (4), then one more opened (5) on verify. */
    private void fillAndClose() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.projects().create("P", "demo");
            ws.revisions().save("P", StoreFixtures.pipeline("iris", 5), "first");
            ws.revisions().save("P", StoreFixtures.pipeline("iris", 6), "second");
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(Workspace.url(dir.toAbsolutePath(), false, true), Workspace.USER, "");
             Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }

    private AuditVerification verify() {
        try (Workspace ws = Workspace.open(dir)) {
            return ws.audit().verify();
        }
    }

    @Test
    void actionsAreLoggedWithUserAndObject() {
        fillAndClose();
        try (Workspace ws = Workspace.open(dir)) {
            List<AuditEvent> events = ws.audit().recent(10);
            assertThat(events).extracting(AuditEvent::action).containsExactly("workspace.opened", "pipeline.saved",
                    "pipeline.saved", "project.created", "workspace.opened");
            assertThat(events.get(1).object()).isEqualTo("P/iris");
            assertThat(events.get(1).details()).contains("\"revision\":2");
            assertThat(events).allSatisfy(e -> assertThat(e.user()).isEqualTo(System.getProperty("user.name")));
        }
    }

    @Test
    void intactChainVerifies() {
        fillAndClose();
        assertThat(verify()).isEqualTo(AuditVerification.ok(5));
    }

    @Test
    void editedRowIsDetected() throws Exception {
        fillAndClose();
        sql("UPDATE audit_event SET details = '{\"description\":\"changed\"}' WHERE seq = 2");
        AuditVerification v = verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBadSeq()).isEqualTo(2);
        assertThat(v.problem()).contains("entry 2 (project.created P) was changed");
    }

    @Test
    void deletedMiddleRowIsDetected() throws Exception {
        fillAndClose();
        sql("DELETE FROM audit_event WHERE seq = 3");
        AuditVerification v = verify();
        assertThat(v.firstBadSeq()).isEqualTo(4);
        assertThat(v.problem()).contains("entry 3 is missing");
    }

    @Test
    void deletedNewestRowIsDetected() throws Exception {
        fillAndClose();
        sql("DELETE FROM audit_event WHERE seq = 4");
        try (Workspace ws = Workspace.open(dir)) {
            // This open appended entry 5 after the head, so the gap shows up as a missing entry 4.
            assertThat(ws.audit().verify().problem()).contains("entry 4 is missing");
        }
    }

    @Test
    void deletedTailWithoutNewEntriesIsDetectedByTheHead() throws Exception {
        fillAndClose();
        Workspace ws = Workspace.open(dir);
        try {
            sql("DELETE FROM audit_event WHERE seq >= 4");
            AuditVerification v = ws.audit().verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.problem()).contains("newest entries (4 to 5) are missing");
        } finally {
            ws.close();
        }
    }

    @Test
    void concurrentAppendsFormOneChain() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.length; t++) {
                int n = t;
                threads[t] = new Thread(() -> {
                    for (int i = 0; i < 25; i++) {
                        ws.audit().append("test.event", "thread " + n, Map.of("i", i));
                    }
                });
                threads[t].start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertThat(ws.audit().verify()).isEqualTo(AuditVerification.ok(101));
        }
    }
}
