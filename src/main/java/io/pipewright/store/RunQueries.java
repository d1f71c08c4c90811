package io.pipewright.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading runs back: one run with everything recorded, and pages of history. */
final class RunQueries {
    private RunQueries() {
    }

    static Optional<RunRecord> get(Connection c, long runId) throws SQLException {
        RunRecord base;
        try (PreparedStatement ps = c.prepareStatement("SELECT r.*, p.name AS project_name, pr.revision AS revision_number "
                + "FROM run r LEFT JOIN project p ON p.id = r.project_id LEFT JOIN pipeline_revision pr ON pr.id = r.revision_id "
                + "WHERE r.id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                long revisionId = rs.getLong("revision_id");
                Long revId = rs.wasNull() ? null : revisionId;
                int revision = rs.getInt("revision_number");
                Integer rev = rs.wasNull() ? null : revision;
                double seconds = rs.getDouble("seconds");
                Double secs = rs.wasNull() ? null : seconds;
                base = new RunRecord(runId, rs.getString("project_name"), rs.getString("pipeline_name"), revId, rev,
                        rs.getString("pipeline_sha256"), rs.getString("source_file"), rs.getString("engine_run_id"),
                        rs.getString("status"), Db.instant(rs, "started_at"), Db.instant(rs, "finished_at"), secs,
                        rs.getString("app_version"), rs.getString("weka_version"), rs.getString("java_version"),
                        rs.getString("os_user"), StoreJson.readStrings(rs.getString("overrides")),
                        StoreJson.readMap(rs.getString("parameters")), StoreJson.readMap(rs.getString("seeds")),
                        null, null, null, null);
            }
        }
        List<InputFingerprint> inputs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM input_file WHERE run_id = ? ORDER BY node_id, param_key")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rows = rs.getLong("row_count");
                    Long r = rs.wasNull() ? null : rows;
                    int columns = rs.getInt("column_count");
                    Integer col = rs.wasNull() ? null : columns;
                    inputs.add(new InputFingerprint(rs.getString("node_id"), rs.getString("param_key"), rs.getString("path"),
                            rs.getString("sha256"), r, col));
                }
            }
        }
        List<NodeRecord> nodes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM node_run WHERE run_id = ? ORDER BY position")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    nodes.add(new NodeRecord(rs.getString("node_id"), rs.getString("node_type"), rs.getString("state"),
                            rs.getDouble("seconds"), rs.getString("error"), StoreJson.readStrings(rs.getString("log")),
                            rs.getString("cache_key"), StoreJson.readMap(rs.getString("reports"))));
                }
            }
        }
        Map<String, Map<String, Double>> metrics = metrics(c, List.of(runId)).getOrDefault(runId, Map.of());
        List<StoredArtifact> files = artifactsOf(c, runId);
        return Optional.of(new RunRecord(base.id(), base.project(), base.pipelineName(), base.revisionId(), base.revision(),
                base.pipelineSha256(), base.sourceFile(), base.engineRunId(), base.status(), base.startedAt(), base.finishedAt(),
                base.seconds(), base.appVersion(), base.wekaVersion(), base.javaVersion(), base.user(), base.overrides(),
                base.parameters(), base.seeds(), List.copyOf(inputs), List.copyOf(nodes), metrics, files));
    }

    private static List<StoredArtifact> artifactsOf(Connection c, long runId) throws SQLException {
        List<StoredArtifact> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM artifact WHERE run_id = ? ORDER BY id")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredArtifact(rs.getLong("id"), runId, rs.getString("node_id"), rs.getString("port"),
                            rs.getString("kind"), rs.getString("sha256"), rs.getString("file_name"), rs.getLong("size_bytes"),
                            rs.getBoolean("encrypted"), Db.instant(rs, "created_at")));
                }
            }
        }
        return out;
    }

    static List<RunSummary> history(Connection c, HistoryQuery q, Db db) throws SQLException {
        // Step 1 reads only the covering index (project, start, id, status) for the page's ids;
        // step 2 reads those rows. One query sorting every row of a project takes far longer.
        StringBuilder sql = new StringBuilder("SELECT id FROM run WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.project() != null) {
            sql.append(" AND project_id = ?");
            args.add(Projects.require(c, q.project(), db).id());
        }
        if (q.status() != null) {
            sql.append(" AND status = ?");
            args.add(q.status());
        }
        if (q.since() != null) {
            sql.append(" AND started_at >= ?");
            args.add(q.since());
        }
        sql.append(" ORDER BY started_at DESC, id DESC LIMIT ?");
        args.add(q.limit());
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                Object a = args.get(i);
                if (a instanceof java.time.Instant t) {
                    Db.setInstant(ps, i + 1, t);
                } else {
                    ps.setObject(i + 1, a);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        List<RunSummary> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, p.name AS project_name, r.pipeline_name, r.status, "
                + "r.started_at, r.finished_at, r.seconds FROM run r LEFT JOIN project p ON p.id = r.project_id WHERE r.id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY r.started_at DESC, r.id DESC")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double seconds = rs.getDouble("seconds");
                    Double secs = rs.wasNull() ? null : seconds;
                    rows.add(new RunSummary(rs.getLong("id"), rs.getString("project_name"), rs.getString("pipeline_name"),
                            rs.getString("status"), Db.instant(rs, "started_at"), Db.instant(rs, "finished_at"), secs, Map.of()));
                }
            }
        }
        Map<Long, Map<String, Map<String, Double>>> metrics = metrics(c, rows.stream().map(RunSummary::id).toList());
        List<RunSummary> out = new ArrayList<>(rows.size());
        for (RunSummary r : rows) {
            out.add(new RunSummary(r.id(), r.project(), r.pipeline(), r.status(), r.startedAt(), r.finishedAt(), r.seconds(),
                    metrics.getOrDefault(r.id(), Map.of())));
        }
        return out;
    }

    /** Metrics of the given runs: run id -> node id -> key -> value, in recorded order. */
    static Map<Long, Map<String, Map<String, Double>>> metrics(Connection c, List<Long> runIds) throws SQLException {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Map<String, Map<String, Double>>> out = new LinkedHashMap<>();
        String marks = String.join(", ", Collections.nCopies(runIds.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT m.run_id, m.node_id, m.metric_key, m.metric_value FROM metric m "
                + "JOIN node_run n ON n.run_id = m.run_id AND n.node_id = m.node_id WHERE m.run_id IN (" + marks + ") "
                + "ORDER BY m.run_id, n.position, m.metric_key")) {
            for (int i = 0; i < runIds.size(); i++) {
                ps.setLong(i + 1, runIds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(4);
                    Double value = rs.wasNull() ? null : v;
                    out.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new LinkedHashMap<>()).put(rs.getString(3), value);
                }
            }
        }
        return out;
    }
}
