package io.pipewright.store;

import io.pipewright.exec.FileFingerprints;
import io.pipewright.exec.NodeResult;
import io.pipewright.exec.RunResult;
import io.pipewright.graph.NodeInstance;
import io.pipewright.node.Artifact;
import io.pipewright.node.NodeType;
import io.pipewright.param.FileParam;
import io.pipewright.param.ParamSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Records runs: {@link #start} before the run (status "running", owned by this process), {@link #finish}
 * after it, or {@link #record} for both at once. A run left "running" by a process that no longer
 * exists (killed, crashed) is marked "interrupted" when a workspace is next opened.
 */
public final class Runs {
    static final String RUNNING = "running";
    static final String INTERRUPTED = "interrupted";

    private final Db db;
    private final AuditLog audit;
    private final PipelineRevisions revisions;
    private final Artifacts artifacts;
    private final ModelRegistry models;
    private final String user;

    Runs(Db db, AuditLog audit, PipelineRevisions revisions, Artifacts artifacts, ModelRegistry models, String user) {
        this.db = db;
        this.audit = audit;
        this.revisions = revisions;
        this.artifacts = artifacts;
        this.models = models;
        this.user = user;
    }

    /** Records that a run starts now; returns its id for {@link #finish}. */
    public long start(RunStart start) {
        return start(start, Db.now());
    }

    /** Records a finished run in one call; returns its id. */
    public long record(RunStart start, RunResult result) {
        long id = start(start, result.startedAt());
        finish(id, result);
        return id;
    }

    private long start(RunStart start, Instant startedAt) {
        Map<String, Map<String, Object>> parameters = parameters(start);
        List<InputFingerprint> inputs = inputFiles(start);
        return db.inTransaction(c -> {
            Long projectId = null;
            Long revisionId = start.revisionId();
            if (start.project() != null) {
                Project project = Projects.getOrCreate(c, start.project(), audit);
                projectId = project.id();
                if (revisionId == null) {
                    String message = start.sourceFile() == null ? "recorded from a run" : "recorded from a run of " + start.sourceFile();
                    revisionId = revisions.saveIfChanged(c, project, start.asSaved(), message).id();
                }
            }
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO run (project_id, revision_id, pipeline_name, "
                    + "pipeline_sha256, source_file, status, started_at, app_version, weka_version, java_version, os_user, "
                    + "overrides, parameters, seeds, owner_pid, owner_started) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                setLong(ps, 1, projectId);
                setLong(ps, 2, revisionId);
                ps.setString(3, start.pipeline().name());
                ps.setString(4, start.sourceSha256());
                ps.setString(5, start.sourceFile() == null ? null : start.sourceFile().toString());
                ps.setString(6, RUNNING);
                Db.setInstant(ps, 7, startedAt);
                ps.setString(8, start.appVersion());
                ps.setString(9, start.wekaVersion());
                ps.setString(10, System.getProperty("java.version"));
                ps.setString(11, user);
                ps.setString(12, StoreJson.write(start.overrides()));
                ps.setString(13, StoreJson.write(parameters));
                ps.setString(14, StoreJson.write(seeds(parameters)));
                RunOwner owner = RunOwner.current();
                ps.setLong(15, owner.pid());
                setLong(ps, 16, owner.startedMillis());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO input_file (run_id, node_id, param_key, path, sha256) "
                    + "VALUES (?, ?, ?, ?, ?)")) {
                for (InputFingerprint in : inputs) {
                    ps.setLong(1, id);
                    ps.setString(2, in.nodeId());
                    ps.setString(3, in.paramKey());
                    ps.setString(4, in.path());
                    ps.setString(5, in.sha256());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            audit.append(c, "run.started", "run " + id, Map.of("pipeline", start.pipeline().name(),
                    "project", start.project() == null ? "" : start.project(), "sha256", start.sourceSha256()));
            return id;
        });
    }

    /**
     * Records a run's outcome: per-node results, metrics, artifacts (stored first, as files), input shapes,
     * and the model versions its nodes asked the registry for (see {@link ModelRegistry#REQUEST}).
     */
    public void finish(long runId, RunResult result) {
        Map<String, Map<String, Artifacts.StoredFile>> files = storeArtifacts(result);
        db.inTransaction(c -> {
            Long projectId;
            try (PreparedStatement ps = c.prepareStatement("SELECT project_id FROM run WHERE id = ?")) {
                ps.setLong(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw WorkspaceException.notFound("no run " + runId + " in the workspace " + db.directory());
                    }
                    long p = rs.getLong(1);
                    projectId = rs.wasNull() ? null : p;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE run SET status = ?, finished_at = ?, seconds = ?, "
                    + "engine_run_id = ? WHERE id = ?")) {
                ps.setString(1, result.status().word());
                Db.setInstant(ps, 2, result.finishedAt());
                ps.setDouble(3, result.seconds());
                ps.setString(4, result.runId());
                ps.setLong(5, runId);
                ps.executeUpdate();
            }
            writeNodes(c, runId, projectId, result);
            writeArtifacts(c, runId, files, result);
            models.registerRequested(c, runId, result);
            audit.append(c, "run.finished", "run " + runId, Map.of("status", result.status().word(),
                    "seconds", result.seconds()));
            return null;
        });
    }

    private void writeNodes(Connection c, long runId, Long projectId, RunResult result) throws SQLException {
        try (PreparedStatement node = c.prepareStatement("INSERT INTO node_run (run_id, node_id, position, node_type, state, "
                + "seconds, error, log, cache_key, reports) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement metric = c.prepareStatement("INSERT INTO metric (run_id, node_id, metric_key, metric_value, "
                     + "project_id, started_at) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement shape = c.prepareStatement("UPDATE input_file SET row_count = ?, column_count = ? "
                     + "WHERE run_id = ? AND node_id = ?")) {
            int position = 0;
            for (NodeResult n : result.nodes().values()) {
                Map<String, Object> reports = n.reports() == null ? Map.of() : n.reports();
                node.setLong(1, runId);
                node.setString(2, n.nodeId());
                node.setInt(3, position++);
                node.setString(4, n.type());
                node.setString(5, n.state().word());
                node.setDouble(6, n.seconds());
                node.setString(7, n.error());
                node.setString(8, StoreJson.write(n.log() == null ? List.of() : n.log()));
                node.setString(9, n.cacheKey());
                node.setString(10, StoreJson.write(reports));
                node.addBatch();
                for (Map.Entry<String, Double> m : metrics(reports).entrySet()) {
                    metric.setLong(1, runId);
                    metric.setString(2, n.nodeId());
                    metric.setString(3, m.getKey());
                    setDouble(metric, 4, m.getValue());
                    setLong(metric, 5, projectId);
                    Db.setInstant(metric, 6, result.startedAt());
                    metric.addBatch();
                }
                long[] rowsColumns = shape(reports);
                if (rowsColumns != null) {
                    shape.setLong(1, rowsColumns[0]);
                    shape.setInt(2, (int) rowsColumns[1]);
                    shape.setLong(3, runId);
                    shape.setString(4, n.nodeId());
                    shape.addBatch();
                }
            }
            node.executeBatch();
            metric.executeBatch();
            shape.executeBatch();
        }
    }

    private Map<String, Map<String, Artifacts.StoredFile>> storeArtifacts(RunResult result) {
        Map<String, Map<String, Artifacts.StoredFile>> out = new LinkedHashMap<>();
        for (NodeResult n : result.nodes().values()) {
            if (n.outputs() == null) {
                continue;
            }
            for (Map.Entry<String, Object> o : n.outputs().entrySet()) {
                if (o.getValue() instanceof Artifact artifact) {
                    try {
                        out.computeIfAbsent(n.nodeId(), k -> new LinkedHashMap<>()).put(o.getKey(), artifacts.store(artifact));
                    } catch (IOException e) {
                        throw new WorkspaceException(WorkspaceException.Kind.IO, "storing the " + artifact.artifactKind()
                                + " of node '" + n.nodeId() + "' (port " + o.getKey() + ") under " + artifacts.folder()
                                + " failed: " + e.getMessage(), e);
                    }
                }
            }
        }
        return out;
    }

    private static void writeArtifacts(Connection c, long runId, Map<String, Map<String, Artifacts.StoredFile>> files,
                                       RunResult result) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO artifact (run_id, node_id, port, kind, sha256, file_name, "
                + "size_bytes, encrypted, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (var node : files.entrySet()) {
                for (var port : node.getValue().entrySet()) {
                    Artifact artifact = (Artifact) result.nodes().get(node.getKey()).outputs().get(port.getKey());
                    Artifacts.StoredFile f = port.getValue();
                    ps.setLong(1, runId);
                    ps.setString(2, node.getKey());
                    ps.setString(3, port.getKey());
                    ps.setString(4, artifact.artifactKind());
                    ps.setString(5, f.sha256());
                    ps.setString(6, f.fileName());
                    ps.setLong(7, f.sizeBytes());
                    ps.setBoolean(8, f.encrypted());
                    Db.setInstant(ps, 9, Db.now());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** The numeric top-level entries of a node's "metrics" report; nested tables stay in the report JSON. */
    static Map<String, Double> metrics(Map<String, Object> reports) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (reports.get("metrics") instanceof Map<?, ?> metrics) {
            metrics.forEach((k, v) -> {
                if (v instanceof Number num) {
                    double d = num.doubleValue();
                    out.put(String.valueOf(k), Double.isNaN(d) || Double.isInfinite(d) ? null : d);
                }
            });
        }
        return out;
    }

    /** Rows and columns from the first report section that has numeric "rows" and "columns" entries. */
    private static long[] shape(Map<String, Object> reports) {
        for (Object section : reports.values()) {
            if (section instanceof Map<?, ?> m && m.get("rows") instanceof Number r && m.get("columns") instanceof Number col) {
                return new long[] {r.longValue(), col.longValue()};
            }
        }
        return null;
    }

    /** Parameters after overrides, with the defaults of known node types filled in. */
    private static Map<String, Map<String, Object>> parameters(RunStart start) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (NodeInstance node : start.pipeline().nodes()) {
            Map<String, Object> params = new LinkedHashMap<>();
            Optional<NodeType> type = start.catalog().find(node.type());
            if (type.isPresent()) {
                for (ParamSpec<?> spec : type.get().descriptor().params()) {
                    if (spec.defaultValue() != null) {
                        params.put(spec.key(), StoreJson.jsonLike(rawDefault(spec)));
                    }
                }
            }
            node.params().forEach((k, v) -> params.put(k, StoreJson.jsonLike(v)));
            out.put(node.id(), params);
        }
        return out;
    }

    private static <T> Object rawDefault(ParamSpec<T> spec) {
        return spec.toRaw(spec.defaultValue());
    }

    static Map<String, Object> seeds(Map<String, Map<String, Object>> parameters) {
        Map<String, Object> out = new LinkedHashMap<>();
        parameters.forEach((node, params) -> params.forEach((key, value) -> {
            if (key.toLowerCase(Locale.ROOT).contains("seed")) {
                out.put(node + "." + key, value);
            }
        }));
        return out;
    }

    /** SHA-256 of every input file parameter (not output files) of every node whose type is known. */
    private static List<InputFingerprint> inputFiles(RunStart start) {
        List<InputFingerprint> out = new ArrayList<>();
        for (NodeInstance node : start.pipeline().nodes()) {
            Optional<NodeType> type = start.catalog().find(node.type());
            if (type.isEmpty()) {
                continue;
            }
            for (ParamSpec<?> spec : type.get().descriptor().params()) {
                if (spec instanceof FileParam file && !file.output() && node.params().get(file.key()) instanceof String raw) {
                    Path path = Path.of(raw);
                    if (!path.isAbsolute() && start.baseDir() != null) {
                        path = start.baseDir().resolve(path);
                    }
                    path = path.toAbsolutePath().normalize();
                    out.add(new InputFingerprint(node.id(), file.key(), path.toString(), fingerprint(path), null, null));
                }
            }
        }
        return out;
    }

    private static String fingerprint(Path path) {
        if (!Files.isRegularFile(path)) {
            return "missing:" + path;
        }
        try {
            return FileFingerprints.sha256(path);
        } catch (IOException e) {
            return "unreadable:" + path;
        }
    }

    /** Marks runs left "running" by processes that no longer exist as "interrupted"; returns their ids. */
    List<Long> markAbandoned() {
        return db.inTransaction(c -> {
            List<Long> abandoned = new ArrayList<>();
            List<Instant> starts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, started_at, owner_pid, owner_started FROM run WHERE status = ?")) {
                ps.setString(1, RUNNING);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long pid = rs.getLong("owner_pid");
                        Long pidOrNull = rs.wasNull() ? null : pid;
                        long started = rs.getLong("owner_started");
                        Long startedOrNull = rs.wasNull() ? null : started;
                        if (!RunOwner.isAlive(pidOrNull, startedOrNull)) {
                            abandoned.add(rs.getLong("id"));
                            starts.add(Db.instant(rs, "started_at"));
                        }
                    }
                }
            }
            Instant now = Db.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE run SET status = ?, finished_at = ?, seconds = ? "
                    + "WHERE id = ? AND status = ?")) {
                for (int i = 0; i < abandoned.size(); i++) {
                    ps.setString(1, INTERRUPTED);
                    Db.setInstant(ps, 2, now);
                    ps.setDouble(3, Duration.between(starts.get(i), now).toMillis() / 1000.0);
                    ps.setLong(4, abandoned.get(i));
                    ps.setString(5, RUNNING);
                    if (ps.executeUpdate() == 1) {
                        audit.append(c, "run.interrupted", "run " + abandoned.get(i),
                                Map.of("reason", "the process running it ended without finishing it"));
                    }
                }
            }
            return abandoned;
        });
    }

    public Optional<RunRecord> get(long runId) {
        return db.inTransaction(c -> RunQueries.get(c, runId));
    }

    /** The run, or NOT_FOUND naming the workspace. */
    public RunRecord require(long runId) {
        return get(runId).orElseThrow(() -> WorkspaceException.notFound("no run " + runId + " in the workspace "
                + db.directory() + "; 'history' lists the runs"));
    }

    public List<RunSummary> history(HistoryQuery query) {
        return db.inTransaction(c -> RunQueries.history(c, query, db));
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }
}
