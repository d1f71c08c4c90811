package io.pipewright.format;

import java.util.List;

/**
 * A pipeline file that cannot be opened. The message names the file and every problem found, each
 * with its JSON path (and line and column where known), so the user can go straight to the fault.
 */
public class PipelineFormatException extends Exception {
    private final String source;
    private final List<FormatProblem> problems;

    public PipelineFormatException(String source, List<FormatProblem> problems) {
        super(describe(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format exception needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public PipelineFormatException(String source, FormatProblem problem) {
        this(source, List.of(problem));
    }

    /** The file (or other source) that was read, as the caller named it. */
    public String source() {
        return source;
    }

    public List<FormatProblem> problems() {
        return problems;
    }

    private static String describe(String source, List<FormatProblem> problems) {
        if (problems.size() == 1) {
            return source + ": " + problems.get(0);
        }
        StringBuilder sb = new StringBuilder(source).append(" has ").append(problems.size()).append(" problems:");
        for (FormatProblem problem : problems) {
            sb.append("\n  ").append(problem);
        }
        return sb.toString();
    }
}
