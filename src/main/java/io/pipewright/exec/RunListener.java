package io.pipewright.exec;

/** Receives run events; called from engine threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface RunListener {
    RunListener NONE = event -> { };

    void onEvent(RunEvent event);
}
