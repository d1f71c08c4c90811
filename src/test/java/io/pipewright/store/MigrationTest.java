package io.pipewright.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationTest {
    @TempDir
    Path dir;

    private Path copyV1Fixture() throws Exception {
        Path ws = dir.resolve("old");
        Files.createDirectories(ws);
        try (InputStream in = getClass().getResourceAsStream("/store/v1-workspace/pipewright.mv.db")) {
            Files.copy(in, ws.resolve(Workspace.DATABASE_FILE));
        }
        return ws;
    }

    @Test
    void emptyFolderGetsTheLatestSchemaWithoutBackup() {
        try (Workspace ws = Workspace.open(dir.resolve("new"))) {
            assertThat(ws.schemaVersionFound()).isZero();
            assertThat(ws.schemaVersion()).isEqualTo(Migrator.LATEST);
            assertThat(ws.backup()).isNull();
            assertThat(Files.isDirectory(dir.resolve("new/artifacts"))).isTrue();
        }
    }

    @Test
    void v1FixtureIsUpgradedInPlaceAfterABackup() throws Exception {
        Path old = copyV1Fixture();
        try (Workspace ws = Workspace.open(old)) {
            assertThat(ws.schemaVersionFound()).isEqualTo(1);
            assertThat(ws.schemaVersion()).isEqualTo(Migrator.LATEST);
            assertThat(ws.backup()).isRegularFile().hasParent(old.resolve("backups"));
            try (ZipFile zip = new ZipFile(ws.backup().toFile())) {
                assertThat(zip.getEntry(Workspace.DATABASE_FILE)).isNotNull();
            }
            RunRecord run = ws.runs().require(1);
            assertThat(run.project()).isEqualTo("Legacy");
            assertThat(run.metrics().get("cv")).containsEntry("accuracy", 0.94);
            // V2 copied project and start time onto the old metric rows, so the old run is in the series.
            assertThat(ws.metrics().series("Legacy", "kappa", null, 0)).containsExactly(
                    new MetricPoint(1, Instant.parse("2024-05-01T09:00:00Z"), "cv", 0.91));
            long next = ws.runs().record(StoreFixtures.start("Legacy", StoreFixtures.pipeline("iris", 5), dir),
                    StoreFixtures.result(Instant.parse("2024-06-01T00:00:00Z"), 0.5, "m"));
            assertThat(next).isEqualTo(2);
            assertThat(ws.revisions().latest("Legacy", "iris").orElseThrow().revision()).isEqualTo(2);
        }
        try (Workspace again = Workspace.open(old)) {
            assertThat(again.schemaVersionFound()).isEqualTo(Migrator.LATEST);
            assertThat(again.backup()).isNull();
        }
    }

    @Test
    void v2WorkspaceGainsTheModelRegistryAndKeepsItsRuns() throws Exception {
        Path old = copyV1Fixture();
        try (Connection c = DriverManager.getConnection(Workspace.url(old, false, true), Workspace.USER, "")) {
            assertThat(Migrator.migrate(c, old, 2).to()).isEqualTo(2);
        }
        try (Workspace ws = Workspace.open(old)) {
            assertThat(ws.schemaVersionFound()).isEqualTo(2);
            assertThat(ws.schemaVersion()).isEqualTo(3);
            assertThat(ws.backup()).isRegularFile();
            assertThat(ws.runs().require(1).project()).isEqualTo("Legacy");
            assertThat(ws.models().list(null)).isEmpty();
            ModelFixtures.recordRegisteringRun(ws, dir, "legacy-model", "bytes", 0.9);
            assertThat(ws.models().versions("legacy-model")).singleElement()
                    .satisfies(v -> assertThat(v.aliases()).containsExactly("champion"));
        }
    }

    @Test
    void workspaceFromANewerAppIsRefusedUntouched() throws Exception {
        Path ws = dir.resolve("future");
        Workspace.open(ws).close();
        try (Connection c = DriverManager.getConnection(Workspace.url(ws, false, true), Workspace.USER, "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (7, 'V7__future.sql', CURRENT_TIMESTAMP)");
        }
        assertThatThrownBy(() -> Workspace.open(ws)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("created by a newer Pipewright (schema version 7; this one knows up to " + Migrator.LATEST + ")")
                .hasMessageContaining(ws.toString());
        try (Connection c = DriverManager.getConnection(Workspace.url(ws, false, true), Workspace.USER, "");
             Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT (SELECT MAX(version) FROM schema_version), "
                     + "(SELECT COUNT(*) FROM audit_event)")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(7);
            assertThat(rs.getInt(2)).as("no 'workspace.opened' entry was written").isEqualTo(1);
        }
        assertThat(ws.resolve("backups")).doesNotExist();
    }

    @Test
    void scriptsSplitAtLineEndingSemicolonsAndSkipComments() {
        assertThat(Migrator.statements("-- note\nCREATE TABLE a (x INT);\n\nINSERT INTO a\n VALUES (1);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a\n VALUES (1)");
    }
}
