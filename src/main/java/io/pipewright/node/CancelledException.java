package io.pipewright.node;

/** Thrown at a check point when the user cancelled the run. */
public class CancelledException extends Exception {
    public CancelledException() {
        super("cancelled");
    }
}
