package io.pipewright.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Monitoring view and the watch-folder runner read: a project's drift reports over its runs,
 * its metric series (the same query as {@link Metrics#series}), and which input files its runs have
 * already processed.
 */
public final class MonitoringHistory {
    /** Run statuses after which an input file counts as processed; interrupted and cancelled runs are run again. */
    private static final List<String> FINISHED = List.of("succeeded", "failed");

    private final Db db;
    private final Metrics metrics;

    MonitoringHistory(Db db, Metrics metrics) {
        this.db = db;
        this.metrics = metrics;
    }

    /**
     * The drift reports ("drift" sections) recorded in a project, oldest first: the newest {@code limit}
     * (0: all). One query: the project's runs come from the run index, their node rows by primary key,
     * and only node rows whose reports mention "drift" are parsed.
     */
    public List<RecordedDrift> drift(String project, int limit) {
        return db.inTransaction(c -> {
            long projectId = Projects.require(c, project, db).id();
            String sql = "SELECT r.id, r.started_at, r.status, n.node_id, n.reports FROM run r JOIN node_run n ON n.run_id = r.id "
                    + "WHERE r.project_id = ? AND n.reports LIKE '%\"drift\"%' ORDER BY r.started_at DESC, r.id DESC, n.position DESC"
                    + (limit > 0 ? " LIMIT ?" : "");
            List<RecordedDrift> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, projectId);
                if (limit > 0) {
                    ps.setInt(2, limit);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> reports = StoreJson.readMap(rs.getString(5));
                        RecordedDrift drift = RecordedDrift.parse(rs.getLong(1), Db.instant(rs, "started_at"), rs.getString(3),
                                rs.getString(4), reports.get("drift"));
                        if (drift != null) {
                            out.add(drift);
                        }
                    }
                }
            }
            Collections.reverse(out);
            return out;
        });
    }

    /** One metric over a project's runs, oldest first; see {@link Metrics#series}. */
    public List<MetricPoint> series(String project, String metricKey, String nodeId, int limit) {
        return metrics.series(project, metricKey, nodeId, limit);
    }

    /** The metric keys recorded per node in a project, nodes and keys sorted: the chart's node and metric pickers. */
    public Map<String, List<String>> metricKeysByNode(String project) {
        return db.inTransaction(c -> {
            long projectId = Projects.require(c, project, db).id();
            Map<String, List<String>> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT node_id, metric_key FROM metric WHERE project_id = ? "
                    + "ORDER BY node_id, metric_key")) {
                ps.setLong(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The absolute paths that finished runs (succeeded or failed) of a project have read through the
     * file parameter {@code nodeId.paramKey}: the batches a watch folder need not run again. An empty
     * set when the project does not exist yet.
     */
    public Set<String> processedInputs(String project, String nodeId, String paramKey) {
        return db.inTransaction(c -> {
            Set<String> out = new LinkedHashSet<>();
            var p = Projects.find(c, project);
            if (p.isEmpty()) {
                return out;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT f.path FROM run r JOIN input_file f ON f.run_id = r.id "
                    + "WHERE r.project_id = ? AND f.node_id = ? AND f.param_key = ? AND r.status IN ("
                    + String.join(", ", Collections.nCopies(FINISHED.size(), "?")) + ")")) {
                int i = 1;
                ps.setLong(i++, p.get().id());
                ps.setString(i++, nodeId);
                ps.setString(i++, paramKey);
                for (String status : FINISHED) {
                    ps.setString(i++, status);
                }
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
