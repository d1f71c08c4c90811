package io.pipewright.app.project;

import io.pipewright.store.Workspace;

import java.nio.file.Path;

/**
 * The app's one connection to its workspace, opened on first use. Used from the app's background
 * thread only (the store is never touched on the FX thread); thread-safe all the same.
 */
public final class WorkspaceAccess implements AutoCloseable {
    private final Path directory;
    private Workspace workspace;

    public WorkspaceAccess(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public synchronized Workspace get() {
        if (workspace == null) {
            workspace = Workspace.open(directory);
        }
        return workspace;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public synchronized void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
