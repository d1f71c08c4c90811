package io.pipewright.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Writes the committed fixture {@code src/test/resources/store/v1-workspace/pipewright.mv.db}: a
 * workspace at schema version 1 (as the first release wrote it) with one project, one pipeline
 * revision, one run with two metrics, and no audit entries. Run once with
 * {@code java -cp target/test-classes:target/classes:<deps> io.pipewright.store.V1FixtureWorkspace DIR}.
 */
final class V1FixtureWorkspace {
    private V1FixtureWorkspace() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Workspace.DATABASE_NAME), Workspace.USER, "")) {
            Migrator.migrate(c, dir, 1);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO project (id, name, description, created_at, updated_at) VALUES "
                        + "(1, 'Legacy', 'made by schema 1', TIMESTAMP WITH TIME ZONE '2024-05-01 08:00:00+00', "
                        + "TIMESTAMP WITH TIME ZONE '2024-05-01 08:00:00+00')");
                st.execute("INSERT INTO pipeline (id, project_id, name, created_at) VALUES "
                        + "(1, 1, 'iris', TIMESTAMP WITH TIME ZONE '2024-05-01 08:00:00+00')");
                st.execute("INSERT INTO pipeline_revision (id, pipeline_id, revision, json, sha256, message, saved_by, saved_at) "
                        + "VALUES (1, 1, 1, '{\"format\": \"pipewright.pipeline\", \"formatVersion\": 1, \"name\": \"iris\", "
                        + "\"nodes\": [], \"edges\": [], \"layout\": {}}', '" + "a".repeat(64) + "', 'first', 'fixture', "
                        + "TIMESTAMP WITH TIME ZONE '2024-05-01 08:00:00+00')");
                st.execute("INSERT INTO run (id, project_id, revision_id, pipeline_name, pipeline_sha256, status, started_at, "
                        + "finished_at, seconds, app_version, weka_version, java_version, os_user, overrides, parameters, seeds) "
                        + "VALUES (1, 1, 1, 'iris', '" + "a".repeat(64) + "', 'succeeded', "
                        + "TIMESTAMP WITH TIME ZONE '2024-05-01 09:00:00+00', TIMESTAMP WITH TIME ZONE '2024-05-01 09:00:03+00', "
                        + "3.0, '0.1.0', '3.8.6', '17', 'fixture', '[]', '{}', '{}')");
                st.execute("INSERT INTO node_run (run_id, node_id, position, node_type, state, seconds, log, reports) VALUES "
                        + "(1, 'cv', 0, 'evaluate.cross-validation', 'succeeded', 2.5, '[]', '{\"metrics\": {\"accuracy\": 0.94}}')");
                st.execute("INSERT INTO metric (run_id, node_id, metric_key, metric_value) VALUES (1, 'cv', 'accuracy', 0.94), "
                        + "(1, 'cv', 'kappa', 0.91)");
                st.execute("ALTER TABLE project ALTER COLUMN id RESTART WITH 2");
                st.execute("ALTER TABLE pipeline ALTER COLUMN id RESTART WITH 2");
                st.execute("ALTER TABLE pipeline_revision ALTER COLUMN id RESTART WITH 2");
                st.execute("ALTER TABLE run ALTER COLUMN id RESTART WITH 2");
                st.execute("SHUTDOWN COMPACT");
            }
        }
    }
}
