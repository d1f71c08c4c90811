package io.pipewright.app;

import io.pipewright.app.project.WorkspaceAccess;
import io.pipewright.exec.RunResult;
import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.Revision;
import io.pipewright.store.RunStart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Records finished runs in the workspace. A run of a project's pipeline refers to the revision it
 * ran: the latest one when the pipeline is unchanged since, else a new one saved before the run
 * starts. Called on the app's background thread only: the store is never touched on the FX thread.
 */
final class WorkspaceRecorder implements AutoCloseable {
    private final WorkspaceAccess access;
    private final NodeCatalog catalog;
    private final boolean ownsAccess;

    WorkspaceRecorder(Path directory, NodeCatalog catalog) {
        this(new WorkspaceAccess(directory), catalog, true);
    }

    WorkspaceRecorder(WorkspaceAccess access, NodeCatalog catalog) {
        this(access, catalog, false);
    }

    private WorkspaceRecorder(WorkspaceAccess access, NodeCatalog catalog, boolean ownsAccess) {
        this.access = access;
        this.catalog = catalog;
        this.ownsAccess = ownsAccess;
    }

    /** The revision of {@code project} whose content is {@code pipeline}: the latest if identical, else a new one. */
    Revision revisionFor(String project, Pipeline pipeline) {
        return access.get().revisions().saveIfChanged(project, pipeline, "saved before a run");
    }

    /**
     * Records the run of {@code pipeline} (as it ran, saved or not) started from {@code file} (may be null).
     *
     * @return the recorded run's id
     */
    long record(Pipeline pipeline, Path file, Path baseDir, RunResult result) {
        RunStart start = new RunStart(null, null, pipeline, pipeline, file == null ? null : file.toAbsolutePath(),
                sha256(new PipelineWriter().write(pipeline)), List.of(), baseDir, appVersion(), weka.core.Version.VERSION,
                catalog);
        return access.get().runs().record(start, result);
    }

    /** Records a run of a stored revision (a project's pipeline); returns the run's id. */
    long record(Revision revision, Pipeline pipeline, Path baseDir, RunResult result) {
        RunStart start = new RunStart(revision.project(), revision.id(), pipeline, null, null, revision.sha256(), List.of(),
                baseDir, appVersion(), weka.core.Version.VERSION, catalog);
        return access.get().runs().record(start, result);
    }

    Path directory() {
        return access.directory();
    }

    private static String appVersion() {
        String version = WorkspaceRecorder.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    @Override
    public void close() {
        if (ownsAccess) {
            access.close();
        }
    }
}
