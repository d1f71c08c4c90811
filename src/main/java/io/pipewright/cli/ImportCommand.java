package io.pipewright.cli;

import io.pipewright.format.PipelineFormatException;
import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Pipeline;
import io.pipewright.store.Revision;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Saves a pipeline file as a new revision of the pipeline of the same name in a "
        + "project (created if needed). Exit codes: 0 ok, 2 unreadable file or bad arguments, 3 workspace unavailable.")
final class ImportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "FILE", description = "the pipeline file")
    Path file;

    @Option(names = "--project", required = true, paramLabel = "NAME", description = "the project to import into")
    String project;

    @Option(names = {"-m", "--message"}, paramLabel = "TEXT", description = "the revision message (default: imported from FILE)")
    String message;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Pipeline pipeline;
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println(file + ": no such file");
            return ExitCodes.INVALID;
        }
        try {
            pipeline = new PipelineReader().read(file);
        } catch (PipelineFormatException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.INVALID;
        } catch (IOException e) {
            spec.commandLine().getErr().println(file + ": cannot be read (" + e.getMessage() + ")");
            return ExitCodes.INVALID;
        }
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            ws.projects().getOrCreate(project);
            Revision r = ws.revisions().save(project, pipeline, message != null ? message : "imported from " + file.toAbsolutePath());
            out.println("saved " + r.project() + "/" + r.pipeline() + " revision " + r.revision() + " (sha256 " + r.sha256() + ")");
            return ExitCodes.SUCCEEDED;
        });
    }
}
