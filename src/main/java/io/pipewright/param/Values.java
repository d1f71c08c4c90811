package io.pipewright.param;

import java.util.List;
import java.util.Map;

/** Small helpers for messages about raw values. */
final class Values {
    private Values() {
    }

    static String describe(Object raw) {
        if (raw == null) {
            return "nothing (null)";
        }
        if (raw instanceof String s) {
            return "text '" + s + "'";
        }
        if (raw instanceof List) {
            return "a list";
        }
        if (raw instanceof Map) {
            return "an object";
        }
        return raw.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + raw;
    }

    static String format(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }
}
