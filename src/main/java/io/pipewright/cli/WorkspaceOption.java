package io.pipewright.cli;

import io.pipewright.store.Workspace;
import io.pipewright.store.WorkspaceException;
import io.pipewright.store.WorkspaceOptions;
import picocli.CommandLine.Option;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The workspace options shared by every command that opens the workspace (and by {@code run}):
 * {@code --workspace DIR} (default {@code $PIPEWRIGHT_HOME}, else {@code ~/.pipewright}, the same home
 * as the output cache), {@code --password} for an encrypted workspace (default
 * {@code $PIPEWRIGHT_PASSWORD}; asked for when given without a value) and {@code --encrypt}.
 * Use with {@code @CommandLine.Mixin WorkspaceOption workspace;}.
 */
public final class WorkspaceOption {
    static final String PASSWORD_ENV = "PIPEWRIGHT_PASSWORD";

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "the workspace folder (default: $PIPEWRIGHT_HOME, else ~/.pipewright)")
    Path directory;

    @Option(names = "--password", arity = "0..1", interactive = true, paramLabel = "PASSWORD",
            description = "the password of an encrypted workspace; asked for when given without a value "
                    + "(default: $PIPEWRIGHT_PASSWORD)")
    char[] password;

    @Option(names = "--encrypt", description = "when the workspace does not exist yet, create it encrypted (AES) "
            + "with the password of --password or $PIPEWRIGHT_PASSWORD, asked for when neither is given")
    boolean encrypt;

    public Path directory() {
        return (directory != null ? directory : EngineSetup.home()).toAbsolutePath().normalize();
    }

    /** Opens the workspace; a failure is a {@link WorkspaceException} whose message says what to do. */
    public Workspace open() {
        Path dir = directory();
        char[] secret = password;
        if (secret == null || secret.length == 0) {
            String env = System.getenv(PASSWORD_ENV);
            secret = env == null || env.isEmpty() ? null : env.toCharArray();
        }
        boolean creating = !Files.exists(dir.resolve(Workspace.DATABASE_FILE));
        if (encrypt && creating && secret == null) {
            secret = askNewPassword(dir);
        }
        try {
            return Workspace.open(dir, new WorkspaceOptions(secret, encrypt && creating));
        } finally {
            if (secret != null && secret != password) {
                Arrays.fill(secret, '\0');
            }
        }
    }

    private static char[] askNewPassword(Path dir) {
        Console console = System.console();
        if (console == null) {
            throw new WorkspaceException(WorkspaceException.Kind.INVALID, "--encrypt needs a password for the new workspace "
                    + dir + ": set PIPEWRIGHT_PASSWORD or pass --password=...");
        }
        char[] first = console.readPassword("Password for the new workspace %s: ", dir);
        char[] second = console.readPassword("Repeat it: ");
        if (first == null || first.length == 0 || !Arrays.equals(first, second)) {
            throw new WorkspaceException(WorkspaceException.Kind.INVALID, "the two passwords differ or are empty; "
                    + "the workspace " + dir + " was not created");
        }
        Arrays.fill(second, '\0');
        return first;
    }
}
