package io.pipewright.store;

import org.h2.jdbcx.JdbcConnectionPool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A workspace: one folder holding the H2 database {@code pipewright.mv.db} (projects, pipeline
 * revisions, runs, metrics, audit log) and an {@code artifacts/} folder. Opening creates the folder
 * and schema when new, upgrades an older schema in place after a backup, refuses a newer one, and
 * marks runs whose process has died as interrupted.
 *
 * <p>The database is opened with H2's {@code AUTO_SERVER=TRUE}: the first process opens the file
 * and serves it, later ones (the app and a command-line run at once) connect to it, so they share
 * one consistent database. Every operation is a short transaction on a pooled connection.
 *
 * <p>Threading: all methods block on disk I/O and may wait for another process's lock. <b>Never call
 * the store on the JavaFX application thread</b>; the app runs store calls on its background executor.
 * The class itself is thread-safe.
 */
public final class Workspace implements AutoCloseable {
    public static final String DATABASE_NAME = "pipewright";
    public static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    static final String USER = "PIPEWRIGHT";
    private static final byte[] H2_ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SALT_SETTING = "artifact.kdf.salt";
    private static final String ITERATIONS_SETTING = "artifact.kdf.iterations";

    private final Path directory;
    private final boolean encrypted;
    private final Db db;
    private final AuditLog audit;
    private final Projects projects;
    private final PipelineRevisions revisions;
    private final Artifacts artifacts;
    private final Runs runs;
    private final ModelRegistry models;
    private final Metrics metrics;
    private final MonitoringHistory monitoring;
    private final Migrator.Outcome migration;
    private final List<Long> interrupted;

    private Workspace(Path directory, boolean encrypted, Db db, ArtifactCipher cipher, Migrator.Outcome migration) {
        this.directory = directory;
        this.encrypted = encrypted;
        this.db = db;
        this.migration = migration;
        String user = System.getProperty("user.name", "unknown");
        this.audit = new AuditLog(db, user);
        this.projects = new Projects(db, audit);
        this.revisions = new PipelineRevisions(db, audit, user);
        this.artifacts = new Artifacts(db, audit, directory.resolve("artifacts"), cipher);
        this.models = new ModelRegistry(db, audit, artifacts, user);
        this.runs = new Runs(db, audit, revisions, artifacts, models, user);
        this.metrics = new Metrics(db);
        this.monitoring = new MonitoringHistory(db, metrics);
        this.interrupted = runs.markAbandoned();
        audit.append("workspace.opened", directory.toString(), migration.from() == migration.to()
                ? Map.of("schema", migration.to())
                : Map.of("schema", migration.to(), "upgradedFrom", migration.from(),
                "backup", migration.backup() == null ? "" : migration.backup().toString()));
    }

    public static Workspace open(Path directory) {
        return open(directory, WorkspaceOptions.DEFAULT);
    }

