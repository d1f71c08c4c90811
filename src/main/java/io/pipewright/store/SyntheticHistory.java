package io.pipewright.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills a workspace with synthetic recorded runs through batched JDBC, for benchmarks and load tests
 * (recording 100,000 runs one by one would take minutes). Each run belongs to one of the projects
 * (round robin), has one evaluation node "cv" and {@code metricsPerRun} metrics named "accuracy",
 * "kappa", then "metric2", "metric3"...; runs start one minute apart from {@code firstStart}.
 */
public final class SyntheticHistory {
    private static final int BATCH = 2_000;

    private SyntheticHistory() {
    }

    public static void fill(Workspace workspace, List<String> projects, int runs, int metricsPerRun, Instant firstStart) {
        List<Long> projectIds = new ArrayList<>();
        for (String name : projects) {
            projectIds.add(workspace.projects().getOrCreate(name).id());
        }
        List<String> keys = new ArrayList<>();
        for (int m = 0; m < metricsPerRun; m++) {
            keys.add(m == 0 ? "accuracy" : m == 1 ? "kappa" : "metric" + m);
        }
        SplittableRandom random = new SplittableRandom(42);
        Db db = dbOf(workspace);
        for (int from = 0; from < runs; from += BATCH) {
            int to = Math.min(runs, from + BATCH);
            int start = from;
            db.inTransaction(c -> {
                insertBatch(c, projectIds, keys, start, to, firstStart, random);
                return null;
            });
        }
        workspace.audit().append("workspace.filled", "synthetic history", Map.of("runs", runs, "metricsPerRun", metricsPerRun));
    }

    private static void insertBatch(Connection c, List<Long> projectIds, List<String> keys, int from, int to, Instant firstStart,
                                    SplittableRandom random) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement run = c.prepareStatement("INSERT INTO run (project_id, pipeline_name, pipeline_sha256, status, "
                + "started_at, finished_at, seconds, app_version, weka_version, java_version, os_user, overrides, parameters, "
                + "seeds) VALUES (?, 'synthetic', ?, 'succeeded', ?, ?, 2.0, 'bench', 'bench', ?, 'bench', '[]', '{}', '{}')",
                new String[] {"ID"})) {
            for (int i = from; i < to; i++) {
                Instant started = firstStart.plusSeconds(60L * i);
                run.setLong(1, projectIds.get(i % projectIds.size()));
                run.setString(2, "0".repeat(64));
                Db.setInstant(run, 3, started);
                Db.setInstant(run, 4, started.plusSeconds(2));
                run.setString(5, System.getProperty("java.version"));
                run.addBatch();
            }
            run.executeBatch();
            try (var keysRs = run.getGeneratedKeys()) {
                while (keysRs.next()) {
                    ids.add(keysRs.getLong(1));
                }
            }
        }
        try (PreparedStatement node = c.prepareStatement("INSERT INTO node_run (run_id, node_id, position, node_type, state, "
                + "seconds, log, reports) VALUES (?, 'cv', 0, 'evaluate.cross-validation', 'succeeded', 1.5, '[]', '{}')");
             PreparedStatement metric = c.prepareStatement("INSERT INTO metric (run_id, node_id, metric_key, metric_value, "
                     + "project_id, started_at) VALUES (?, 'cv', ?, ?, ?, ?)")) {
            for (int k = 0; k < ids.size(); k++) {
                int i = from + k;
                long id = ids.get(k);
                node.setLong(1, id);
                node.addBatch();
                for (String key : keys) {
                    metric.setLong(1, id);
                    metric.setString(2, key);
                    metric.setDouble(3, random.nextDouble());
                    metric.setLong(4, projectIds.get(i % projectIds.size()));
                    Db.setInstant(metric, 5, firstStart.plusSeconds(60L * i));
                    metric.addBatch();
                }
            }
            node.executeBatch();
            metric.executeBatch();
        }
    }

    private static Db dbOf(Workspace workspace) {
        return workspace.db();
    }
}
