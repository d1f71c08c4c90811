package io.pipewright.store;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.RunResult;
import io.pipewright.node.ModelRegistration;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model registry: named models, their numbered versions (each a stored model artifact with its
 * metrics and lineage), and the aliases {@value #CHAMPION} and {@value #CHALLENGER}.
 *
 * <p>Runs register models without knowing the store: a node asks for it in its report, with a section
 * named {@value #REQUEST} or an entry {@value #REQUEST} inside any of its sections, holding
 * {@code {"name": model name, "port": output port of the model}} and optionally {@code "reason"}.
 * {@link Runs#finish} turns each request into a version in the same transaction that records the run.
 * A model whose bytes (SHA-256) are already a version of that name is not registered again.
 *
 * <p>The first version of a model becomes its champion automatically. Promoting a version to champion
 * clears the challenger alias if it pointed at that version. {@link #rollback} gives the champion back
 * to the version that was champion before the current one; rolling back again goes one further back.
 * Every registration, promotion and rollback is written to the audit log in the same transaction.
 */
public final class ModelRegistry {
    public static final String CHAMPION = "champion";
    public static final String CHALLENGER = "challenger";
    public static final List<String> ALIASES = List.of(CHAMPION, CHALLENGER);
    /** The report key a node uses to ask for a model registration. */
    public static final String REQUEST = ModelRegistration.REQUEST;

    private final Db db;
    private final AuditLog audit;
    private final Artifacts artifacts;
    private final String user;

    ModelRegistry(Db db, AuditLog audit, Artifacts artifacts, String user) {
        this.db = db;
        this.audit = audit;
        this.artifacts = artifacts;
        this.user = user;
    }

    /** Registers a stored model artifact as the next version of {@code name}; lineage and metrics come from its run. */
    public ModelVersion register(String name, long artifactId, String reason) {
        return db.inTransaction(c -> register(c, name, artifactId, reason));
    }

    /** Every model, or those of one project (NOT_FOUND when the project does not exist), by name. */
    public List<ModelSummary> list(String project) {
        return db.inTransaction(c -> {
            String sql = "SELECT m.*, p.name AS project_name, "
                    + "(SELECT COUNT(*) FROM model_version v WHERE v.model_id = m.id) AS versions, "
                    + "(SELECT MAX(version) FROM model_version v WHERE v.model_id = m.id) AS latest, "
                    + "(SELECT v.version FROM model_alias a JOIN model_version v ON v.id = a.version_id "
                    + "WHERE a.model_id = m.id AND a.alias = 'champion') AS champion, "
                    + "(SELECT v.version FROM model_alias a JOIN model_version v ON v.id = a.version_id "
                    + "WHERE a.model_id = m.id AND a.alias = 'challenger') AS challenger "
                    + "FROM model m LEFT JOIN project p ON p.id = m.project_id";
            Long projectId = null;
            if (project != null) {
                projectId = Projects.require(c, project, db).id();
                sql += " WHERE m.project_id = ?";
            }
            List<ModelSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql + " ORDER BY m.name")) {
                if (projectId != null) {
                    ps.setLong(1, projectId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ModelSummary(rs.getLong("id"), rs.getString("name"), rs.getString("project_name"),
                                rs.getInt("versions"), integer(rs, "latest"), integer(rs, "champion"),
                                integer(rs, "challenger"), Db.instant(rs, "created_at"), Db.instant(rs, "updated_at")));
                    }
                }
            }
            return out;
        });
    }

    /** The versions of a model, oldest first; NOT_FOUND naming the known models when there is no such model. */
    public List<ModelVersion> versions(String name) {
        return db.inTransaction(c -> versions(c, requireModel(c, name), name, null));
    }

    public ModelVersion version(String name, int version) {
        return db.inTransaction(c -> requireVersion(c, requireModel(c, name), name, version));
    }

    /** The version an alias points at, or empty when the alias is unset. */
    public Optional<ModelVersion> byAlias(String name, String alias) {
        checkAlias(alias);
        return db.inTransaction(c -> {
            long modelId = requireModel(c, name);
            Long versionId = aliasTarget(c, modelId, alias);
            return versionId == null ? Optional.empty() : Optional.of(versions(c, modelId, name, versionId).get(0));
        });
    }

    /** The plain bytes of a version's model file (decrypted in an encrypted workspace); the caller closes it. */
    public InputStream open(ModelVersion version) throws IOException {
        return artifacts.open(artifacts.get(version.artifactId()));
    }

    /** Points {@code alias} at a version; audited as "model.promoted". */
    public AliasChange promote(String name, int version, String alias) {
        checkAlias(alias);
        return db.inTransaction(c -> {
            long modelId = requireModel(c, name);
            ModelVersion target = requireVersion(c, modelId, name, version);
            if (alias.equals(CHALLENGER) && target.aliases().contains(CHAMPION)) {
                throw WorkspaceException.invalid("version " + version + " of model '" + name + "' is the champion; "
                        + "promote another version as challenger");
            }
            return assign(c, modelId, name, target, alias, "promoted");
        });
    }

    /**
     * Gives the champion back to the version that was champion before the current one, and marks the
     * current assignment as rolled back; audited as "model.rolled-back". INVALID when there is none.
     */
    public AliasChange rollback(String name) {
        return db.inTransaction(c -> {
            long modelId = requireModel(c, name);
            List<long[]> live = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, version_id FROM model_alias_history "
                    + "WHERE model_id = ? AND alias = ? AND NOT rolled_back ORDER BY id DESC")) {
                ps.setLong(1, modelId);
                ps.setString(2, CHAMPION);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        live.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
            if (live.size() < 2) {
                throw WorkspaceException.invalid("model '" + name + "' has no earlier champion to roll back to"
                        + (live.isEmpty() ? "" : " (version " + versionNumber(c, live.get(0)[1]) + " is its first champion)"));
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE model_alias_history SET rolled_back = TRUE WHERE id = ?")) {
                ps.setLong(1, live.get(0)[0]);
                ps.executeUpdate();
            }
            int from = versionNumber(c, live.get(0)[1]);
            int to = versionNumber(c, live.get(1)[1]);
            setAlias(c, modelId, CHAMPION, live.get(1)[1]);
            touch(c, modelId);
            audit.append(c, "model.rolled-back", "model " + name, Map.of("alias", CHAMPION, "from", from, "to", to));
            return new AliasChange(name, CHAMPION, to, from, true);
        });
    }

    /**
     * Registers what the nodes of a finished run asked for (see {@link #REQUEST}), inside the run's
     * recording transaction, after its artifacts, metrics and input files are written.
     */
    void registerRequested(Connection c, long runId, RunResult result) throws SQLException {
        for (NodeResult node : result.nodes().values()) {
            if (node.reports() == null) {
                continue;
            }
            for (Map<?, ?> request : requests(node.reports())) {
                String name = String.valueOf(request.get("name"));
                String port = request.get("port") == null ? "model" : String.valueOf(request.get("port"));
                String reason = request.get("reason") == null ? "" : String.valueOf(request.get("reason"));
                Long artifactId = artifactOf(c, runId, node.nodeId(), port);
                if (artifactId == null) {
                    audit.append(c, "model.registration-skipped", "model " + name, Map.of("run", runId,
                            "node", node.nodeId(), "port", port,
                            "why", "the node's output was not available to store (served from the cache and not needed)"));
                    continue;
                }
                register(c, name, artifactId, reason);
            }
        }
    }

    private static List<Map<?, ?>> requests(Map<String, Object> reports) {
        List<Map<?, ?>> out = new ArrayList<>();
        reports.forEach((section, content) -> {
            if (section.equals(REQUEST) && content instanceof Map<?, ?> request) {
                out.add(request);
            } else if (content instanceof Map<?, ?> map && map.get(REQUEST) instanceof Map<?, ?> request) {
                out.add(request);
            }
        });
        return out;
    }

    private static Long artifactOf(Connection c, long runId, String nodeId, String port) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM artifact WHERE run_id = ? AND node_id = ? AND port = ? "
                + "ORDER BY id DESC")) {
            ps.setLong(1, runId);
            ps.setString(2, nodeId);
            ps.setString(3, port);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private ModelVersion register(Connection c, String name, long artifactId, String reason) throws SQLException {
        Projects.checkName(name, "model");
        long runId;
        String nodeId;
        String sha;
        try (PreparedStatement ps = c.prepareStatement("SELECT run_id, node_id, kind, sha256 FROM artifact WHERE id = ?")) {
            ps.setLong(1, artifactId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw WorkspaceException.notFound("no artifact " + artifactId + " in the workspace " + db.directory()
                            + "; 'show RUN_ID' lists a run's artifacts");
                }
                if (!"model".equals(rs.getString("kind"))) {
                    throw WorkspaceException.invalid("artifact " + artifactId + " is a " + rs.getString("kind")
                            + ", not a model; only models can be registered");
                }
                runId = rs.getLong("run_id");
                nodeId = rs.getString("node_id");
                sha = rs.getString("sha256");
            }
        }
        Long projectId = null;
        Long revisionId = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT project_id, revision_id FROM run WHERE id = ?")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    projectId = longOrNull(rs, "project_id");
                    revisionId = longOrNull(rs, "revision_id");
                }
            }
        }
        long modelId = findOrCreateModel(c, name, projectId);
        for (ModelVersion existing : versions(c, modelId, name, null)) {
            if (existing.sha256().equals(sha)) {
                return existing;
            }
        }
        int version;
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(version), 0) + 1 FROM model_version WHERE model_id = ?")) {
            ps.setLong(1, modelId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getInt(1);
            }
        }
        long versionId;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_version (model_id, version, artifact_id, sha256, run_id, "
                + "node_id, revision_id, data_fingerprint, metrics, reason, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, modelId);
            ps.setInt(2, version);
            ps.setLong(3, artifactId);
            ps.setString(4, sha);
            ps.setLong(5, runId);
            ps.setString(6, nodeId);
            Runs.setLong(ps, 7, revisionId);
            ps.setString(8, StoreJson.write(fingerprints(c, runId)));
            ps.setString(9, StoreJson.write(metrics(c, runId)));
            ps.setString(10, reason == null ? "" : reason);
            ps.setString(11, user);
            Db.setInstant(ps, 12, Db.now());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                versionId = keys.getLong(1);
            }
        }
        touch(c, modelId);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", version);
        details.put("run", runId);
        details.put("node", nodeId);
        details.put("sha256", sha);
        details.put("reason", reason == null ? "" : reason);
        audit.append(c, "model.registered", "model " + name, details);
        ModelVersion registered = versions(c, modelId, name, versionId).get(0);
        if (aliasTarget(c, modelId, CHAMPION) == null) {
            assign(c, modelId, name, registered, CHAMPION, "promoted automatically: first version");
            registered = versions(c, modelId, name, versionId).get(0);
        }
        return registered;
    }

    private AliasChange assign(Connection c, long modelId, String name, ModelVersion target, String alias, String how)
            throws SQLException {
        Long current = aliasTarget(c, modelId, alias);
        Integer previous = current == null ? null : versionNumber(c, current);
        if (current != null && current == target.id()) {
            return new AliasChange(name, alias, target.version(), previous, false);
        }
        setAlias(c, modelId, alias, target.id());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO model_alias_history (model_id, alias, version_id, "
                + "assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, modelId);
            ps.setString(2, alias);
            ps.setLong(3, target.id());
            ps.setString(4, user);
            Db.setInstant(ps, 5, Db.now());
            ps.executeUpdate();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("alias", alias);
        details.put("version", target.version());
        details.put("previous", previous == null ? "none" : previous);
        details.put("how", how);
        if (alias.equals(CHAMPION) && target.aliases().contains(CHALLENGER)) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM model_alias WHERE model_id = ? AND alias = ?")) {
                ps.setLong(1, modelId);
                ps.setString(2, CHALLENGER);
                ps.executeUpdate();
            }
            details.put("challengerCleared", true);
        }
        touch(c, modelId);
        audit.append(c, "model.promoted", "model " + name, details);
        return new AliasChange(name, alias, target.version(), previous, true);
    }

    private static void setAlias(Connection c, long modelId, String alias, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO model_alias KEY (model_id, alias) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, modelId);
            ps.setString(2, alias);
            ps.setLong(3, versionId);
            Db.setInstant(ps, 4, Db.now());
            ps.executeUpdate();
        }
    }

    private static Long aliasTarget(Connection c, long modelId, String alias) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version_id FROM model_alias WHERE model_id = ? AND alias = ?")) {
            ps.setLong(1, modelId);
            ps.setString(2, alias);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static int versionNumber(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version FROM model_version WHERE id = ?")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private long findOrCreateModel(Connection c, String name, Long projectId) throws SQLException {
        Long id = findModel(c, name);
        if (id != null) {
            return id;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO model (name, project_id, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            Runs.setLong(ps, 2, projectId);
            Db.setInstant(ps, 3, Db.now());
            Db.setInstant(ps, 4, Db.now());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Long findModel(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM model WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private long requireModel(Connection c, String name) throws SQLException {
        Long id = findModel(c, name);
        if (id != null) {
            return id;
        }
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM model ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        throw WorkspaceException.notFound("no model '" + name + "' in the workspace " + db.directory()
                + (names.isEmpty() ? " (no model has been registered yet)" : "; its models: " + String.join(", ", names)));
    }

    private ModelVersion requireVersion(Connection c, long modelId, String name, int version) throws SQLException {
        List<ModelVersion> all = versions(c, modelId, name, null);
        return all.stream().filter(v -> v.version() == version).findFirst().orElseThrow(() -> WorkspaceException.notFound(
                "model '" + name + "' has no version " + version + "; its versions are 1 to " + all.size()));
    }

    private static void touch(Connection c, long modelId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE model SET updated_at = ? WHERE id = ?")) {
            Db.setInstant(ps, 1, Db.now());
            ps.setLong(2, modelId);
            ps.executeUpdate();
        }
    }

    /** The versions of one model (or only {@code versionId} when given), oldest first, with their current aliases. */
    private static List<ModelVersion> versions(Connection c, long modelId, String name, Long versionId) throws SQLException {
        Map<Long, List<String>> aliases = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version_id, alias FROM model_alias WHERE model_id = ? ORDER BY alias")) {
            ps.setLong(1, modelId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<ModelVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM model_version WHERE model_id = ?"
                + (versionId == null ? "" : " AND id = ?") + " ORDER BY version")) {
            ps.setLong(1, modelId);
            if (versionId != null) {
                ps.setLong(2, versionId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    out.add(new ModelVersion(id, name, rs.getInt("version"), rs.getLong("artifact_id"), rs.getString("sha256"),
                            longOrNull(rs, "run_id"), rs.getString("node_id"), longOrNull(rs, "revision_id"),
                            readFingerprints(rs.getString("data_fingerprint")), readMetrics(rs.getString("metrics")),
                            rs.getString("reason"), rs.getString("created_by"), Db.instant(rs, "created_at"),
                            aliases.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }

    private static List<Map<String, Object>> fingerprints(Connection c, long runId) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM input_file WHERE run_id = ? ORDER BY node_id, param_key")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("node", rs.getString("node_id"));
                    f.put("param", rs.getString("param_key"));
                    f.put("path", rs.getString("path"));
                    f.put("sha256", rs.getString("sha256"));
                    f.put("rows", longOrNull(rs, "row_count"));
                    f.put("columns", longOrNull(rs, "column_count"));
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static Map<String, Map<String, Double>> metrics(Connection c, long runId) throws SQLException {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT node_id, metric_key, metric_value FROM metric WHERE run_id = ? "
                + "ORDER BY node_id, metric_key")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double v = rs.getDouble(3);
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.wasNull() ? null : v);
                }
            }
        }
        return out;
    }

    private static List<InputFingerprint> readFingerprints(String json) {
        List<InputFingerprint> out = new ArrayList<>();
        for (Object o : StoreJson.readList(json)) {
            if (o instanceof Map<?, ?> f) {
                out.add(new InputFingerprint(String.valueOf(f.get("node")), String.valueOf(f.get("param")),
                        String.valueOf(f.get("path")), String.valueOf(f.get("sha256")),
                        f.get("rows") instanceof Number r ? r.longValue() : null,
                        f.get("columns") instanceof Number col ? col.intValue() : null));
            }
        }
        return out;
    }

    private static Map<String, Map<String, Double>> readMetrics(String json) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        StoreJson.readMap(json).forEach((node, values) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            if (values instanceof Map<?, ?> map) {
                map.forEach((k, v) -> m.put(String.valueOf(k), v instanceof Number n ? n.doubleValue() : null));
            }
            out.put(node, m);
        });
        return out;
    }

    private static void checkAlias(String alias) {
        if (!ALIASES.contains(alias)) {
            throw WorkspaceException.invalid("unknown alias '" + alias + "'; use " + String.join(" or ", ALIASES));
        }
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
