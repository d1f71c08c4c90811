package io.pipewright.param;

/**
 * Free text. {@code secret} marks values such as passwords: forms mask them and run records do not
 * show them.
 */
public record TextParam(String key, String label, String help, String defaultValue, boolean required,
                        boolean secret) implements ParamSpec<String> {

    public static TextParam of(String key, String label, String defaultValue, String help) {
        return new TextParam(key, label, help, defaultValue, false, false);
    }

    public static TextParam required(String key, String label, String help) {
        return new TextParam(key, label, help, null, true, false);
    }

    public TextParam asSecret() {
        return new TextParam(key, label, help, defaultValue, required, true);
    }

    @Override
    public String bind(Object raw) throws ParamException {
        if (raw instanceof String s) {
            return parseText(s);
        }
        if (raw instanceof Number || raw instanceof Boolean) {
            return String.valueOf(raw);
        }
        throw new ParamException(key, "expected text, got " + Values.describe(raw));
    }

    @Override
    public String parseText(String text) throws ParamException {
        if (required && text.isEmpty()) {
            throw new ParamException(key, "must not be empty");
        }
        return text;
    }

    @Override
    public Object toRaw(String value) {
        return value;
    }

    @Override
    public String describeType() {
        return "text";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitText(this);
    }
}
