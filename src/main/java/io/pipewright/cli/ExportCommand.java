package io.pipewright.cli;

import io.pipewright.store.Revision;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Writes a stored pipeline revision (default: the latest) to a pipeline file. "
        + "Exit codes: 0 ok, 2 unknown project, pipeline or revision, 3 workspace unavailable or file not writable.")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "PROJECT/PIPELINE", description = "the pipeline, e.g. Iris/iris-j48")
    String target;

    @Option(names = "--revision", paramLabel = "N", description = "the revision number (default: the latest)")
    Integer revision;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the file to write (*.pipeline.json)")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            String[] pp = StoreCommands.projectAndPipeline(target);
            Revision r = ws.revisions().get(pp[0], pp[1], revision);
            try {
                Path parent = output.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(output, r.json(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                err.println(output + ": cannot be written (" + e.getMessage() + ")");
                return StoreCommands.WORKSPACE_UNAVAILABLE;
            }
            ws.audit().append("pipeline.exported", r.project() + "/" + r.pipeline(),
                    Map.of("revision", r.revision(), "sha256", r.sha256(), "to", output.toAbsolutePath().toString()));
            out.println("wrote " + target + " revision " + r.revision() + " to " + output);
            return ExitCodes.SUCCEEDED;
        });
    }
}
