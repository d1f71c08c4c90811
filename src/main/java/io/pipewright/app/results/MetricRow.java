package io.pipewright.app.results;

import java.util.Locale;

/** One line of a metrics table: the metric's key and its value as shown. */
public record MetricRow(String name, String value) {
    /** Numbers with four decimals, as the command line prints them; null (Weka's NaN) as "n/a". */
    public static String format(Object value) {
        if (value == null) {
            return "n/a";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.4f", d);
        }
        return String.valueOf(value);
    }
}
