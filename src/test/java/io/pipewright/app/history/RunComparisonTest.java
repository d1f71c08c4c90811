package io.pipewright.app.history;

import io.pipewright.store.RunRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunComparisonTest {
    private static RunRecord run(long id, Map<String, Object> parameters, Map<String, Map<String, Double>> metrics) {
        return new RunRecord(id, null, "Iris J48", null, null, "0".repeat(64), null, "r" + id, "succeeded",
                Instant.parse("2026-01-01T10:00:00Z").plusSeconds(id), null, 1.5, "dev", "3.8.6", "17", "me", List.of(),
                parameters, Map.of(), List.of(), List.of(), metrics, List.of());
    }

    private static RunComparison.Row row(List<RunComparison.Row> rows, String name) {
        return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aChangedParameterIsMarkedAndEqualNumbersOfDifferentTypesAreNot() {
        RunRecord a = run(1, Map.of("cv", Map.of("folds", 10, "seed", 1)), Map.of());
        RunRecord b = run(2, Map.of("cv", Map.of("folds", 5, "seed", 1.0)), Map.of());

        List<RunComparison.Row> rows = RunComparison.of(a, b);

        assertThat(row(rows, "cv.folds")).isEqualTo(new RunComparison.Row("parameter", "cv.folds", "10", "5", true));
        assertThat(row(rows, "cv.seed").differs()).isFalse();
    }

    @Test
    void metricsShowSideBySideWithAMissingOneEmpty() {
        RunRecord a = run(1, Map.of(), Map.of("cv", Map.of("accuracy", 0.96)));
        RunRecord b = run(2, Map.of(), Map.of("cv", Map.of("accuracy", 0.94, "kappa", 0.91)));

        List<RunComparison.Row> rows = RunComparison.of(a, b);

        assertThat(row(rows, "cv.accuracy")).isEqualTo(new RunComparison.Row("metric", "cv.accuracy", "0.9600", "0.9400", true));
        assertThat(row(rows, "cv.kappa").a()).isEmpty();
    }

    @Test
    void aWekaLearnerParameterReadsAsItsCommandLine() {
        Map<String, Object> j48 = Map.of("learner", Map.of("class", "weka.classifiers.trees.J48", "options", List.of("-C", "0.25")));

        assertThat(row(RunComparison.of(run(1, Map.of("train", j48), Map.of()), run(2, Map.of("train", j48), Map.of())),
                "train.learner")).isEqualTo(new RunComparison.Row("parameter", "train.learner",
                "weka.classifiers.trees.J48 -C 0.25", "weka.classifiers.trees.J48 -C 0.25", false));
    }
}
