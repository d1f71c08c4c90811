package io.pipewright.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: thin commands over the same engine the app uses. */
@Command(name = "pipewright", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Runs and checks Pipewright pipelines headless.",
        subcommands = {RunCommand.class, ValidateCommand.class, NodesCommand.class, BenchCommand.class,
                ProjectsCommand.class, HistoryCommand.class, ShowCommand.class, CompareCommand.class, MetricsCommand.class,
                DiffCommand.class, ExportCommand.class, ImportCommand.class, AuditCommand.class, ModelsCommand.class,
                DriftCommand.class, WatchCommand.class})
public final class PipewrightCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PipewrightCli());
        // Bad arguments exit 2, as an invalid pipeline file does.
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println(ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, ex.getCommandLine().getErr());
            ex.getCommandLine().getErr().println("See 'pipewright " + ex.getCommandLine().getCommandName() + " --help'.");
            return ExitCodes.INVALID;
        });
        return cli;
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }
}
