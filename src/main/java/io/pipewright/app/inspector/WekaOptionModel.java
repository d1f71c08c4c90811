package io.pipewright.app.inspector;

import io.pipewright.node.NodeFailure;
import io.pipewright.nodes.weka.WekaObjects;
import io.pipewright.param.WekaObjectParam;
import io.pipewright.param.WekaSpec;
import weka.core.Option;
import weka.core.OptionHandler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * A Weka learner or filter's options as rows a form can edit, with Weka's own descriptions
 * ({@link OptionHandler#listOptions()}) as help. The current values are what the configured object
 * reports ({@code getOptions()}), so defaults show too. A change is checked by configuring a fresh
 * object with the new options, exactly as a run will; a refused change names Weka's reason.
 * Pure: no toolkit.
 */
public final class WekaOptionModel {
    /** One option: its name without the dash, Weka's synopsis and description, whether it is a flag, and its value. */
    public record Row(String name, String synopsis, String description, boolean flag, String value) {
        /** For a flag: whether it is given. */
        public boolean set() {
            return value != null;
        }
    }

    /** The outcome of a change: the new spec, or the reason it was refused. */
    public record Change(WekaSpec spec, String refusal) {
        public boolean ok() {
            return refusal == null;
        }
    }

    private final WekaSpec spec;
    private final String baseType;
    private final List<String> current;
    private final List<Row> rows;

    private WekaOptionModel(WekaSpec spec, String baseType, List<String> current, List<Row> rows) {
        this.spec = spec;
        this.baseType = baseType;
        this.current = current;
        this.rows = rows;
    }

    /**
     * Reads the options of {@code spec} ({@code baseType} is {@link WekaObjectParam#CLASSIFIER} or
     * {@link WekaObjectParam#FILTER}); the reason when it cannot be configured.
     */
    public static WekaOptionModel of(WekaSpec spec, String baseType) throws NodeFailure {
        Object instance = create(spec, baseType);
        if (!(instance instanceof OptionHandler handler)) {
            return new WekaOptionModel(spec, baseType, List.of(), List.of());
        }
        List<String> current = new ArrayList<>(Arrays.asList(handler.getOptions()));
        current.removeIf(String::isEmpty);
        List<Row> rows = new ArrayList<>();
        for (Enumeration<Option> e = handler.listOptions(); e.hasMoreElements(); ) {
            Option option = e.nextElement();
            if (option.name() == null || option.name().isBlank()) {
                continue;
            }
            boolean flag = option.numArguments() == 0;
            rows.add(new Row(option.name(), option.synopsis().trim(), clean(option.description()), flag,
                    valueOf(current, option.name(), flag).orElse(null)));
        }
        return new WekaOptionModel(spec, baseType, List.copyOf(current), List.copyOf(rows));
    }

    private static Object create(WekaSpec spec, String baseType) throws NodeFailure {
        return WekaObjectParam.FILTER.equals(baseType) ? WekaObjects.newFilter(spec, "options")
                : WekaObjects.newClassifier(spec, "options");
    }

    public WekaSpec spec() {
        return spec;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The full option list as Weka reports it, defaults included. */
    public List<String> currentOptions() {
        return current;
    }

    /**
     * Sets option {@code name}: a value for an option that takes one (blank removes it), "true"/"false"
     * for a flag. The result is validated by configuring a fresh object.
     */
    public Change with(String name, String value) {
        Row row = rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
        if (row == null) {
            return new Change(null, spec.shortName() + " has no option -" + name);
        }
        List<String> options = new ArrayList<>(current);
        int at = position(options, name);
        if (row.flag()) {
            boolean on = Boolean.parseBoolean(value);
            if (on && at < 0) {
                options.add(insertionPoint(options), "-" + name);
            } else if (!on && at >= 0) {
                options.remove(at);
            }
        } else {
            String text = value == null ? "" : value.trim();
            if (at >= 0) {
                options.remove(at);
                if (at < options.size()) {
                    options.remove(at);
                }
            }
            if (!text.isEmpty()) {
                int insert = at >= 0 ? at : insertionPoint(options);
                options.add(insert, "-" + name);
                options.add(insert + 1, text);
            }
        }
        WekaSpec next = new WekaSpec(spec.className(), options);
        try {
            create(next, baseType);
        } catch (NodeFailure e) {
            Throwable cause = e.getCause();
            String reason = cause instanceof NumberFormatException ? "it expects a number (" + cause.getMessage() + ")"
                    : cause != null && cause.getMessage() != null ? cause.getMessage() : e.getMessage();
            return new Change(null, "-" + name + " " + (value == null ? "" : value).trim() + " is refused by Weka: " + reason);
        } catch (RuntimeException e) {
            return new Change(null, "-" + name + " " + value + " is refused by Weka: " + e);
        }
        return new Change(next, null);
    }

    private static int insertionPoint(List<String> options) {
        int dashes = options.indexOf("--");
        return dashes < 0 ? options.size() : dashes;
    }

    private static int position(List<String> options, String name) {
        int end = insertionPoint(options);
        for (int i = 0; i < end; i++) {
            if (options.get(i).equals("-" + name)) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> valueOf(List<String> options, String name, boolean flag) {
        int at = position(options, name);
        if (at < 0) {
            return Optional.empty();
        }
        if (flag) {
            return Optional.of("true");
        }
        return at + 1 < options.size() ? Optional.of(options.get(at + 1)) : Optional.empty();
    }

    private static String clean(String description) {
        String[] lines = description == null ? new String[0] : description.split("\n");
        List<String> out = new ArrayList<>();
        Collections.addAll(out, lines);
        return String.join(" ", out.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
    }
}
