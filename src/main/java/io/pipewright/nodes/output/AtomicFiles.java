package io.pipewright.nodes.output;

import io.pipewright.node.NodeFailure;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file all at once or not at all: the content goes to a temporary file in the same folder,
 * which then replaces the target by an atomic rename. A reader never sees a half-written file, and a
 * failed or interrupted write leaves the previous file as it was.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    /** Writes the content to a stream; the stream may be closed by the writer. */
    @FunctionalInterface
    public interface ContentWriter {
        void write(OutputStream out) throws Exception;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically, creating its folder if needed.
     *
     * @param paramKey the parameter that named the file, for the message
     * @throws NodeFailure naming the parameter and the file when it cannot be written
     */
    public static void write(Path target, String paramKey, ContentWriter writer) throws NodeFailure {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(absolute.getParent());
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                writer.write(out);
            }
            keepPermissions(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (Exception e) {
            deleteQuietly(temp);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            throw new NodeFailure("parameter '" + paramKey + "': cannot write " + absolute + " (" + reason
                    + "). Check that the folder exists and is writable.", e);
        }
    }

    /** A temp file is private (rw-------); give the result the permissions of the file it replaces, or rw-r--r--. */
    private static void keepPermissions(Path temp, Path target) throws IOException {
        if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : NEW_FILE_PERMISSIONS;
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The temp file is hidden and named for its target; the write error is what the user needs.
        }
    }
}
