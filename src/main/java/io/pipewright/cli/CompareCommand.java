package io.pipewright.cli;

import io.pipewright.param.WekaSpec;

import io.pipewright.store.RunRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Shows two runs' parameters and metrics side by side; a '*' marks each difference. "
        + "Exit codes: 0 ok, 2 unknown run, 3 workspace unavailable.")
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "the first run")
    long first;

    @Parameters(index = "1", paramLabel = "RUN_ID", description = "the second run")
    long second;

    @Option(names = "--json", description = "print the rows as JSON: section, name, a, b, differs")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    record Row(String section, String name, Object a, Object b) {
        boolean differs() {
            if (a instanceof Number x && b instanceof Number y) {
                return Double.compare(x.doubleValue(), y.doubleValue()) != 0;
            }
            return !Objects.equals(a, b);
        }
    }

    @Override
    public Integer call() throws Exception {
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, err) -> {
            List<Row> rows = rows(ws.runs().require(first), ws.runs().require(second));
            if (json) {
                out.println(JsonOutput.write(rows.stream().map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("section", r.section());
                    m.put("name", r.name());
                    m.put("a", r.a());
                    m.put("b", r.b());
                    m.put("differs", r.differs());
                    return m;
                }).toList()));
                return ExitCodes.SUCCEEDED;
            }
            int width = Math.max(24, rows.stream().mapToInt(r -> r.name().length()).max().orElse(0));
            String format = "%s %-" + width + "s  %-24s %-24s%n";
            out.printf(format, " ", "", "run " + first, "run " + second);
            String section = null;
            for (Row r : rows) {
                if (!r.section().equals(section)) {
                    section = r.section();
                    out.println(section);
                }
                out.printf(format, r.differs() ? "*" : " ", r.name(), text(r.a()), text(r.b()));
            }
            long differences = rows.stream().filter(Row::differs).count();
            out.println(differences + (differences == 1 ? " difference" : " differences"));
            return ExitCodes.SUCCEEDED;
        });
    }

    static List<Row> rows(RunRecord a, RunRecord b) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("run", "pipeline", a.pipelineName(), b.pipelineName()));
        rows.add(new Row("run", "project", a.project(), b.project()));
        rows.add(new Row("run", "revision", a.revision(), b.revision()));
        rows.add(new Row("run", "pipelineSha256", a.pipelineSha256(), b.pipelineSha256()));
        rows.add(new Row("run", "status", a.status(), b.status()));
        rows.add(new Row("run", "seconds", a.seconds(), b.seconds()));
        Map<String, Object> pa = flatten(a.parameters());
        Map<String, Object> pb = flatten(b.parameters());
        for (String key : union(pa.keySet(), pb.keySet())) {
            rows.add(new Row("parameters", key, pa.get(key), pb.get(key)));
        }
        Map<String, Object> ma = flatten(new LinkedHashMap<>(a.metrics()));
        Map<String, Object> mb = flatten(new LinkedHashMap<>(b.metrics()));
        for (String key : union(ma.keySet(), mb.keySet())) {
            rows.add(new Row("metrics", key, ma.get(key), mb.get(key)));
        }
        return rows;
    }

    /** node -> key -> value becomes "node.key" -> value. */
    private static Map<String, Object> flatten(Map<String, ?> byNode) {
        Map<String, Object> out = new LinkedHashMap<>();
        byNode.forEach((node, values) -> {
            if (values instanceof Map<?, ?> map) {
                map.forEach((k, v) -> out.put(node + "." + k, v));
            }
        });
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Double d) {
            return StoreCommands.number(d);
        }
        if (value instanceof Map<?, ?> m && m.get("class") instanceof String cls && m.get("options") instanceof List<?> options) {
            // A Weka learner or filter reads best in Weka's own command-line form.
            return new WekaSpec(cls, options.stream().map(String::valueOf).toList()).toCommandLine();
        }
        return String.valueOf(value);
    }
}
