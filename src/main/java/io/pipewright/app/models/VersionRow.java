package io.pipewright.app.models;

import io.pipewright.store.InputFingerprint;
import io.pipewright.store.ModelVersion;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One version of a model, as the versions table shows it: short texts for the cells and the full
 * lineage for tooltips. Times are UTC, as the command line prints them.
 */
public record VersionRow(int version, String created, String run, String node, String revision, String metrics,
                         String metricsDetail, String data, String dataDetail, String reason, List<String> aliases) {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int SHORT_SHA = 8;

    public VersionRow {
        aliases = List.copyOf(aliases);
    }

    static VersionRow of(ModelVersion v) {
        String none = ModelListRow.NONE;
        return new VersionRow(v.version(), CREATED.format(v.createdAt()), v.runId() == null ? none : "#" + v.runId(),
                v.nodeId() == null ? none : v.nodeId(), v.revisionId() == null ? none : "#" + v.revisionId(),
                metrics(v.metrics(), false), metrics(v.metrics(), true), data(v.data(), false), data(v.data(), true),
                v.reason() == null || v.reason().isBlank() ? none : v.reason(), v.aliases());
    }

    /**
     * "accuracy 0.8100, kappa 0.4000" when one node reported metrics; "perf.accuracy 0.8100, cv.accuracy 0.7900"
     * when several did, so a reader can tell them apart. {@code detail}: one metric a line, always with its node.
     */
    static String metrics(Map<String, Map<String, Double>> metrics, boolean detail) {
        boolean prefix = detail || metrics.size() > 1;
        List<String> parts = new ArrayList<>();
        metrics.forEach((node, values) -> values.forEach((key, value) ->
                parts.add((prefix ? node + "." : "") + key + " " + number(value))));
        if (parts.isEmpty()) {
            return detail ? "The run that registered this version recorded no metrics." : ModelListRow.NONE;
        }
        return String.join(detail ? "\n" : ", ", parts);
    }

    /** "iris.arff 3f2a9c01": each input file the run read, by name and the start of its SHA-256. */
    static String data(List<InputFingerprint> files, boolean detail) {
        if (files.isEmpty()) {
            return detail ? "The run that registered this version read no input files." : ModelListRow.NONE;
        }
        List<String> parts = new ArrayList<>();
        for (InputFingerprint f : files) {
            if (detail) {
                parts.add(f.nodeId() + "." + f.paramKey() + ": " + f.path() + "\n    sha256 " + f.sha256()
                        + (f.rows() == null ? "" : ", " + f.rows() + " rows")
                        + (f.columns() == null ? "" : ", " + f.columns() + " columns"));
            } else {
                Path name = f.path() == null ? null : Path.of(f.path()).getFileName();
                parts.add((name == null ? f.path() : name.toString()) + " " + shortSha(f.sha256()));
            }
        }
        return String.join(detail ? "\n" : ", ", parts);
    }

    private static String shortSha(String sha) {
        if (sha == null) {
            return "?";
        }
        if (sha.startsWith("missing")) {
            return "(missing)";
        }
        return sha.length() <= SHORT_SHA ? sha : sha.substring(0, SHORT_SHA);
    }

    static String number(Double value) {
        if (value == null) {
            return ModelListRow.NONE;
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString(value.longValue());
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