    /** Opens (or creates) the workspace in {@code directory}; failures are {@link WorkspaceException}s a user can act on. */
    public static Workspace open(Path directory, WorkspaceOptions options) {
        Path dir = directory.toAbsolutePath().normalize();
        Path file = dir.resolve(DATABASE_FILE);
        boolean exists = Files.isRegularFile(file);
        boolean encrypted = exists ? isEncrypted(file) : options.encryptNew();
        char[] password = options.password();
        if (exists && options.encryptNew() && !encrypted) {
            throw new WorkspaceException(WorkspaceException.Kind.INVALID, "the workspace " + dir
                    + " already exists and is not encrypted; --encrypt applies only when a workspace is created");
        }
        if (encrypted && (password == null || password.length == 0)) {
            throw new WorkspaceException(WorkspaceException.Kind.UNAVAILABLE, "the workspace " + dir
                    + (exists ? " is encrypted" : " is to be encrypted") + ": set PIPEWRIGHT_PASSWORD or pass --password");
        }
        try {
            Files.createDirectories(dir.resolve("artifacts"));
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, "the workspace folder " + dir
                    + " cannot be created: " + e.getMessage() + "; choose another folder with --workspace", e);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir, encrypted, exists), USER,
                encrypted ? filePassword(password) + " " : "");
        pool.setMaxConnections(16);
        Db db = new Db(pool, dir);
        try {
            Migrator.Outcome outcome;
            try (Connection c = db.connection()) {
                outcome = Migrator.migrate(c, dir, Migrator.LATEST);
            }
            ArtifactCipher cipher = encrypted ? cipher(db, password) : null;
            return new Workspace(dir, encrypted, db, cipher, outcome);
        } catch (SQLException e) {
            db.close();
            throw Db.translate(e, dir);
        } catch (IOException e) {
            db.close();
            throw new WorkspaceException(WorkspaceException.Kind.IO, "the workspace " + dir + " could not be backed up before "
                    + "its upgrade: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static String url(Path dir, boolean encrypted, boolean mustExist) {
        // WRITE_DELAY=0: a commit reaches the file at once, so a run started just before the process
        // is killed is still there to be marked interrupted (H2 otherwise writes up to 500 ms later).
        return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000;WRITE_DELAY=0"
                + (encrypted ? ";CIPHER=AES" : "") + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    /** H2 takes the file password up to the first space, so any password becomes a hex digest of itself. */
    static String filePassword(char[] password) {
        java.nio.ByteBuffer encoded = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        String hex = HexFormat.of().formatHex(AuditLog.sha256().digest(bytes));
        Arrays.fill(bytes, (byte) 0);
        return hex;
    }

    /** An H2 encrypted file starts with a plain marker; a plain MVStore file starts with its header block. */
    static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(H2_ENCRYPTED_HEADER.length), H2_ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, "the workspace file " + file + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static ArtifactCipher cipher(Db db, char[] password) {
        return db.inTransaction(c -> {
            String salt = setting(c, SALT_SETTING);
            String iterations = setting(c, ITERATIONS_SETTING);
            if (salt == null) {
                salt = Base64.getEncoder().encodeToString(ArtifactCipher.newSalt());
                iterations = Integer.toString(ArtifactCipher.ITERATIONS);
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO workspace_setting KEY (setting_key) VALUES (?, ?)")) {
                    ps.setString(1, SALT_SETTING);
                    ps.setString(2, salt);
                    ps.executeUpdate();
                    ps.setString(1, ITERATIONS_SETTING);
                    ps.setString(2, iterations);
                    ps.executeUpdate();
                }
            }
            return new ArtifactCipher(password, Base64.getDecoder().decode(salt), Integer.parseInt(iterations));
        });
    }

    private static String setting(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM workspace_setting WHERE setting_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public Path directory() {
        return directory;
    }

    /** A workspace-wide setting (e.g. what the app has already done once), or empty when never set. */
    public java.util.Optional<String> setting(String key) {
        return java.util.Optional.ofNullable(db.inTransaction(c -> setting(c, key)));
    }

    /** Sets a workspace-wide setting (at most 4000 characters), replacing its previous value. */
    public void putSetting(String key, String value) {
        if (value == null || value.length() > 4000) {
            throw WorkspaceException.invalid("the setting '" + key + "' needs a value of at most 4000 characters");
        }
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO workspace_setting KEY (setting_key) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public boolean encrypted() {
        return encrypted;
    }

    public int schemaVersion() {
        return migration.to();
    }

    /** The schema version found when opening (0 for a new workspace); differs from {@link #schemaVersion} after an upgrade. */
    public int schemaVersionFound() {
        return migration.from();
    }

    /** The copy taken before this open upgraded the schema, or null. */
    public Path backup() {
        return migration.backup();
    }

    /** Runs this open marked interrupted because their process had died. */
    public List<Long> interruptedOnOpen() {
        return interrupted;
    }

    public Projects projects() {
        return projects;
    }

    public PipelineRevisions revisions() {
        return revisions;
    }

    public Runs runs() {
        return runs;
    }

    /** The model registry: versions registered by runs, aliases champion and challenger, promote and rollback. */
    public ModelRegistry models() {
        return models;
    }

    public Metrics metrics() {
        return metrics;
    }

    /** Drift reports and metric series over a project's runs, and the inputs its runs have processed. */
    public MonitoringHistory monitoring() {
        return monitoring;
    }

    public Artifacts artifacts() {
        return artifacts;
    }

    public AuditLog audit() {
        return audit;
    }

    Db db() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
