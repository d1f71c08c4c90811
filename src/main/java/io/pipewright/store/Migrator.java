package io.pipewright.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates and upgrades the workspace schema with the versioned scripts in {@code db/migration}.
 * The applied versions are kept in {@code schema_version}. Before an existing workspace is upgraded
 * it is backed up with H2's online {@code BACKUP TO} (a consistent copy even while another program
 * has it open) into {@code backups/}. A workspace whose schema is newer than this build knows is
 * refused, untouched.
 *
 * <p>H2 commits each DDL statement at once, so a script cannot be rolled back as a whole; the scripts
 * are written to be run again ({@code IF NOT EXISTS}) so that an upgrade stopped half-way (a crash, a
 * kill) completes on the next open, and the version row is written only after the whole script ran.
 * We use this small migrator rather than Flyway because Flyway refuses a newer schema only with a
 * validation error a user cannot act on and takes no backup; the scripts keep Flyway's naming.
 */
final class Migrator {
    record Script(int version, String resource) {
    }

    static final List<Script> SCRIPTS = List.of(
            new Script(1, "V1__base_schema.sql"),
            new Script(2, "V2__history_and_series_indexes.sql"),
            new Script(3, "V3__model_registry.sql"));
    static final int LATEST = SCRIPTS.get(SCRIPTS.size() - 1).version();

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Migrator() {
    }

    /** The outcome of {@link #migrate}: the version found, the one reached, and the backup taken (or null). */
    record Outcome(int from, int to, Path backup) {
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'SCHEMA_VERSION'")) {
            rs.next();
            if (rs.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Brings the schema up to {@code target}; backs up first when the workspace already had a schema. */
    static Outcome migrate(Connection c, Path workspaceDir, int target) throws SQLException, IOException {
        int from = currentVersion(c);
        if (from > LATEST) {
            throw new WorkspaceException(WorkspaceException.Kind.UNAVAILABLE, "the workspace " + workspaceDir
                    + " was created by a newer Pipewright (schema version " + from + "; this one knows up to " + LATEST
                    + "): update Pipewright to open it, or choose another workspace with --workspace");
        }
        if (from >= target) {
            return new Outcome(from, from, null);
        }
        Path backup = from == 0 ? null : backup(c, workspaceDir, from);
        boolean autoCommit = c.getAutoCommit();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL, "
                    + "applied_at TIMESTAMP(3) WITH TIME ZONE NOT NULL)");
        }
        for (Script script : SCRIPTS) {
            if (script.version() <= from || script.version() > target) {
                continue;
            }
            c.setAutoCommit(false);
            try {
                try (Statement st = c.createStatement()) {
                    for (String sql : statements(read(script.resource()))) {
                        st.execute(sql);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO schema_version KEY (version) VALUES (?, ?, ?)")) {
                    ps.setInt(1, script.version());
                    ps.setString(2, script.resource());
                    Db.setInstant(ps, 3, Db.now());
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw new WorkspaceException(WorkspaceException.Kind.UNAVAILABLE, "upgrading the workspace " + workspaceDir
                        + " to schema version " + script.version() + " failed (" + e.getMessage() + ")"
                        + (backup == null ? "" : "; the copy taken before the upgrade is " + backup), e);
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
        return new Outcome(from, target, backup);
    }

    private static Path backup(Connection c, Path workspaceDir, int version) throws SQLException, IOException {
        Path dir = workspaceDir.resolve("backups");
        Files.createDirectories(dir);
        Path zip = dir.resolve("pipewright-schema-v" + version + "-" + STAMP.format(Db.now()) + ".zip");
        for (int n = 2; Files.exists(zip); n++) {
            zip = dir.resolve("pipewright-schema-v" + version + "-" + STAMP.format(Db.now()) + "-" + n + ".zip");
        }
        try (Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
        }
        return zip;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Migrator.class.getResourceAsStream("/db/migration/" + resource)) {
            if (in == null) {
                throw new IOException("migration script " + resource + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a script at semicolons that end a line; lines starting with "--" are comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
