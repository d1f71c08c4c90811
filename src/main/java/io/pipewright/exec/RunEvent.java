package io.pipewright.exec;

/**
 * What listeners hear during a run. Events arrive on engine threads, possibly several at once; the
 * app has exactly one adapter that moves them to the JavaFX thread.
 */
public sealed interface RunEvent {
    String runId();

    record RunStarted(String runId, String pipelineName, int nodeCount) implements RunEvent {
    }

    record NodeStateChanged(String runId, String nodeId, NodeState state, String message) implements RunEvent {
    }

    record NodeProgress(String runId, String nodeId, double fraction, String message) implements RunEvent {
    }

    record NodeLog(String runId, String nodeId, String line) implements RunEvent {
    }

    record RunFinished(String runId, RunResult result) implements RunEvent {
    }
}
