package io.pipewright.store;

/**
 * A failure a user reads: it names the workspace (or the project, run or revision at fault) and
 * says what to do. {@link Kind} lets a client pick an exit code or a dialog without parsing text.
 */
public final class WorkspaceException extends RuntimeException {
    public enum Kind {
        /** The workspace cannot be opened or used right now: encrypted, wrong password, newer schema, in use, busy. */
        UNAVAILABLE,
        /** A project, pipeline, revision, run or artifact that does not exist. */
        NOT_FOUND,
        /** A value the store refuses: a bad name, a duplicate project. */
        INVALID,
        /** Reading or writing a file of the workspace failed. */
        IO
    }

    private final Kind kind;

    public WorkspaceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public WorkspaceException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static WorkspaceException notFound(String message) {
        return new WorkspaceException(Kind.NOT_FOUND, message);
    }

    static WorkspaceException invalid(String message) {
        return new WorkspaceException(Kind.INVALID, message);
    }
}
