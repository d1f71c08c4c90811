package io.pipewright.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The projects of a workspace. Names are unique and may not contain '/' (it separates PROJECT/PIPELINE). */
public final class Projects {
    private final Db db;
    private final AuditLog audit;

    Projects(Db db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public Project create(String name, String description) {
        checkName(name, "project");
        return db.inTransaction(c -> {
            if (find(c, name).isPresent()) {
                throw WorkspaceException.invalid("a project named '" + name + "' already exists in " + db.directory());
            }
            return insert(c, name, description);
        });
    }

    /** The project of that name, created (and audited) when it does not exist yet. */
    public Project getOrCreate(String name) {
        checkName(name, "project");
        return db.inTransaction(c -> getOrCreate(c, name));
    }

    public Optional<Project> find(String name) {
        return db.inTransaction(c -> find(c, name));
    }

    /** The project of that name, or a NOT_FOUND failure listing the projects there are. */
    public Project require(String name) {
        return db.inTransaction(c -> require(c, name, db));
    }

    public List<ProjectSummary> list() {
        return db.inTransaction(c -> {
            List<ProjectSummary> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT p.*, "
                    + "(SELECT COUNT(*) FROM pipeline pl WHERE pl.project_id = p.id) AS pipelines, "
                    + "(SELECT COUNT(*) FROM run r WHERE r.project_id = p.id) AS runs FROM project p ORDER BY p.name")) {
                while (rs.next()) {
                    out.add(new ProjectSummary(project(rs), rs.getInt("pipelines"), rs.getLong("runs")));
                }
            }
            return out;
        });
    }

    static Project getOrCreate(Connection c, String name, AuditLog audit) throws SQLException {
        Optional<Project> existing = find(c, name);
        return existing.isPresent() ? existing.get() : insert(c, name, "", audit);
    }

    private Project getOrCreate(Connection c, String name) throws SQLException {
        return getOrCreate(c, name, audit);
    }

    private Project insert(Connection c, String name, String description) throws SQLException {
        return insert(c, name, description, audit);
    }

    private static Project insert(Connection c, String name, String description, AuditLog audit) throws SQLException {
        checkName(name, "project");
        Instant now = Db.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO project (name, description, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, description == null ? "" : description);
            Db.setInstant(ps, 3, now);
            Db.setInstant(ps, 4, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                Project p = new Project(keys.getLong(1), name, description == null ? "" : description, now, now);
                audit.append(c, "project.created", name, Map.of("description", p.description()));
                return p;
            }
        }
    }

    static Optional<Project> find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM project WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(project(rs)) : Optional.empty();
            }
        }
    }

    static Project require(Connection c, String name, Db db) throws SQLException {
        Optional<Project> p = find(c, name);
        if (p.isPresent()) {
            return p.get();
        }
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM project ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        throw WorkspaceException.notFound("no project '" + name + "' in the workspace " + db.directory()
                + (names.isEmpty() ? " (it has no projects yet)" : "; its projects: " + String.join(", ", names)));
    }

    static void touch(Connection c, long projectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE project SET updated_at = ? WHERE id = ?")) {
            Db.setInstant(ps, 1, Db.now());
            ps.setLong(2, projectId);
            ps.executeUpdate();
        }
    }

    static Project project(ResultSet rs) throws SQLException {
        return new Project(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
                Db.instant(rs, "created_at"), Db.instant(rs, "updated_at"));
    }

    static void checkName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw WorkspaceException.invalid("a " + what + " name may not be empty");
        }
        if (name.contains("/") || name.length() > 200 || !name.strip().equals(name)) {
            throw WorkspaceException.invalid("the " + what + " name '" + name
                    + "' is not allowed: use at most 200 characters, no '/', no leading or trailing spaces");
        }
    }

    static void checkPipelineName(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw WorkspaceException.invalid("a pipeline needs a name of 1 to 200 characters to be saved in a workspace");
        }
    }
}
