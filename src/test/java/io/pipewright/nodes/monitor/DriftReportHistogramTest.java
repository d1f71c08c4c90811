package io.pipewright.nodes.monitor;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriftReportHistogramTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstColumn(DriftReport report) {
        return (Map<String, Object>) ((List<?>) report.content().get("columns")).get(0);
    }

    @Test
    void storedDistributionsAppearUnderHistogramBesideTheContractKeys() {
        DriftReport report = new DriftReport(false, 0.5, 0.0, List.of(new DriftReport.ColumnDrift("plan", "chi2", 1.5, 0.4,
                0.05, false, "small sample", false, null, new DriftReport.Histograms(
                        DriftReport.Histogram.categorical(List.of("a", "b"), List.of(3L, 7L)),
                        DriftReport.Histogram.categorical(List.of("a", "b"), List.of(5L, 5L))))));

        Map<String, Object> column = firstColumn(report);

        assertThat(column.keySet()).containsExactly("column", "test", "statistic", "pValue", "threshold", "drifted", "reason",
                "target", "histogram");
        assertThat(column.get("histogram")).isEqualTo(Map.of(
                "reference", Map.of("categories", List.of("a", "b"), "counts", List.of(3L, 7L)),
                "current", Map.of("categories", List.of("a", "b"), "counts", List.of(5L, 5L))));
    }

    @Test
    void theNineArgumentConstructorStoresNoHistogram() {
        DriftReport report = new DriftReport(true, 0.5, 1.0, List.of(new DriftReport.ColumnDrift("x", "psi", 0.3, null, 0.1,
                true, "psi chosen", false, "significant")));

        assertThat(firstColumn(report)).doesNotContainKey("histogram").containsEntry("psiBand", "significant");
    }

    @Test
    void aNumericHistogramNeedsOneEdgeMoreThanItHasBins() {
        assertThatThrownBy(() -> DriftReport.Histogram.numeric(List.of(0.0, 1.0), List.of(1L, 2L)))
                .hasMessageContaining("needs 3 edges");
    }
}
