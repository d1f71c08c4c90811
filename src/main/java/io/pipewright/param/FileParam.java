package io.pipewright.param;

import java.util.List;

/**
 * A file path, relative to the pipeline file unless absolute. An input file ({@code output} false)
 * is fingerprinted by the executor so that a changed file invalidates cached results.
 */
public record FileParam(String key, String label, String help, String defaultValue, boolean required,
                        boolean output, List<String> extensions) implements ParamSpec<String> {

    public FileParam {
        extensions = List.copyOf(extensions);
    }

    public static FileParam input(String key, String label, List<String> extensions, String help) {
        return new FileParam(key, label, help, null, true, false, extensions);
    }

    public static FileParam output(String key, String label, List<String> extensions, String help) {
        return new FileParam(key, label, help, null, true, true, extensions);
    }

    @Override
    public String bind(Object raw) throws ParamException {
        if (raw instanceof String s) {
            return parseText(s);
        }
        throw new ParamException(key, "expected a file path, got " + Values.describe(raw));
    }

    @Override
    public String parseText(String text) throws ParamException {
        if (text.isBlank()) {
            throw new ParamException(key, "expected a file path, got an empty value");
        }
        return text;
    }

    @Override
    public Object toRaw(String value) {
        return value;
    }

    @Override
    public String describeType() {
        return (output ? "output file" : "file") + (extensions.isEmpty() ? "" : " (" + String.join(", ", extensions) + ")");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitFile(this);
    }
}
