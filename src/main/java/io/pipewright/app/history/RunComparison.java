package io.pipewright.app.history;

import io.pipewright.store.RunRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Two recorded runs side by side: their outcome, every node parameter (after defaults and overrides)
 * and every metric, each row marked when the runs differ. Pure: built from two {@link RunRecord}s.
 */
public final class RunComparison {
    /** One line of the comparison; {@code a}/{@code b} are empty when that run has no such entry. */
    public record Row(String section, String name, String a, String b, boolean differs) {
    }

    private RunComparison() {
    }

    public static List<Row> of(RunRecord a, RunRecord b) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("run", "status", a.status(), b.status()));
        rows.add(row("run", "pipeline", a.pipelineName() + revision(a), b.pipelineName() + revision(b)));
        rows.add(row("run", "started", String.valueOf(a.startedAt()), String.valueOf(b.startedAt())));
        rows.add(new Row("run", "seconds", seconds(a.seconds()), seconds(b.seconds()), false));
        TreeSet<String> nodes = new TreeSet<>(a.parameters().keySet());
        nodes.addAll(b.parameters().keySet());
        for (String node : nodes) {
            Map<?, ?> pa = a.parameters().get(node) instanceof Map<?, ?> m ? m : Map.of();
            Map<?, ?> pb = b.parameters().get(node) instanceof Map<?, ?> m ? m : Map.of();
            TreeSet<String> keys = new TreeSet<>();
            pa.keySet().forEach(k -> keys.add(String.valueOf(k)));
            pb.keySet().forEach(k -> keys.add(String.valueOf(k)));
            for (String key : keys) {
                Object x = pa.get(key);
                Object y = pb.get(key);
                rows.add(new Row("parameter", node + "." + key, text(x), text(y), !same(x, y)));
            }
        }
        TreeSet<String> metricNodes = new TreeSet<>(a.metrics().keySet());
        metricNodes.addAll(b.metrics().keySet());
        for (String node : metricNodes) {
            Map<String, Double> ma = a.metrics().getOrDefault(node, Map.of());
            Map<String, Double> mb = b.metrics().getOrDefault(node, Map.of());
            TreeSet<String> keys = new TreeSet<>(ma.keySet());
            keys.addAll(mb.keySet());
            for (String key : keys) {
                Double x = ma.get(key);
                Double y = mb.get(key);
                rows.add(new Row("metric", node + "." + key, number(x), number(y), !Objects.equals(x, y)));
            }
        }
        return rows;
    }

    private static Row row(String section, String name, String a, String b) {
        return new Row(section, name, a, b, !Objects.equals(a, b));
    }

    private static String revision(RunRecord r) {
        return r.revision() == null ? "" : " r" + r.revision();
    }

    private static String seconds(Double s) {
        return s == null ? "" : String.format(Locale.ROOT, "%.2f", s);
    }

    private static String number(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.4f", d);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?> map && map.containsKey("class")) {
            Object options = map.get("options");
            return map.get("class") + (options instanceof List<?> l && !l.isEmpty()
                    ? " " + String.join(" ", l.stream().map(String::valueOf).toList()) : "");
        }
        return String.valueOf(value);
    }

    /** Numbers compare by value (10 equals 10.0); other values by their text. */
    static boolean same(Object x, Object y) {
        if (x instanceof Number nx && y instanceof Number ny) {
            try {
                return new BigDecimal(nx.toString()).compareTo(new BigDecimal(ny.toString())) == 0;
            } catch (NumberFormatException e) {
                return nx.doubleValue() == ny.doubleValue();
            }
        }
        return Objects.equals(text(x), text(y));
    }
}
