package io.pipewright.app.project;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;

import java.util.Locale;

/** What the finished-run notification says: how the run ended, how many nodes failed, how long it took. */
public record RunOutcome(RunStatus status, String title, String detail) {

    public static RunOutcome of(RunResult result) {
        long failed = count(result, NodeState.FAILED);
        long skipped = count(result, NodeState.SKIPPED);
        long done = count(result, NodeState.SUCCEEDED) + count(result, NodeState.CACHED);
        long cached = count(result, NodeState.CACHED);
        String took = duration(result.seconds());
        return switch (result.status()) {
            case SUCCEEDED -> new RunOutcome(RunStatus.SUCCEEDED, "Run succeeded",
                    result.pipelineName() + ": " + plural(done, "node") + " in " + took
                            + (cached > 0 ? " (" + cached + " from the cache)" : ""));
            case FAILED -> new RunOutcome(RunStatus.FAILED, "Run failed",
                    result.pipelineName() + ": " + plural(failed, "node") + " failed"
                            + (skipped > 0 ? ", " + skipped + " skipped" : "") + " after " + took
                            + " — see the Console");
            case CANCELLED -> new RunOutcome(RunStatus.CANCELLED, "Run cancelled",
                    result.pipelineName() + ": stopped after " + took + ", " + plural(done, "node") + " finished");
        };
    }

    private static long count(RunResult result, NodeState state) {
        return result.nodes().values().stream().map(NodeResult::state).filter(state::equals).count();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
}
