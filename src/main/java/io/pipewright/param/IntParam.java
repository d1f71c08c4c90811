package io.pipewright.param;

/** A whole number within [min, max]. */
public record IntParam(String key, String label, String help, Integer defaultValue, boolean required,
                       int min, int max) implements ParamSpec<Integer> {

    public static IntParam of(String key, String label, int defaultValue, int min, int max, String help) {
        return new IntParam(key, label, help, defaultValue, false, min, max);
    }

    @Override
    public Integer bind(Object raw) throws ParamException {
        long value;
        if (raw instanceof Number n) {
            double d = n.doubleValue();
            if (d != Math.rint(d)) {
                throw new ParamException(key, "expected a whole number, got " + raw);
            }
            value = n.longValue();
        } else if (raw instanceof String s) {
            return parseText(s);
        } else {
            throw new ParamException(key, "expected a whole number, got " + Values.describe(raw));
        }
        return check(value);
    }

    @Override
    public Integer parseText(String text) throws ParamException {
        try {
            return check(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            throw new ParamException(key, "expected a whole number, got '" + text + "'");
        }
    }

    private Integer check(long value) throws ParamException {
        if (value < min || value > max) {
            throw new ParamException(key, "must be between " + min + " and " + max + ", got " + value);
        }
        return (int) value;
    }

    @Override
    public Object toRaw(Integer value) {
        return value;
    }

    @Override
    public String describeType() {
        return "integer " + min + ".." + max;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitInt(this);
    }
}
