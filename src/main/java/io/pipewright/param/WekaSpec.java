package io.pipewright.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Weka learner or filter as Weka itself identifies it: a class name and its command-line options.
 * In files: {@code {"class": "weka.classifiers.trees.J48", "options": ["-C", "0.25"]}}.
 */
public record WekaSpec(String className, List<String> options) {
    public WekaSpec {
        Objects.requireNonNull(className, "className");
        options = List.copyOf(options);
    }

    public static WekaSpec of(String className, String... options) {
        return new WekaSpec(className, List.of(options));
    }

    /**
     * Parses Weka's command-line form, "weka.classifiers.trees.J48 -C 0.1 -M 2": the class, then its
     * options. Double quotes group an option that holds spaces (as for a nested classifier).
     */
    public static WekaSpec parseCommandLine(String text) {
        List<String> tokens = tokenize(text);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("expected a class name followed by options, got nothing");
        }
        return new WekaSpec(tokens.get(0), tokens.subList(1, tokens.size()));
    }

    /** The command-line form, as Weka's Explorer shows it. */
    public String toCommandLine() {
        StringBuilder sb = new StringBuilder(className);
        for (String option : options) {
            sb.append(' ');
            if (option.isEmpty() || option.chars().anyMatch(c -> c == ' ' || c == '"' || c == '\\')) {
                sb.append('"').append(option.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                sb.append(option);
            }
        }
        return sb.toString();
    }

    /** The class name without its package, e.g. "J48". */
    public String shortName() {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inQuotes = false;
        boolean hasToken = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
                hasToken = true;
            } else if (Character.isWhitespace(c)) {
                if (hasToken) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    hasToken = false;
                }
            } else {
                current.append(c);
                hasToken = true;
            }
        }
        if (inQuotes) {
            throw new IllegalArgumentException("unbalanced double quote in '" + text + "'");
        }
        if (hasToken) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
