package io.pipewright.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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
    /** The report section {@code monitor.data-drift} writes. */
    public static final String DRIFT_SECTION = "drift";

    /** Run statuses after which an input file counts as processed; interrupted and cancelled runs are run again. */
    private static final List<String> FINISHED = List.of("succeeded", "failed");

    private final Db db;
    private final Metrics metrics;

    MonitoringHistory(Db db, Metrics metrics) {
        this.db = db;
        this.metrics = metrics;
    }

    /**
     * The drift reports ("drift" sections, as {@code monitor.data-drift} writes them) of the project's newest
     * {@code lastRuns} runs that have any (all when 0), oldest run first, nodes in pipeline order within a run.
     * NOT_FOUND when the project does not exist. The LIKE only narrows the rows read; each report is parsed
     * to be sure the section is there.
     */
    public List<RecordedDrift> drift(String project, int lastRuns) {
        return db.inTransaction(c -> {
            long projectId = Projects.require(c, project, db).id();
            List<RecordedDrift> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.started_at, r.status, n.node_id, n.reports "
                    + "FROM run r JOIN node_run n ON n.run_id = r.id WHERE r.project_id = ? AND n.reports LIKE ? "
                    + "ORDER BY r.started_at, r.id, n.position")) {
                ps.setLong(1, projectId);
                ps.setString(2, "%\"" + DRIFT_SECTION + "\"%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> reports = StoreJson.readMap(rs.getString(5));
                        RecordedDrift drift = RecordedDrift.parse(rs.getLong(1), Db.instant(rs, "started_at"), rs.getString(3),
                                rs.getString(4), reports.get(DRIFT_SECTION));
                        if (drift != null) {
                            all.add(drift);
                        }
                    }
                }
            }
            if (lastRuns <= 0) {
                return all;
            }
            Set<Long> runs = new LinkedHashSet<>();
            all.forEach(d -> runs.add(d.runId()));
            Set<Long> kept = new HashSet<>(runs.stream().skip(Math.max(0, runs.size() - lastRuns)).toList());
            return all.stream().filter(d -> kept.contains(d.runId())).toList();
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
