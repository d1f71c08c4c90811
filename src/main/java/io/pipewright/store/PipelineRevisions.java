package io.pipewright.store;

import io.pipewright.format.PipelineFormatException;
import io.pipewright.format.PipelineReader;
import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Pipeline;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pipelines of a project and their revisions. Every save is a new revision numbered 1, 2, 3... per
 * pipeline; a pipeline is named by its {@link Pipeline#name()}. Any revision can be opened again.
 */
public final class PipelineRevisions {
    private final Db db;
    private final AuditLog audit;
    private final String user;

    PipelineRevisions(Db db, AuditLog audit, String user) {
        this.db = db;
        this.audit = audit;
        this.user = user;
    }

    /** Saves a new revision of the pipeline (named by its name) in an existing project. */
    public Revision save(String project, Pipeline pipeline, String message) {
        return db.inTransaction(c -> save(c, Projects.require(c, project, db), pipeline, message, false));
    }

    /** The latest revision if it has the same content, else a new revision with {@code message}; in one transaction. */
    public Revision saveIfChanged(String project, Pipeline pipeline, String message) {
        return db.inTransaction(c -> saveIfChanged(c, Projects.require(c, project, db), pipeline, message));
    }

    /** The latest revision if it has the same content, else a new revision; what a recorded run refers to. */
    Revision saveIfChanged(Connection c, Project project, Pipeline pipeline, String message) throws SQLException {
        return save(c, project, pipeline, message, true);
    }

    private Revision save(Connection c, Project project, Pipeline pipeline, String message, boolean onlyIfChanged)
            throws SQLException {
        Projects.checkPipelineName(pipeline.name());
        String json = new PipelineWriter().write(pipeline);
        String hash = sha256(json);
        long pipelineId = pipelineId(c, project.id(), pipeline.name());
        Optional<Revision> latest = latest(c, project.name(), pipeline.name());
        if (onlyIfChanged && latest.isPresent() && latest.get().sha256().equals(hash)) {
            return latest.get();
        }
        int number = latest.map(r -> r.revision() + 1).orElse(1);
        var now = Db.now();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pipeline_revision (pipeline_id, revision, json, sha256, "
                + "message, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, pipelineId);
            ps.setInt(2, number);
            ps.setString(3, json);
            ps.setString(4, hash);
            ps.setString(5, message == null ? "" : message);
            ps.setString(6, user);
            Db.setInstant(ps, 7, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        Projects.touch(c, project.id());
        audit.append(c, "pipeline.saved", project.name() + "/" + pipeline.name(),
                Map.of("revision", number, "sha256", hash, "message", message == null ? "" : message));
        return new Revision(id, project.name(), pipeline.name(), number, hash, message == null ? "" : message, user, now, json);
    }

    public Optional<Revision> latest(String project, String pipeline) {
        return db.inTransaction(c -> latest(c, project, pipeline));
    }

    /** The given revision, or the latest when {@code revision} is null; NOT_FOUND names what exists. */
    public Revision get(String project, String pipeline, Integer revision) {
        return db.inTransaction(c -> {
            Projects.require(c, project, db);
            List<Revision> all = list(c, project, pipeline);
            if (all.isEmpty()) {
                List<String> names = pipelines(c, project);
                throw WorkspaceException.notFound("no pipeline '" + pipeline + "' in project '" + project + "'"
                        + (names.isEmpty() ? " (it has no pipelines yet)" : "; its pipelines: " + String.join(", ", names)));
            }
            if (revision == null) {
                return all.get(all.size() - 1);
            }
            return all.stream().filter(r -> r.revision() == revision).findFirst().orElseThrow(() ->
                    WorkspaceException.notFound(project + "/" + pipeline + " has no revision " + revision
                            + "; its revisions are 1 to " + all.get(all.size() - 1).revision()));
        });
    }

    /** Every revision of a pipeline, oldest first. */
    public List<Revision> list(String project, String pipeline) {
        return db.inTransaction(c -> list(c, project, pipeline));
    }

    public List<String> pipelines(String project) {
        return db.inTransaction(c -> {
            Projects.require(c, project, db);
            return pipelines(c, project);
        });
    }

    /** Opens a stored revision as a pipeline again. */
    public Pipeline open(Revision revision) {
        try {
            return new PipelineReader().read(revision.json(), revision.project() + "/" + revision.pipeline()
                    + " revision " + revision.revision());
        } catch (PipelineFormatException e) {
            throw new WorkspaceException(WorkspaceException.Kind.INVALID, e.getMessage(), e);
        }
    }

    public RevisionDiff diff(String project, String pipeline, int a, int b) {
        return RevisionDiff.between(open(get(project, pipeline, a)), open(get(project, pipeline, b)));
    }

    private static long pipelineId(Connection c, long projectId, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM pipeline WHERE project_id = ? AND name = ?")) {
            ps.setLong(1, projectId);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO pipeline (project_id, name, created_at) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, projectId);
            ps.setString(2, name);
            Db.setInstant(ps, 3, Db.now());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static final String SELECT = "SELECT r.*, p.name AS pipeline_name, pr.name AS project_name FROM pipeline_revision r "
            + "JOIN pipeline p ON p.id = r.pipeline_id JOIN project pr ON pr.id = p.project_id ";

    static Optional<Revision> latest(Connection c, String project, String pipeline) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE pr.name = ? AND p.name = ? ORDER BY r.revision DESC LIMIT 1")) {
            ps.setString(1, project);
            ps.setString(2, pipeline);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(revision(rs)) : Optional.empty();
            }
        }
    }

    static Optional<Revision> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE r.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(revision(rs)) : Optional.empty();
            }
        }
    }

    private static List<Revision> list(Connection c, String project, String pipeline) throws SQLException {
        List<Revision> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE pr.name = ? AND p.name = ? ORDER BY r.revision")) {
            ps.setString(1, project);
            ps.setString(2, pipeline);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(revision(rs));
                }
            }
        }
        return out;
    }

    private static List<String> pipelines(Connection c, String project) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.name FROM pipeline p JOIN project pr ON pr.id = p.project_id "
                + "WHERE pr.name = ? ORDER BY p.name")) {
            ps.setString(1, project);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static Revision revision(ResultSet rs) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getString("project_name"), rs.getString("pipeline_name"), rs.getInt("revision"),
                rs.getString("sha256"), rs.getString("message"), rs.getString("saved_by"), Db.instant(rs, "saved_at"),
                rs.getString("json"));
    }

    static String sha256(String text) {
        return HexFormat.of().formatHex(AuditLog.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
