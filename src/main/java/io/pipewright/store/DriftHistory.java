package io.pipewright.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data drift reports recorded with a project's runs: every node report with a "drift" section
 * (as {@code monitor.data-drift} writes it), oldest run first, for the drift table and heat map.
 */
public final class DriftHistory {
    public static final String SECTION = "drift";

    private final Db db;

    DriftHistory(Db db) {
        this.db = db;
    }

    /**
     * The drift reports of the project's newest {@code lastRuns} runs that have any (all when 0), oldest
     * first, nodes in pipeline order within a run. NOT_FOUND when the project does not exist.
     */
    public List<DriftPoint> forProject(String project, int lastRuns) {
        return db.inTransaction(c -> {
            long projectId = Projects.require(c, project, db).id();
            List<DriftPoint> all = new ArrayList<>();
            // The LIKE only narrows the rows read; the JSON is parsed to be sure the section is there.
            try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.started_at, n.node_id, n.reports FROM run r "
                    + "JOIN node_run n ON n.run_id = r.id WHERE r.project_id = ? AND n.reports LIKE ? "
                    + "ORDER BY r.started_at, r.id, n.position")) {
                ps.setLong(1, projectId);
                ps.setString(2, "%\"" + SECTION + "\"%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (StoreJson.readMap(rs.getString(4)).get(SECTION) instanceof Map<?, ?> drift) {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> section = (Map<String, Object>) drift;
                            all.add(new DriftPoint(rs.getLong(1), Db.instant(rs, "started_at"), rs.getString(3), section));
                        }
                    }
                }
            }
            if (lastRuns <= 0) {
                return all;
            }
            Set<Long> runs = new LinkedHashSet<>();
            all.forEach(p -> runs.add(p.runId()));
            Set<Long> kept = new LinkedHashSet<>(runs.stream().skip(Math.max(0, runs.size() - lastRuns)).toList());
            return all.stream().filter(p -> kept.contains(p.runId())).toList();
        });
    }
}
