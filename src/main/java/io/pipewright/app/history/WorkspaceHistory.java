package io.pipewright.app.history;

import io.pipewright.graph.Pipeline;
import io.pipewright.store.HistoryQuery;
import io.pipewright.store.RunRecord;
import io.pipewright.store.RunSummary;
import io.pipewright.store.Workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The runs recorded in a workspace folder. Given the designer's open workspace ({@code shared}) it reads
 * through it; otherwise the database is opened on first use, only when it exists: looking at the history
 * never creates a workspace. Thread-safe; never call it on the FX thread.
 */
public final class WorkspaceHistory implements RunHistorySource, AutoCloseable {
    private final Path directory;
    private final Supplier<Workspace> shared;
    private Workspace workspace;

    public WorkspaceHistory(Path directory) {
        this(directory, null);
    }

    public WorkspaceHistory(Path directory, Supplier<Workspace> shared) {
        this.directory = directory.toAbsolutePath().normalize();
        this.shared = shared;
    }

    private synchronized Optional<Workspace> workspace() {
        if (shared != null) {
            return Optional.of(shared.get());
        }
        if (workspace == null && Files.isRegularFile(directory.resolve(Workspace.DATABASE_FILE))) {
            workspace = Workspace.open(directory);
        }
        return Optional.ofNullable(workspace);
    }

    @Override
    public List<RunSummary> runs(String project, int limit) {
        return workspace().map(w -> {
            if (project != null && w.projects().find(project).isEmpty()) {
                return List.<RunSummary>of();
            }
            HistoryQuery query = HistoryQuery.newest(limit);
            return w.runs().history(project == null ? query : query.inProject(project));
        }).orElse(List.of());
    }

    @Override
    public RunRecord run(long runId) {
        return workspace().orElseThrow(() -> new IllegalStateException("there is no workspace in " + directory))
                .runs().require(runId);
    }

    @Override
    public Optional<Pipeline> revisionOf(RunRecord run) {
        if (run.project() == null || run.revision() == null) {
            return Optional.empty();
        }
        return workspace().map(w -> w.revisions().open(w.revisions().get(run.project(), run.pipelineName(), run.revision())));
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public synchronized void close() {
        if (workspace != null) {
            workspace.close();
            workspace = null;
        }
    }
}
