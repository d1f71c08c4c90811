package io.pipewright.format;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes plain Java values (as {@link PipelineReader} produces them) as JSON in one fixed layout:
 * two-space indentation, "\n" line ends, map keys sorted, lists of plain values on one line, empty
 * containers as {@code {}} and {@code []}. Whole numbers stay whole (Integer 1 is written {@code 1});
 * a Double is written so that it reads back as the same Double ({@code 1.0} stays {@code 1.0}).
 */
final class CanonicalJson {
    private final Appendable out;

    CanonicalJson(Appendable out) {
        this.out = out;
    }

    CanonicalJson raw(String text) throws IOException {
        out.append(text);
        return this;
    }

    CanonicalJson newline(int depth) throws IOException {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
        return this;
    }

    CanonicalJson string(String s) throws IOException {
        out.append('"').append(new String(JsonStringEncoder.getInstance().quoteAsString(s))).append('"');
        return this;
    }

    /** {@code "key": } */
    CanonicalJson key(String key) throws IOException {
        return string(key).raw(": ");
    }

    /** A canvas coordinate: written without a fraction when it has none. */
    CanonicalJson coordinate(double d, String where) throws IOException {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(where + ": " + d + " cannot be written to a pipeline file");
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
            return raw(Long.toString((long) d));
        }
        return raw(Double.toString(d));
    }

    /** Any plain value; {@code where} names it in the message if it cannot be written. */
    void value(Object value, int depth, String where) throws IOException {
        if (value == null) {
            raw("null");
        } else if (value instanceof String s) {
            string(s);
        } else if (value instanceof Boolean b) {
            raw(b.toString());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            raw(value.toString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(where + ": " + value + " cannot be written to a pipeline file");
            }
            raw(value.toString());
        } else if (value instanceof BigDecimal decimal) {
            raw(decimal.toString());
        } else if (value instanceof List<?> list) {
            list(list, depth, where);
        } else if (value instanceof Map<?, ?> map) {
            object(map, depth, where, key -> where + "." + key);
        } else {
            throw new IllegalArgumentException(where + ": a value of type " + value.getClass().getName()
                    + " cannot be written to a pipeline file; use text, numbers, true/false, null, lists or objects");
        }
    }

    private void list(List<?> list, int depth, String where) throws IOException {
        if (list.isEmpty()) {
            raw("[]");
            return;
        }
        boolean flat = list.stream().noneMatch(v -> v instanceof List || v instanceof Map);
        raw("[");
        for (int i = 0; i < list.size(); i++) {
            if (flat) {
                raw(i == 0 ? "" : ", ");
            } else {
                raw(i == 0 ? "" : ",").newline(depth + 1);
            }
            value(list.get(i), depth + 1, where + "[" + i + "]");
        }
        if (!flat) {
            newline(depth);
        }
        raw("]");
    }

    /** An object with sorted keys; {@code whereOf} names each entry in messages. */
    void object(Map<?, ?> map, int depth, String where, Function<String, String> whereOf) throws IOException {
        if (map.isEmpty()) {
            raw("{}");
            return;
        }
        raw("{");
        boolean first = true;
        for (Map.Entry<String, ?> entry : sorted(map, where).entrySet()) {
            raw(first ? "" : ",").newline(depth + 1).key(entry.getKey());
            value(entry.getValue(), depth + 1, whereOf.apply(entry.getKey()));
            first = false;
        }
        newline(depth).raw("}");
    }

    static TreeMap<String, Object> sorted(Map<?, ?> map, String where) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        List<Object> badKeys = new ArrayList<>();
        map.forEach((k, v) -> {
            if (k instanceof String s) {
                sorted.put(s, v);
            } else {
                badKeys.add(k);
            }
        });
        if (!badKeys.isEmpty()) {
            throw new IllegalArgumentException(where + ": object keys must be text, found " + badKeys);
        }
        return sorted;
    }
}
