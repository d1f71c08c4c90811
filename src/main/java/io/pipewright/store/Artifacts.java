package io.pipewright.store;

import io.pipewright.node.Artifact;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Artifact files (models, predictions) under the workspace's {@code artifacts/} folder, named by the
 * SHA-256 of their content plus their extension, so the same model stored twice is one file. In an
 * encrypted workspace the files are AES-GCM encrypted (see {@link ArtifactCipher}); the name is still
 * the hash of the plain content, which {@link #export} checks.
 */
public final class Artifacts {
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9_.-]{1,20}");

    private final Db db;
    private final AuditLog audit;
    private final Path folder;
    private final ArtifactCipher cipher;

    Artifacts(Db db, AuditLog audit, Path folder, ArtifactCipher cipher) {
        this.db = db;
        this.audit = audit;
        this.folder = folder;
        this.cipher = cipher;
    }

    /** A file stored under artifacts/, before it is linked to a run. */
    record StoredFile(String sha256, String fileName, long sizeBytes, boolean encrypted) {
    }

    public Path folder() {
        return folder;
    }

    /** Writes the artifact to a temporary file while hashing it, then moves it to its hash name. */
    StoredFile store(Artifact artifact) throws IOException {
        String extension = artifact.fileExtension() == null ? "" : artifact.fileExtension();
        if (!extension.isEmpty() && !EXTENSION.matcher(extension).matches()) {
            throw new IOException("the artifact extension '" + extension + "' is not a plain file extension like .model");
        }
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".incoming-", ".tmp");
        try {
            MessageDigest digest = AuditLog.sha256();
            long[] size = {0};
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp));
                 OutputStream sink = cipher == null ? file : cipher.encrypting(file);
                 OutputStream counted = new FilterOutputStream(new DigestOutputStream(sink, digest)) {
                     @Override
                     public void write(byte[] b, int off, int len) throws IOException {
                         out.write(b, off, len);
                         size[0] += len;
                     }

                     @Override
                     public void write(int b) throws IOException {
                         out.write(b);
                         size[0]++;
                     }
                 }) {
                artifact.writeTo(counted);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            String name = sha + extension + (cipher == null ? "" : ".enc");
            Path target = folder.resolve(name);
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target);
                }
            }
            return new StoredFile(sha, name, size[0], cipher != null);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public List<StoredArtifact> forRun(long runId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM artifact WHERE run_id = ? ORDER BY id")) {
                ps.setLong(1, runId);
                return list(ps);
            }
        });
    }

    public StoredArtifact get(long artifactId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM artifact WHERE id = ?")) {
                ps.setLong(1, artifactId);
                List<StoredArtifact> found = list(ps);
                if (found.isEmpty()) {
                    throw WorkspaceException.notFound("no artifact " + artifactId + " in the workspace " + db.directory()
                            + "; 'show RUN_ID' lists a run's artifacts");
                }
                return found.get(0);
            }
        });
    }

    /** The plain content of an artifact; the caller closes it. */
    public InputStream open(StoredArtifact artifact) throws IOException {
        Path file = folder.resolve(artifact.fileName());
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, "the artifact file " + file + " is missing from the workspace");
        }
        InputStream in = Files.newInputStream(file);
        if (!artifact.encrypted()) {
            return in;
        }
        if (cipher == null) {
            in.close();
            throw new WorkspaceException(WorkspaceException.Kind.UNAVAILABLE, "the artifact " + file
                    + " is encrypted but the workspace was opened without its password");
        }
        return cipher.decrypting(in);
    }

    /** Writes an artifact's plain content to {@code target}, checks its hash, and audits the export. */
    public void export(long artifactId, Path target) {
        StoredArtifact artifact = get(artifactId);
        MessageDigest digest = AuditLog.sha256();
        try (InputStream in = new DigestInputStream(open(artifact), digest)) {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, "exporting artifact " + artifactId + " ("
                    + folder.resolve(artifact.fileName()) + ") to " + target + " failed: " + e.getMessage(), e);
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        if (!sha.equals(artifact.sha256())) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, "the artifact file " + folder.resolve(artifact.fileName())
                    + " was changed on disk (its SHA-256 no longer matches); " + target + " is not the recorded artifact");
        }
        audit.append(artifact.kind() + ".exported", "artifact " + artifactId,
                Map.of("run", artifact.runId(), "node", artifact.nodeId(), "sha256", sha, "to", target.toAbsolutePath().toString()));
    }

    private static List<StoredArtifact> list(PreparedStatement ps) throws SQLException {
        List<StoredArtifact> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredArtifact(rs.getLong("id"), rs.getLong("run_id"), rs.getString("node_id"), rs.getString("port"),
                        rs.getString("kind"), rs.getString("sha256"), rs.getString("file_name"), rs.getLong("size_bytes"),
                        rs.getBoolean("encrypted"), Db.instant(rs, "created_at")));
            }
        }
        return out;
    }
}
