package io.pipewright.app.history;

import io.pipewright.graph.Pipeline;
import io.pipewright.store.RunRecord;
import io.pipewright.store.RunSummary;

import java.util.List;
import java.util.Optional;

/**
 * Where the History dock reads recorded runs. Every method may block on disk: call it off the FX thread.
 */
public interface RunHistorySource {
    /** The newest runs, newest first; {@code project} null takes every run. Empty when there is no workspace yet. */
    List<RunSummary> runs(String project, int limit);

    RunRecord run(long runId);

    /** The pipeline revision a run was recorded with, if it belongs to a project. */
    Optional<Pipeline> revisionOf(RunRecord run);

    /** Where the runs come from, for messages (e.g. the workspace folder). */
    String describe();

    /** No workspace: the dock says how runs get recorded. */
    RunHistorySource NONE = new RunHistorySource() {
        @Override
        public List<RunSummary> runs(String project, int limit) {
            return List.of();
        }

        @Override
        public RunRecord run(long runId) {
            throw new IllegalStateException("no workspace is open");
        }

        @Override
        public Optional<Pipeline> revisionOf(RunRecord run) {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "no workspace";
        }
    };
}
