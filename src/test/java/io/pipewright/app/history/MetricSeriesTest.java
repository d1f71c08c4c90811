package io.pipewright.app.history;

import io.pipewright.store.RunSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MetricSeriesTest {
    private static RunSummary run(long id, int minute, Map<String, Map<String, Double>> metrics) {
        Instant start = Instant.parse("2026-01-01T10:00:00Z").plusSeconds(60L * minute);
        return new RunSummary(id, null, "Iris J48", "succeeded", start, start.plusSeconds(2), 2.0, metrics);
    }

    private static Map<String, Map<String, Double>> metrics(String node, String key, Double value) {
        Map<String, Double> inner = new LinkedHashMap<>();
        inner.put(key, value);
        return Map.of(node, inner);
    }

    @Test
    void pointsAreOldestFirstWhateverTheHistoryOrder() {
        List<RunSummary> newestFirst = List.of(run(3, 2, metrics("cv", "accuracy", 0.95)),
                run(2, 1, metrics("cv", "accuracy", 0.94)), run(1, 0, metrics("cv", "accuracy", 0.96)));

        List<MetricSeries.Point> points = MetricSeries.points(newestFirst, new MetricSeries.Key("cv", "accuracy"));

        assertThat(points).extracting(MetricSeries.Point::runId).containsExactly(1L, 2L, 3L);
        assertThat(points).extracting(MetricSeries.Point::value).containsExactly(0.96, 0.94, 0.95);
    }

    @Test
    void runsWithoutTheMetricOrWithNoValueAreLeftOut() {
        List<RunSummary> runs = List.of(run(1, 0, metrics("cv", "accuracy", 0.9)), run(2, 1, metrics("holdout", "accuracy", 0.8)),
                run(3, 2, metrics("cv", "accuracy", null)), run(4, 3, Map.of()));

        assertThat(MetricSeries.points(runs, new MetricSeries.Key("cv", "accuracy")))
                .extracting(MetricSeries.Point::runId).containsExactly(1L);
    }

    @Test
    void keysListCommonMetricsFirstThenTheRestByNode() {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("holdout", new LinkedHashMap<>(Map.of("correct", 48.0, "accuracy", 0.94)));
        m.put("cv", new LinkedHashMap<>(Map.of("kappa", 0.9, "accuracy", 0.96)));

        assertThat(MetricSeries.keys(List.of(run(1, 0, m)))).containsExactly(new MetricSeries.Key("cv", "accuracy"),
                new MetricSeries.Key("holdout", "accuracy"), new MetricSeries.Key("cv", "kappa"),
                new MetricSeries.Key("holdout", "correct"));
    }

    @Test
    void keyMetricsShowTheTwoHeadlineFiguresOfEachNode() {
        Map<String, Map<String, Double>> m = new LinkedHashMap<>();
        m.put("cv", new LinkedHashMap<>(Map.of("correct", 144.0, "kappa", 0.94, "accuracy", 0.96)));

        assertThat(MetricSeries.keyMetrics(run(1, 0, m))).isEqualTo("cv: accuracy 0.9600, kappa 0.9400");
    }
}
