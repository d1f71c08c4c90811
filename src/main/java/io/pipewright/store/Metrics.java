package io.pipewright.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Metric series across the runs of a project: what a chart draws. */
public final class Metrics {
    private final Db db;

    Metrics(Db db) {
        this.db = db;
    }

    /**
     * The values of one metric in a project's runs, oldest first: the newest {@code limit} points
     * (0: all). {@code nodeId} null takes every evaluation node that reports the metric.
     */
    public List<MetricPoint> series(String project, String metricKey, String nodeId, int limit) {
        return db.inTransaction(c -> {
            long projectId = Projects.require(c, project, db).id();
            String sql = "SELECT run_id, started_at, node_id, metric_value FROM metric WHERE project_id = ? AND metric_key = ?"
                    + (nodeId == null ? "" : " AND node_id = ?") + " ORDER BY started_at DESC, run_id DESC, node_id"
                    + (limit > 0 ? " LIMIT ?" : "");
            List<MetricPoint> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                ps.setLong(i++, projectId);
                ps.setString(i++, metricKey);
                if (nodeId != null) {
                    ps.setString(i++, nodeId);
                }
                if (limit > 0) {
                    ps.setInt(i, limit);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double v = rs.getDouble(4);
                        Double value = rs.wasNull() ? null : v;
                        out.add(new MetricPoint(rs.getLong(1), Db.instant(rs, "started_at"), rs.getString(3), value));
                    }
                }
            }
            Collections.reverse(out);
            return out;
        });
    }

    /** The metric keys recorded in a project, sorted; for a chart's metric picker and error messages. */
    public List<String> keys(String project) {
        return db.inTransaction(c -> {
            long projectId = Projects.require(c, project, db).id();
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT metric_key FROM metric WHERE project_id = ? ORDER BY metric_key")) {
                ps.setLong(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
