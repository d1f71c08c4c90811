package io.pipewright.cli;

import io.pipewright.store.RevisionDiff;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Shows what changed between two revisions of a pipeline: nodes, edges and parameters "
        + "('+' added, '-' removed, '~' changed). Exit codes: 0 ok, 2 unknown project, pipeline or revision, "
        + "3 workspace unavailable.")
final class DiffCommand implements Callable<Integer> {
    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "PROJECT/PIPELINE", description = "the pipeline, e.g. Iris/iris-j48")
    String target;

    @Parameters(index = "1", paramLabel = "REV_A", description = "the earlier revision number")
    int revisionA;

    @Parameters(index = "2", paramLabel = "REV_B", description = "the later revision number")
    int revisionB;

    @Option(names = "--json", description = "print the differences as JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            String[] pp = StoreCommands.projectAndPipeline(target);
            RevisionDiff diff = ws.revisions().diff(pp[0], pp[1], revisionA, revisionB);
            if (json) {
                out.println(JsonOutput.write(java.util.Map.of("changes", diff.lines(), "identical", diff.isEmpty())));
            } else if (diff.isEmpty()) {
                out.println(target + ": revisions " + revisionA + " and " + revisionB + " are identical");
            } else {
                out.println(target + ": revision " + revisionA + " -> " + revisionB);
                diff.lines().forEach(line -> out.println("  " + line));
            }
            return ExitCodes.SUCCEEDED;
        });
    }
}
