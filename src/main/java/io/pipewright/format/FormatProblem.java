package io.pipewright.format;

/**
 * One thing wrong with a pipeline file: where it is (the JSON path such as {@code nodes[2].id}, and
 * the line and column when known, else 0) and what is wrong.
 */
public record FormatProblem(String path, int line, int column, String message) {

    public static FormatProblem at(String path, String message) {
        return new FormatProblem(path, 0, 0, message);
    }

    /** E.g. {@code line 7, column 15, nodes[2].id: expected text}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append("line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (path != null && !path.isEmpty()) {
            sb.append(sb.length() > 0 ? ", " : "").append(path);
        }
        return sb.length() == 0 ? message : sb + ": " + message;
    }
}
