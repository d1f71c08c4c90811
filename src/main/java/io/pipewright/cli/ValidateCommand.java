package io.pipewright.cli;

import io.pipewright.batch.PipelineFiles;
import io.pipewright.exec.Compilation;
import io.pipewright.node.NodeCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Checks a pipeline file without running it and lists every problem at once. "
        + "Exit 0 when it can run, 2 otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the pipeline file")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Compilation compilation;
        try {
            compilation = PipelineFiles.load(file, List.of(), NodeCatalog.load());
        } catch (PipelineFiles.Invalid e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.INVALID;
        }
        if (!compilation.ok()) {
            PipelineLoading.printProblems(file, compilation.problems(), spec.commandLine().getErr());
            return ExitCodes.INVALID;
        }
        var pipeline = compilation.compiled().pipeline();
        spec.commandLine().getOut().println(file + ": ok ('" + pipeline.name() + "', " + pipeline.nodes().size() + " nodes, "
                + pipeline.edges().size() + " edges)");
        return ExitCodes.SUCCEEDED;
    }
}
