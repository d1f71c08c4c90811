package io.pipewright.cli;

/** The command line's exit codes, a public contract that scripts rely on. */
public final class ExitCodes {
    public static final int SUCCEEDED = 0;
    public static final int NODE_FAILED = 1;
    public static final int INVALID = 2;
    public static final int CANCELLED = 130;

    private ExitCodes() {
    }
}
