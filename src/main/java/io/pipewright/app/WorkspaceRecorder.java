package io.pipewright.app;

import io.pipewright.exec.RunResult;
import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.RunStart;
import io.pipewright.store.Workspace;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Records finished runs in the workspace, opening it on first use. Called on the app's background
 * thread only: the store is never touched on the FX thread.
 */
final class WorkspaceRecorder implements AutoCloseable {
    private final Path directory;
    private final NodeCatalog catalog;
    private Workspace workspace;

    WorkspaceRecorder(Path directory, NodeCatalog catalog) {
        this.directory = directory;
        this.catalog = catalog;
    }

    /**
     * Records the run of {@code pipeline} (as it ran, saved or not) started from {@code file} (may be null).
     *
     * @return the recorded run's id
     */
    synchronized long record(Pipeline pipeline, Path file, Path baseDir, RunResult result) {
        if (workspace == null) {
            workspace = Workspace.open(directory);
        }
        String version = WorkspaceRecorder.class.getPackage().getImplementationVersion();
        RunStart start = new RunStart(null, null, pipeline, pipeline, file == null ? null : file.toAbsolutePath(),
                sha256(new PipelineWriter().write(pipeline)), List.of(), baseDir,
                version == null ? "development" : version, weka.core.Version.VERSION, catalog);
        return workspace.runs().record(start, result);
    }

    Path directory() {
        return directory;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public synchronized void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
