package io.pipewright.param;

/** true or false. */
public record BoolParam(String key, String label, String help, Boolean defaultValue, boolean required)
        implements ParamSpec<Boolean> {

    public static BoolParam of(String key, String label, boolean defaultValue, String help) {
        return new BoolParam(key, label, help, defaultValue, false);
    }

    @Override
    public Boolean bind(Object raw) throws ParamException {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s) {
            return parseText(s);
        }
        throw new ParamException(key, "expected true or false, got " + Values.describe(raw));
    }

    @Override
    public Boolean parseText(String text) throws ParamException {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (t.equals("true") || t.equals("yes")) {
            return true;
        }
        if (t.equals("false") || t.equals("no")) {
            return false;
        }
        throw new ParamException(key, "expected true or false, got '" + text + "'");
    }

    @Override
    public Object toRaw(Boolean value) {
        return value;
    }

    @Override
    public String describeType() {
        return "boolean";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitBool(this);
    }
}
