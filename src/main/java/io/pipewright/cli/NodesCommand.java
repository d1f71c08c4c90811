package io.pipewright.cli;

import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.param.ParamSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "nodes", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Lists the node catalog: every node type with its ports and parameters.")
final class NodesCommand implements Callable<Integer> {
    @Option(names = "--json", description = "print the catalog as JSON")
    boolean json;

    @Option(names = "--markdown", description = "print the catalog as Markdown (the README's node catalogue)")
    boolean markdown;

    @Option(names = "--readme", paramLabel = "FILE", description = "with --markdown: rewrite the catalogue in FILE "
            + "between the <!-- nodes:begin --> and <!-- nodes:end --> markers instead of printing it")
    Path readme;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<NodeDescriptor> descriptors = catalog();
        if (readme != null && !markdown) {
            spec.commandLine().getErr().println("--readme needs --markdown");
            return ExitCodes.INVALID;
        }
        if (markdown) {
            return markdown(descriptors, out);
        }
        if (json) {
            out.println(JsonOutput.write(descriptors.stream().map(NodesCommand::toJson).toList()));
        } else {
            descriptors.forEach(d -> printText(d, out));
        }
        out.flush();
        return ExitCodes.SUCCEEDED;
    }

    /** Every node type's descriptor, by category (palette order) then type id. */
    static List<NodeDescriptor> catalog() {
        return NodeCatalog.load().all().stream().map(NodeType::descriptor)
                .sorted(Comparator.comparing(NodeDescriptor::category).thenComparing(NodeDescriptor::typeId)).toList();
    }

    private int markdown(List<NodeDescriptor> descriptors, PrintWriter out) {
        String catalogue = NodeCatalogMarkdown.render(descriptors);
        if (readme == null) {
            out.print(catalogue);
            out.flush();
            return ExitCodes.SUCCEEDED;
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            String text = Files.readString(readme);
            Files.writeString(readme, NodeCatalogMarkdown.replaceSection(text, catalogue));
            out.println("wrote the node catalogue (" + descriptors.size() + " node types) into " + readme);
            out.flush();
            return ExitCodes.SUCCEEDED;
        } catch (IOException e) {
            err.println("cannot rewrite " + readme + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            err.println(readme + ": " + e.getMessage());
        }
        err.flush();
        return ExitCodes.INVALID;
    }

    static Map<String, Object> toJson(NodeDescriptor d) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("type", d.typeId());
        node.put("version", d.version());
        node.put("name", d.name());
        node.put("category", d.category().label());
        node.put("help", d.help());
        node.put("inputs", ports(d.inputs()));
        node.put("outputs", ports(d.outputs()));
        List<Object> params = new ArrayList<>();
        for (ParamSpec<?> p : d.params()) {
            Map<String, Object> param = new LinkedHashMap<>();
            param.put("key", p.key());
            param.put("label", p.label());
            param.put("type", p.describeType());
            param.put("required", p.required() && p.defaultValue() == null);
            param.put("default", p.defaultValue() == null ? null : p.toRawUnchecked(p.defaultValue()));
            param.put("help", p.help());
            params.add(param);
        }
        node.put("params", params);
        node.put("traits", d.traits().stream().map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
        return node;
    }

    private static List<Object> ports(List<PortSpec> ports) {
        List<Object> out = new ArrayList<>();
        for (PortSpec p : ports) {
            Map<String, Object> port = new LinkedHashMap<>();
            port.put("name", p.name());
            port.put("type", p.type().id());
            port.put("optional", p.optional());
            port.put("help", p.help());
            out.add(port);
        }
        return out;
    }

    private static void printText(NodeDescriptor d, PrintWriter out) {
        out.printf("%s  (%s, %s)%n    %s%n", d.typeId(), d.name(), d.category().label(), d.help());
        for (PortSpec p : d.inputs()) {
            out.printf("    in  %-12s %s%s%n", p.name(), p.type().id(), p.optional() ? " (optional)" : "");
        }
        for (PortSpec p : d.outputs()) {
            out.printf("    out %-12s %s%n", p.name(), p.type().id());
        }
        for (ParamSpec<?> p : d.params()) {
            String def = p.defaultValue() == null ? (p.required() ? "required" : "optional")
                    : "default " + JsonOutput.write(p.toRawUnchecked(p.defaultValue())).replaceAll("\\s+", " ");
            out.printf("    %-16s %s; %s. %s%n", p.key(), p.describeType(), def, p.help());
        }
        out.println();
    }
}
