package io.pipewright.cli;

import io.pipewright.node.Category;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.PortSpec;
import io.pipewright.param.BoolParam;
import io.pipewright.param.ChoiceParam;
import io.pipewright.param.ColumnListParam;
import io.pipewright.param.ColumnParam;
import io.pipewright.param.DoubleParam;
import io.pipewright.param.FileParam;
import io.pipewright.param.IntParam;
import io.pipewright.param.ParamSpec;
import io.pipewright.param.StringMapParam;
import io.pipewright.param.TextParam;
import io.pipewright.param.WekaObjectParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The node catalogue as Markdown, generated from the descriptors: one section per category, one
 * entry per node type with its help, ports and parameters. README.md holds this text between
 * {@link #BEGIN} and {@link #END}; {@code nodes --markdown --readme README.md} rewrites it there.
 */
final class NodeCatalogMarkdown {
    static final String BEGIN = "<!-- nodes:begin -->";
    static final String END = "<!-- nodes:end -->";

    private NodeCatalogMarkdown() {
    }

    /** The catalogue of {@code descriptors}, which come sorted by category then type id. */
    static String render(List<NodeDescriptor> descriptors) {
        StringBuilder md = new StringBuilder();
        md.append("_Generated from the node descriptors by `java -jar target/pipewright.jar nodes --markdown`; ")
                .append(descriptors.size()).append(" node types._\n");
        Category category = null;
        for (NodeDescriptor d : descriptors) {
            if (d.category() != category) {
                category = d.category();
                md.append("\n### ").append(category.label()).append("\n");
            }
            node(md, d);
        }
        return md.toString();
    }

    /** {@code readme} with the text between the markers replaced by {@code catalogue}. */
    static String replaceSection(String readme, String catalogue) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("the README has no " + BEGIN + " ... " + END
                    + " section; add the two markers where the catalogue goes");
        }
        return readme.substring(0, begin + BEGIN.length()) + "\n" + catalogue + END + readme.substring(end + END.length());
    }

    /** The text between the markers, or null when the README has none. */
    static String section(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            return null;
        }
        return readme.substring(begin + BEGIN.length() + 1, end);
    }

    private static void node(StringBuilder md, NodeDescriptor d) {
        md.append("\n#### `").append(d.typeId()).append("` — ").append(d.name()).append("\n\n");
        md.append(oneLine(d.help()));
        if (!d.traits().isEmpty()) {
            md.append(" _(").append(d.traits().stream().map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .sorted().collect(Collectors.joining(", "))).append(")_");
        }
        md.append("\n\n");
        if (!d.inputs().isEmpty() || !d.outputs().isEmpty()) {
            md.append("| Port | Direction | Type | Help |\n|---|---|---|---|\n");
            for (PortSpec p : d.inputs()) {
                port(md, p, p.optional() ? "in (optional)" : "in");
            }
            for (PortSpec p : d.outputs()) {
                port(md, p, "out");
            }
            md.append("\n");
        }
        if (d.params().isEmpty()) {
            md.append("No parameters.\n");
            return;
        }
        md.append("| Parameter | Type | Default | Range | Help |\n|---|---|---|---|---|\n");
        for (ParamSpec<?> p : d.params()) {
            String[] typeAndRange = p.accept(TYPE_AND_RANGE);
            md.append("| `").append(p.key()).append("` | ").append(cell(typeAndRange[0])).append(" | ")
                    .append(cell(defaultOf(p))).append(" | ").append(cell(typeAndRange[1])).append(" | ")
                    .append(cell(p.help())).append(" |\n");
        }
    }

    private static void port(StringBuilder md, PortSpec p, String direction) {
        md.append("| `").append(p.name()).append("` | ").append(direction).append(" | ").append(cell(p.type().id()))
                .append(" | ").append(cell(p.help())).append(" |\n");
    }

    private static String defaultOf(ParamSpec<?> p) {
        Object value = p.defaultValue();
        if (value == null) {
            return p.required() ? "required" : "";
        }
        if (p instanceof WekaObjectParam w) {
            return "`" + w.defaultValue().toCommandLine() + "`";
        }
        Object raw = p.toRawUnchecked(value);
        if (raw instanceof String s) {
            return s.isEmpty() ? "(empty)" : "`" + s + "`";
        }
        if (raw instanceof Map<?, ?> map && map.isEmpty() || raw instanceof List<?> list && list.isEmpty()) {
            return "(none)";
        }
        return "`" + JsonOutput.write(raw).replaceAll("\\s+", " ") + "`";
    }

    /** A type without its range, and the range: the type column stays short and the range gets its own. */
    private static final ParamSpec.Visitor<String[]> TYPE_AND_RANGE = new ParamSpec.Visitor<>() {
        @Override
        public String[] visitInt(IntParam p) {
            boolean unbounded = p.min() == Integer.MIN_VALUE && p.max() == Integer.MAX_VALUE;
            return new String[]{"integer", unbounded ? "any" : bound(p.min(), Integer.MIN_VALUE) + " .. "
                    + bound(p.max(), Integer.MAX_VALUE)};
        }

        @Override
        public String[] visitDouble(DoubleParam p) {
            boolean unbounded = p.min() == -Double.MAX_VALUE && p.max() == Double.MAX_VALUE;
            return new String[]{"number", unbounded ? "any" : number(p.min()) + " .. " + number(p.max())};
        }

        @Override
        public String[] visitBool(BoolParam p) {
            return new String[]{"boolean", ""};
        }

        @Override
        public String[] visitChoice(ChoiceParam p) {
            return new String[]{"choice", p.choices().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "))};
        }

        @Override
        public String[] visitText(TextParam p) {
            return new String[]{p.secret() ? "text (secret)" : "text", ""};
        }

        @Override
        public String[] visitFile(FileParam p) {
            return new String[]{p.describeType(), ""};
        }

        @Override
        public String[] visitColumn(ColumnParam p) {
            return new String[]{p.describeType(), ""};
        }

        @Override
        public String[] visitColumnList(ColumnListParam p) {
            return new String[]{p.describeType(), ""};
        }

        @Override
        public String[] visitWekaObject(WekaObjectParam p) {
            return new String[]{p.describeType(), ""};
        }

        @Override
        public String[] visitStringMap(StringMapParam p) {
            return new String[]{p.describeType(), ""};
        }
    };

    private static String bound(int value, int extreme) {
        return value == extreme ? (value < 0 ? "-∞" : "∞") : Integer.toString(value);
    }

    private static String number(double value) {
        if (value == -Double.MAX_VALUE || value == Double.NEGATIVE_INFINITY) {
            return "-∞";
        }
        if (value == Double.MAX_VALUE || value == Double.POSITIVE_INFINITY) {
            return "∞";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    /** Table cell text: one line, pipes escaped. */
    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }
}
