package io.pipewright.app.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One file in the workspace directory holding the open document's unsaved state. It is written
 * atomically (temporary file, then a rename) so a crash mid-write leaves the previous state, and
 * cleared on save and on a clean exit: a slot found at start means the app did not exit cleanly.
 */
public final class RecoverySlot {
    public static final String FILE_NAME = "recovery.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public RecoverySlot(Path workspaceDirectory) {
        this.file = workspaceDirectory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public void write(RecoveryState state) {
        ObjectNode root = JSON.createObjectNode();
        root.put("project", state.project());
        root.put("file", state.file() == null ? null : state.file().toAbsolutePath().toString());
        root.put("writtenAt", state.writtenAt().toString());
        root.put("pipeline", state.pipelineJson());
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".recovery-", ".tmp");
            try {
                Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the recovery file " + file + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** The state in the slot; empty when there is none or it cannot be read (it is then of no use). */
    public Optional<RecoveryState> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            String project = root.path("project").isTextual() ? root.get("project").asText() : null;
            Path source = root.path("file").isTextual() ? Path.of(root.get("file").asText()) : null;
            return Optional.of(new RecoveryState(project, source, Instant.parse(root.path("writtenAt").asText()),
                    root.path("pipeline").asText()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the recovery file " + file + " cannot be deleted: " + e.getMessage(), e);
        }
    }
}
