package io.pipewright.param;

/**
 * The name of a column of the data arriving at {@code inputPort}. Whether the column exists is
 * checked by the node's configure step against the input schema, so a column picker can list the
 * real columns and a missing column is reported before anything runs.
 */
public record ColumnParam(String key, String label, String help, String defaultValue, boolean required,
                          String inputPort) implements ParamSpec<String> {

    public static ColumnParam required(String key, String label, String inputPort, String help) {
        return new ColumnParam(key, label, help, null, true, inputPort);
    }

    public static ColumnParam optional(String key, String label, String inputPort, String help) {
        return new ColumnParam(key, label, help, null, false, inputPort);
    }

    @Override
    public String bind(Object raw) throws ParamException {
        if (raw instanceof String s) {
            return parseText(s);
        }
        throw new ParamException(key, "expected a column name, got " + Values.describe(raw));
    }

    @Override
    public String parseText(String text) throws ParamException {
        if (text.isEmpty()) {
            throw new ParamException(key, "expected a column name, got an empty value");
        }
        return text;
    }

    @Override
    public Object toRaw(String value) {
        return value;
    }

    @Override
    public String describeType() {
        return "column name";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitColumn(this);
    }
}
