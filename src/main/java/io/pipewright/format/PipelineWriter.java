package io.pipewright.format;

import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes pipeline files in the current format, deterministically: the same pipeline always gives the
 * same bytes, whatever order its parameters were set in, so pipelines diff cleanly in version control.
 * Top-level order: format, formatVersion, name, nodes (pipeline order; id, type, typeVersion, params
 * with keys sorted at every depth), edges (pipeline order), layout (node order, then other ids
 * sorted), then the extra fields sorted by key. UTF-8, two-space indentation, "\n", trailing newline.
 *
 * <p>A value that JSON cannot hold (an arbitrary object, NaN) is a programming error and raises
 * {@link IllegalArgumentException} naming the node and parameter.
 */
public final class PipelineWriter {

    public String write(Pipeline pipeline) {
        StringWriter text = new StringWriter();
        try {
            emit(pipeline, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Writes atomically: the text goes to a temporary file beside {@code target}, is flushed to disk
     * and then renamed over it, so a crash or a failure leaves either the old file or the new one,
     * never a half-written one, and no temporary file behind.
     */
    public void write(Pipeline pipeline, Path target) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        Path dir = file.getParent();
        Path temp = createTemp(dir, file.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8.newEncoder(), -1)) {
                emit(pipeline, writer);
                writer.flush();
                channel.force(true);
            }
            copyPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            syncDirectory(dir);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                // Created like any new file (not Files.createTempFile, whose owner-only permissions would stick).
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** Saving keeps the file's permissions; best effort, as not every file system has POSIX permissions. */
    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.exists(from)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // The content is what matters; a file system without POSIX permissions keeps its defaults.
        }
    }

    /** Makes the rename itself durable where the platform allows syncing a directory (Linux does, Windows does not). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not supported here; the file's own content was already forced to disk.
        }
    }

    private void emit(Pipeline pipeline, Writer writer) throws IOException {
        for (String key : pipeline.extras().keySet()) {
            if (PipelineBinder.TOP_LEVEL_FIELDS.contains(key)) {
                throw new IllegalArgumentException("the extra field '" + key + "' would clash with the pipeline's own '"
                        + key + "' field");
            }
        }
        CanonicalJson json = new CanonicalJson(writer);
        json.raw("{").newline(1).key("format").string(PipelineReader.FORMAT_ID).raw(",")
                .newline(1).key("formatVersion").raw(Integer.toString(Migrations.CURRENT_VERSION)).raw(",")
                .newline(1).key("name").string(pipeline.name()).raw(",")
                .newline(1).key("nodes");
        nodes(pipeline, json);
        json.raw(",").newline(1).key("edges");
        edges(pipeline, json);
        json.raw(",").newline(1).key("layout");
        layout(pipeline, json);
        for (Map.Entry<String, Object> extra : new TreeMap<>(pipeline.extras()).entrySet()) {
            json.raw(",").newline(1).key(extra.getKey());
            json.value(extra.getValue(), 1, "top-level field '" + extra.getKey() + "'");
        }
        json.newline(0).raw("}\n");
    }

    private static void nodes(Pipeline pipeline, CanonicalJson json) throws IOException {
        if (pipeline.nodes().isEmpty()) {
            json.raw("[]");
            return;
        }
        json.raw("[");
        for (int i = 0; i < pipeline.nodes().size(); i++) {
            NodeInstance node = pipeline.nodes().get(i);
            json.raw(i == 0 ? "" : ",").newline(2).raw("{")
                    .newline(3).key("id").string(node.id()).raw(",")
                    .newline(3).key("type").string(node.type()).raw(",")
                    .newline(3).key("typeVersion").raw(Integer.toString(node.typeVersion())).raw(",")
                    .newline(3).key("params");
            String where = "node '" + node.id() + "'";
            json.object(node.params(), 3, where, key -> where + ", parameter '" + key + "'");
            json.newline(2).raw("}");
        }
        json.newline(1).raw("]");
    }

    private static void edges(Pipeline pipeline, CanonicalJson json) throws IOException {
        if (pipeline.edges().isEmpty()) {
            json.raw("[]");
            return;
        }
        json.raw("[");
        for (int i = 0; i < pipeline.edges().size(); i++) {
            Edge edge = pipeline.edges().get(i);
            json.raw(i == 0 ? "" : ",").newline(2)
                    .raw("{ ").key("from").string(edge.from().toString())
                    .raw(", ").key("to").string(edge.to().toString()).raw(" }");
        }
        json.newline(1).raw("]");
    }

    private static void layout(Pipeline pipeline, CanonicalJson json) throws IOException {
        Map<String, Point> positions = pipeline.layout().positions();
        if (positions.isEmpty()) {
            json.raw("{}");
            return;
        }
        Set<String> written = new HashSet<>();
        json.raw("{");
        for (NodeInstance node : pipeline.nodes()) {
            Point point = positions.get(node.id());
            if (point != null && written.add(node.id())) {
                position(json, node.id(), point, written.size() == 1);
            }
        }
        for (Map.Entry<String, Point> entry : new TreeMap<>(positions).entrySet()) {
            if (written.add(entry.getKey())) {
                position(json, entry.getKey(), entry.getValue(), written.size() == 1);
            }
        }
        json.newline(1).raw("}");
    }

    private static void position(CanonicalJson json, String id, Point point, boolean first) throws IOException {
        String where = "layout of node '" + id + "'";
        json.raw(first ? "" : ",").newline(2).key(id)
                .raw("{ ").key("x").coordinate(point.x(), where)
                .raw(", ").key("y").coordinate(point.y(), where).raw(" }");
    }
}
