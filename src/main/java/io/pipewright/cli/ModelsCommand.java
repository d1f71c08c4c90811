package io.pipewright.cli;

import io.pipewright.store.AliasChange;
import io.pipewright.store.InputFingerprint;
import io.pipewright.store.ModelRegistry;
import io.pipewright.store.ModelSummary;
import io.pipewright.store.ModelVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = io.pipewright.cli.Versions.class, description = "Lists the models registered in the workspace with their versions and aliases. "
        + "A run registers a model when a node asks for it (monitor.retrain-policy does); the first version of a model "
        + "becomes its champion automatically. Exit codes: 0 ok, 2 unknown project, model, version or alias, "
        + "3 workspace unavailable.",
        subcommands = {ModelsCommand.Versions.class, ModelsCommand.Promote.class, ModelsCommand.Rollback.class})
final class ModelsCommand implements Callable<Integer> {
    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Option(names = "--project", paramLabel = "NAME", description = "only the models of this project")
    String project;

    @Option(names = "--json", description = "print the models, each with its versions and aliases, as JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            List<ModelSummary> models = ws.models().list(project);
            if (json) {
                List<Object> rows = new ArrayList<>();
                for (ModelSummary m : models) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("name", m.name());
                    row.put("project", m.project());
                    Map<String, Object> aliases = new LinkedHashMap<>();
                    aliases.put(ModelRegistry.CHAMPION, m.champion());
                    aliases.put(ModelRegistry.CHALLENGER, m.challenger());
                    row.put("aliases", aliases);
                    row.put("createdAt", m.createdAt().toString());
                    row.put("updatedAt", m.updatedAt().toString());
                    row.put("versions", ws.models().versions(m.name()).stream().map(ModelsCommand::toJson).toList());
                    rows.add(row);
                }
                out.println(JsonOutput.write(rows));
            } else if (models.isEmpty()) {
                out.println("no models registered" + (project == null ? "" : " in project '" + project + "'") + " in "
                        + ws.directory() + " yet; a recorded run of a pipeline with monitor.retrain-policy registers one");
            } else {
                out.printf("%-24s %-16s %8s %7s %9s %11s  %s%n", "MODEL", "PROJECT", "VERSIONS", "LATEST", "CHAMPION",
                        "CHALLENGER", "UPDATED (UTC)");
                for (ModelSummary m : models) {
                    out.printf("%-24s %-16s %8d %7s %9s %11s  %s%n", m.name(), m.project() == null ? "-" : m.project(),
                            m.versions(), text(m.latest()), text(m.champion()), text(m.challenger()), m.updatedAt());
                }
            }
            return ExitCodes.SUCCEEDED;
        });
    }

    static Map<String, Object> toJson(ModelVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("aliases", v.aliases());
        m.put("createdAt", v.createdAt().toString());
        m.put("createdBy", v.createdBy());
        m.put("runId", v.runId());
        m.put("node", v.nodeId());
        m.put("revisionId", v.revisionId());
        m.put("artifactId", v.artifactId());
        m.put("sha256", v.sha256());
        m.put("reason", v.reason());
        m.put("metrics", v.metrics());
        List<Object> data = new ArrayList<>();
        for (InputFingerprint f : v.data()) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("node", f.nodeId());
            file.put("param", f.paramKey());
            file.put("path", f.path());
            file.put("sha256", f.sha256());
            data.add(file);
        }
        m.put("data", data);
        return m;
    }

    private static String text(Integer version) {
        return version == null ? "-" : Integer.toString(version);
    }

    /** "perf.accuracy=0.8100, perf.kappa=0.4000": the version's metrics, short. */
    static String metrics(ModelVersion v) {
        List<String> parts = new ArrayList<>();
        v.metrics().forEach((node, values) -> values.forEach((key, value) ->
                parts.add(node + "." + key + "=" + StoreCommands.number(value))));
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    @Command(name = "versions", mixinStandardHelpOptions = true, versionProvider = io.pipewright.cli.Versions.class, description = "Lists the versions of one model, oldest first, with aliases, lineage "
            + "(run, node, data files) and the metrics of the run that registered each.")
    static final class Versions implements Callable<Integer> {
        @CommandLine.Mixin
        WorkspaceOption workspace;

        @Parameters(index = "0", paramLabel = "NAME", description = "the model")
        String name;

        @Option(names = "--json", description = "print the versions as a JSON array")
        boolean json;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
                List<ModelVersion> versions = ws.models().versions(name);
                if (json) {
                    out.println(JsonOutput.write(versions.stream().map(ModelsCommand::toJson).toList()));
                    return ExitCodes.SUCCEEDED;
                }
                out.printf("%7s  %-22s %-24s %6s  %-16s %-12s %s%n", "VERSION", "ALIASES", "CREATED (UTC)", "RUN", "NODE",
                        "SHA-256", "METRICS");
                for (ModelVersion v : versions) {
                    out.printf("%7d  %-22s %-24s %6s  %-16s %-12s %s%n", v.version(),
                            v.aliases().isEmpty() ? "-" : String.join(",", v.aliases()), v.createdAt(),
                            v.runId() == null ? "-" : v.runId().toString(), v.nodeId() == null ? "-" : v.nodeId(),
                            v.sha256().substring(0, 12), metrics(v));
                    if (!v.reason().isEmpty()) {
                        out.printf("%7s  reason: %s%n", "", v.reason());
                    }
                }
                return ExitCodes.SUCCEEDED;
            });
        }
    }

    @Command(name = "promote", mixinStandardHelpOptions = true, versionProvider = io.pipewright.cli.Versions.class, description = "Points an alias (champion by default, or challenger) at a version. "
            + "Promoting the challenger to champion clears the challenger alias. Audited.")
    static final class Promote implements Callable<Integer> {
        @CommandLine.Mixin
        WorkspaceOption workspace;

        @Parameters(index = "0", paramLabel = "NAME", description = "the model")
        String name;

        @Parameters(index = "1", paramLabel = "VERSION", description = "the version number")
        int version;

        @Option(names = "--alias", paramLabel = "ALIAS", description = "champion (default) or challenger")
        String alias = ModelRegistry.CHAMPION;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
                report(out, ws.models().promote(name, version, alias), "is now");
                return ExitCodes.SUCCEEDED;
            });
        }
    }

    @Command(name = "rollback", mixinStandardHelpOptions = true, versionProvider = io.pipewright.cli.Versions.class, description = "Gives the champion alias back to the version that was champion before "
            + "the current one; again to go one further back. Audited.")
    static final class Rollback implements Callable<Integer> {
        @CommandLine.Mixin
        WorkspaceOption workspace;

        @Parameters(index = "0", paramLabel = "NAME", description = "the model")
        String name;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
                report(out, ws.models().rollback(name), "rolled back to");
                return ExitCodes.SUCCEEDED;
            });
        }
    }

    private static void report(PrintWriter out, AliasChange change, String verb) {
        if (!change.changed()) {
            out.println("model '" + change.model() + "': " + change.alias() + " is already version " + change.version());
            return;
        }
        out.println("model '" + change.model() + "': " + change.alias() + " " + verb + " version " + change.version()
                + (change.previous() == null ? "" : " (was version " + change.previous() + ")"));
    }
}
