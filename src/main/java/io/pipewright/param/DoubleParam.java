package io.pipewright.param;

/** A real number within [min, max]. */
public record DoubleParam(String key, String label, String help, Double defaultValue, boolean required,
                          double min, double max) implements ParamSpec<Double> {

    public static DoubleParam of(String key, String label, double defaultValue, double min, double max, String help) {
        return new DoubleParam(key, label, help, defaultValue, false, min, max);
    }

    @Override
    public Double bind(Object raw) throws ParamException {
        if (raw instanceof Number n) {
            return check(n.doubleValue());
        }
        if (raw instanceof String s) {
            return parseText(s);
        }
        throw new ParamException(key, "expected a number, got " + Values.describe(raw));
    }

    @Override
    public Double parseText(String text) throws ParamException {
        try {
            return check(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            throw new ParamException(key, "expected a number, got '" + text + "'");
        }
    }

    private Double check(double value) throws ParamException {
        if (Double.isNaN(value) || value < min || value > max) {
            throw new ParamException(key, "must be between " + Values.format(min) + " and " + Values.format(max)
                    + ", got " + Values.format(value));
        }
        return value;
    }

    @Override
    public Object toRaw(Double value) {
        return value;
    }

    @Override
    public String describeType() {
        boolean unbounded = min == -Double.MAX_VALUE && max == Double.MAX_VALUE;
        return unbounded ? "number" : "number " + Values.format(min) + ".." + Values.format(max);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitDouble(this);
    }
}
