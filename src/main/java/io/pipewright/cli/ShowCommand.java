package io.pipewright.cli;

import io.pipewright.store.InputFingerprint;
import io.pipewright.store.NodeRecord;
import io.pipewright.store.RunRecord;
import io.pipewright.store.StoredArtifact;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Shows everything recorded about one run: pipeline revision and hash, parameters, "
        + "input data fingerprints, versions, seeds, per-node results and logs, metrics, artifacts. "
        + "Exit codes: 0 ok, 2 unknown run, 3 workspace unavailable.")
final class ShowCommand implements Callable<Integer> {
    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "the run's id (see 'history')")
    long runId;

    @Option(names = "--json", description = "print the run as one JSON object")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            RunRecord r = ws.runs().require(runId);
            if (json) {
                out.println(JsonOutput.write(toJson(r)));
            } else {
                print(r, out);
            }
            return ExitCodes.SUCCEEDED;
        });
    }

    static Map<String, Object> toJson(RunRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("project", r.project());
        m.put("pipeline", r.pipelineName());
        m.put("revision", r.revision());
        m.put("pipelineSha256", r.pipelineSha256());
        m.put("sourceFile", r.sourceFile());
        m.put("engineRunId", r.engineRunId());
        m.put("status", r.status());
        m.put("startedAt", r.startedAt().toString());
        m.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
        m.put("seconds", r.seconds());
        m.put("versions", Map.of("app", r.appVersion(), "weka", r.wekaVersion(), "java", r.javaVersion()));
        m.put("user", r.user());
        m.put("overrides", r.overrides());
        m.put("parameters", r.parameters());
        m.put("seeds", r.seeds());
        m.put("inputs", r.inputs().stream().map(i -> {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("node", i.nodeId());
            in.put("param", i.paramKey());
            in.put("path", i.path());
            in.put("sha256", i.sha256());
            in.put("rows", i.rows());
            in.put("columns", i.columns());
            return in;
        }).toList());
        m.put("nodes", r.nodes().stream().map(n -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", n.nodeId());
            node.put("type", n.type());
            node.put("status", n.state());
            node.put("seconds", n.seconds());
            node.put("error", n.error());
            node.put("log", n.log());
            node.put("cacheKey", n.cacheKey());
            node.putAll(n.reports());
            return node;
        }).toList());
        m.put("metrics", r.metrics());
        m.put("artifacts", r.artifacts().stream().map(a -> {
            Map<String, Object> art = new LinkedHashMap<>();
            art.put("id", a.id());
            art.put("node", a.nodeId());
            art.put("port", a.port());
            art.put("kind", a.kind());
            art.put("sha256", a.sha256());
            art.put("file", "artifacts/" + a.fileName());
            art.put("bytes", a.sizeBytes());
            art.put("encrypted", a.encrypted());
            return art;
        }).toList());
        return m;
    }

    private static void print(RunRecord r, PrintWriter out) {
        out.printf(Locale.ROOT, "run %d: %s, %s%n", r.id(), r.pipelineName(), r.status());
        out.println("  project      " + (r.project() == null ? "-" : r.project())
                + (r.revision() == null ? "" : ", revision " + r.revision()));
        out.println("  pipeline     sha256 " + r.pipelineSha256() + (r.sourceFile() == null ? "" : " (" + r.sourceFile() + ")"));
        out.println("  started      " + r.startedAt() + (r.finishedAt() == null ? "" : ", finished " + r.finishedAt())
                + (r.seconds() == null ? "" : String.format(Locale.ROOT, " (%.2f s)", r.seconds())));
        out.println("  versions     Pipewright " + r.appVersion() + ", Weka " + r.wekaVersion() + ", Java " + r.javaVersion()
                + "; user " + r.user());
        if (!r.overrides().isEmpty()) {
            out.println("  overrides    " + String.join(" ", r.overrides()));
        }
        if (!r.seeds().isEmpty()) {
            out.println("  seeds        " + r.seeds());
        }
        for (InputFingerprint in : r.inputs()) {
            out.println("  input        " + in.nodeId() + "." + in.paramKey() + " = " + in.path() + " sha256 " + in.sha256()
                    + (in.rows() == null ? "" : " (" + in.rows() + " rows x " + in.columns() + " columns)"));
        }
        out.println("  nodes");
        for (NodeRecord n : r.nodes()) {
            out.printf(Locale.ROOT, "    %-20s %-28s %-10s %8.2f s%n", n.nodeId(), n.type(), n.state(), n.seconds());
            if (n.error() != null) {
                out.println("        " + n.error());
            }
            for (String line : n.log()) {
                out.println("        | " + line);
            }
        }
        r.metrics().forEach((node, metrics) -> {
            out.println("  metrics of " + node);
            metrics.forEach((k, v) -> out.printf(Locale.ROOT, "    %-28s %s%n", k, StoreCommands.number(v)));
        });
        List<StoredArtifact> artifacts = r.artifacts();
        for (StoredArtifact a : artifacts) {
            out.println("  artifact " + a.id() + "   " + a.kind() + " of " + a.nodeId() + "." + a.port() + ": artifacts/"
                    + a.fileName() + " (" + a.sizeBytes() + " bytes" + (a.encrypted() ? ", encrypted" : "") + ")");
        }
    }
}
