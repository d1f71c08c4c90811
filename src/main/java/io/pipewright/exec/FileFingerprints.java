package io.pipewright.exec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SHA-256 of input files' content, so a cached result is reused only while its data is unchanged.
 * Remembered per (path, size, modification time) so one process hashes a file once.
 */
public final class FileFingerprints {
    private record Stamp(long size, long modified) {
    }

    private record Known(Stamp stamp, String sha256) {
    }

    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    /** The content hash, or a marker saying the file is missing (the node will fail with its own message). */
    public String of(Path file) {
        try {
            Path real = file.toAbsolutePath().normalize();
            if (!Files.isRegularFile(real)) {
                return "missing:" + real;
            }
            Stamp stamp = new Stamp(Files.size(real), Files.getLastModifiedTime(real).toMillis());
            Known k = known.get(real);
            if (k != null && k.stamp().equals(stamp)) {
                return k.sha256();
            }
            String hash = sha256(real);
            known.put(real, new Known(stamp, hash));
            return hash;
        } catch (IOException e) {
            return "unreadable:" + file;
        }
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
