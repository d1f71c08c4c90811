package io.pipewright.param;

import java.util.ArrayList;
import java.util.List;

/** Several column names of the data at {@code inputPort}: a JSON array, or comma-separated text. */
public record ColumnListParam(String key, String label, String help, List<String> defaultValue, boolean required,
                              String inputPort) implements ParamSpec<List<String>> {

    public static ColumnListParam required(String key, String label, String inputPort, String help) {
        return new ColumnListParam(key, label, help, null, true, inputPort);
    }

    @Override
    public List<String> bind(Object raw) throws ParamException {
        if (raw instanceof String s) {
            return parseText(s);
        }
        if (raw instanceof List<?> list) {
            List<String> names = new ArrayList<>();
            for (Object item : list) {
                if (!(item instanceof String s) || s.isEmpty()) {
                    throw new ParamException(key, "expected a list of column names, found " + Values.describe(item));
                }
                names.add(s);
            }
            return List.copyOf(names);
        }
        throw new ParamException(key, "expected a list of column names, got " + Values.describe(raw));
    }

    @Override
    public List<String> parseText(String text) throws ParamException {
        List<String> names = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        if (names.isEmpty() && required) {
            throw new ParamException(key, "expected at least one column name");
        }
        return List.copyOf(names);
    }

    @Override
    public Object toRaw(List<String> value) {
        return List.copyOf(value);
    }

    @Override
    public String describeType() {
        return "list of column names";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitColumnList(this);
    }
}
