package io.pipewright.cli;

import io.pipewright.store.Workspace;
import io.pipewright.store.WorkspaceException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What the workspace commands share: opening the workspace and turning its failures into a message
 * and an exit code. Exit codes: 0 ok; 2 bad arguments or an unknown project, pipeline, revision or
 * run; 3 the workspace cannot be used (encrypted without password, wrong password, newer schema, in
 * use, unreadable); {@code audit --verify} exits 1 when the chain is broken.
 */
final class StoreCommands {
    static final int WORKSPACE_UNAVAILABLE = 3;
    static final int AUDIT_BROKEN = 1;

    @FunctionalInterface
    interface Action {
        int run(Workspace workspace, PrintWriter out, PrintWriter err) throws Exception;
    }

    private StoreCommands() {
    }

    static int withWorkspace(CommandLine.Model.CommandSpec spec, WorkspaceOption option, Action action) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace ws = option.open()) {
            return action.run(ws, out, err);
        } catch (WorkspaceException e) {
            err.println(e.getMessage());
            return exitCode(e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static int exitCode(WorkspaceException e) {
        return switch (e.kind()) {
            case NOT_FOUND, INVALID -> ExitCodes.INVALID;
            case UNAVAILABLE, IO -> WORKSPACE_UNAVAILABLE;
        };
    }

    /** Splits "PROJECT/PIPELINE" at the first slash (project names have none). */
    static String[] projectAndPipeline(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new WorkspaceException(WorkspaceException.Kind.INVALID, "'" + text
                    + "' is not PROJECT/PIPELINE, e.g. Iris/iris-j48");
        }
        return new String[] {text.substring(0, slash), text.substring(slash + 1)};
    }

    /** A date (2025-03-01, midnight UTC) or an instant (2025-03-01T10:00:00Z). */
    static Instant parseSince(String text) {
        try {
            return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new WorkspaceException(WorkspaceException.Kind.INVALID, "--since " + text
                    + ": expected a date like 2025-03-01 or a UTC time like 2025-03-01T10:00:00Z");
        }
    }

    static String number(Double value) {
        if (value == null) {
            return "-";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString(value.longValue());
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
