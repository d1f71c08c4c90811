package io.pipewright.param;

import java.util.LinkedHashMap;
import java.util.Map;

/** Names mapped to text, e.g. HTTP request headers. From the command line: "Name=value;Other=value". */
public record StringMapParam(String key, String label, String help, Map<String, String> defaultValue,
                             boolean required) implements ParamSpec<Map<String, String>> {

    public static StringMapParam optional(String key, String label, String help) {
        return new StringMapParam(key, label, help, Map.of(), false);
    }

    @Override
    public Map<String, String> bind(Object raw) throws ParamException {
        if (raw instanceof String s) {
            return parseText(s);
        }
        if (raw instanceof Map<?, ?> map) {
            Map<String, String> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getValue() instanceof String v)) {
                    throw new ParamException(key, "value of '" + e.getKey() + "' must be text, got " + Values.describe(e.getValue()));
                }
                out.put(String.valueOf(e.getKey()), v);
            }
            return Map.copyOf(out);
        }
        throw new ParamException(key, "expected an object of names to text, got " + Values.describe(raw));
    }

    @Override
    public Map<String, String> parseText(String text) throws ParamException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ParamException(key, "expected Name=value pairs separated by ';', got '" + pair + "'");
            }
            out.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return Map.copyOf(out);
    }

    @Override
    public Object toRaw(Map<String, String> value) {
        return new java.util.TreeMap<>(value);
    }

    @Override
    public String describeType() {
        return "name=value map";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitStringMap(this);
    }
}
