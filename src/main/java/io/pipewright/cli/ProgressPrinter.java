package io.pipewright.cli;

import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunEvent;
import io.pipewright.exec.RunListener;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints a run's progress to stderr: state changes, log lines, and progress in quarter steps.
 * Synchronized so lines from parallel nodes never interleave and a node's quarters only go up.
 */
final class ProgressPrinter implements RunListener {
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private final Map<String, Integer> lastQuarter = new ConcurrentHashMap<>();

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void onEvent(RunEvent event) {
        String line = null;
        if (event instanceof RunEvent.RunStarted s) {
            line = "running '" + s.pipelineName() + "' (" + s.nodeCount() + " nodes)";
        } else if (event instanceof RunEvent.NodeStateChanged s && s.state() != NodeState.QUEUED) {
            line = s.nodeId() + ": " + s.state().word() + (s.message() == null ? "" : " - " + s.message());
        } else if (event instanceof RunEvent.NodeProgress p) {
            line = quarter(p);
        } else if (event instanceof RunEvent.NodeLog l) {
            line = l.nodeId() + ": " + l.line();
        } else if (event instanceof RunEvent.RunFinished f) {
            line = "run " + f.result().status().word() + String.format(Locale.ROOT, " in %.2f s", f.result().seconds());
        }
        if (line != null) {
            err.printf(Locale.ROOT, "[%7.2fs] %s%n", (System.nanoTime() - start) / 1e9, line);
            err.flush();
        }
    }

    private String quarter(RunEvent.NodeProgress p) {
        int q = (int) Math.floor(p.fraction() * 4);
        Integer before = lastQuarter.put(p.nodeId(), q);
        if (before != null && before >= q || q == 0) {
            return null;
        }
        return p.nodeId() + ": " + (q * 25) + "%" + (p.message() == null || p.message().isBlank() ? "" : " " + p.message());
    }
}
