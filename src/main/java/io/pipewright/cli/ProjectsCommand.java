package io.pipewright.cli;

import io.pipewright.store.ProjectSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "projects", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Lists the workspace's projects, or creates one with --create. "
        + "Exit codes: 0 ok, 2 bad arguments, 3 workspace unavailable.")
final class ProjectsCommand implements Callable<Integer> {
    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Option(names = "--create", paramLabel = "NAME", description = "create a project with this name")
    String create;

    @Option(names = "--description", paramLabel = "TEXT", description = "the new project's description (with --create)")
    String description = "";

    @Option(names = "--json", description = "print the projects as a JSON array")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            if (create != null) {
                ws.projects().create(create, description);
                out.println("created project '" + create + "' in " + ws.directory());
                return ExitCodes.SUCCEEDED;
            }
            List<ProjectSummary> projects = ws.projects().list();
            if (json) {
                out.println(JsonOutput.write(projects.stream().map(ProjectsCommand::toJson).toList()));
            } else if (projects.isEmpty()) {
                out.println("no projects in " + ws.directory() + " yet; 'run FILE --record --project NAME' or "
                        + "'import FILE --project NAME' makes one");
            } else {
                out.printf("%-24s %9s %7s  %-24s %s%n", "PROJECT", "PIPELINES", "RUNS", "UPDATED (UTC)", "DESCRIPTION");
                for (ProjectSummary p : projects) {
                    out.printf("%-24s %9d %7d  %-24s %s%n", p.project().name(), p.pipelines(), p.runs(),
                            p.project().updatedAt(), p.project().description());
                }
            }
            return ExitCodes.SUCCEEDED;
        });
    }

    private static Map<String, Object> toJson(ProjectSummary p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.project().name());
        m.put("description", p.project().description());
        m.put("createdAt", p.project().createdAt().toString());
        m.put("updatedAt", p.project().updatedAt().toString());
        m.put("pipelines", p.pipelines());
        m.put("runs", p.runs());
        return m;
    }
}
