package io.pipewright.app.monitoring;

import io.pipewright.store.MetricPoint;
import io.pipewright.store.RecordedDrift;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The toolkit-free models behind the Monitoring view. */
class MonitoringModelsTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static List<MetricPoint> series(Double... values) {
        List<MetricPoint> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new MetricPoint(100 + i, T0.plusSeconds(i), "cv", values[i]));
        }
        return out;
    }

    private static RecordedDrift.Column column(String name, Double statistic, Double pValue, double threshold, boolean drifted) {
        return new RecordedDrift.Column(name, pValue == null ? "psi" : "ks", statistic, pValue, threshold, drifted, "why", false,
                null, null, null);
    }

    private static RecordedDrift report(long runId, RecordedDrift.Column... columns) {
        return new RecordedDrift(runId, T0.plusSeconds(runId), "succeeded", "drift", false, 0.5, 0.0, List.of(columns), Map.of());
    }

    @Test
    void crossingsAreThePointsWhereTheSeriesChangesSideOfTheThreshold() {
        MetricSeriesModel model = new MetricSeriesModel(series(0.9, 0.86, 0.84, 0.83, 0.88, 0.8), 0.85);

        assertThat(model.crossings()).extracting(c -> c.point().runId(), MetricSeriesModel.Crossing::downward)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(102L, true), org.assertj.core.groups.Tuple.tuple(104L, false),
                        org.assertj.core.groups.Tuple.tuple(105L, true));
        assertThat(model.below()).extracting(MetricSeriesModel.Point::runId).containsExactly(102L, 103L, 105L);
    }

    @Test
    void aValueOnTheThresholdCountsAsAboveIt() {
        assertThat(new MetricSeriesModel(series(0.9, 0.85, 0.9), 0.85).crossings()).isEmpty();
    }

    @Test
    void withoutAThresholdThereAreNoCrossings() {
        assertThat(new MetricSeriesModel(series(0.9, 0.1, 0.9), null).crossings()).isEmpty();
    }

    @Test
    void runsWithoutAValueAreLeftOutAndTheRestNumberedInOrder() {
        MetricSeriesModel model = new MetricSeriesModel(series(0.9, null, 0.7), null);

        assertThat(model.points()).extracting(MetricSeriesModel.Point::index, MetricSeriesModel.Point::runId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 100L), org.assertj.core.groups.Tuple.tuple(2, 102L));
    }

    @Test
    void theYRangeTakesInTheThreshold() {
        double[] range = new MetricSeriesModel(series(0.9, 0.8), 0.5).yRange();

        assertThat(range[0]).isCloseTo(0.5 - 0.02, within(1e-12));
        assertThat(range[1]).isCloseTo(0.9 + 0.02, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"'',", "0.85,0.85", "'0,7',0.7", "' 1 ',1.0"})
    void thresholdTextIsReadAsANumberOrNone(String text, Double expected) {
        assertThat(MetricSeriesModel.parseThreshold(text)).isEqualTo(expected);
    }

    @Test
    void aThresholdThatIsNotANumberIsRefusedNamingTheText() {
        assertThatThrownBy(() -> MetricSeriesModel.parseThreshold("high")).hasMessageContaining("'high' is not a number");
    }

    @Test
    void heatMapHasARowPerColumnAndAColumnPerRunWithMissingCellsEmpty() {
        DriftHeatMapModel model = new DriftHeatMapModel(List.of(
                report(1, column("a", 0.05, null, 0.1, false)),
                report(2, column("a", 0.2, null, 0.1, true), column("b", 0.3, 0.5, 0.05, false))));

        assertThat(model.runCount()).isEqualTo(2);
        assertThat(model.columns()).containsExactly("a", "b");
        assertThat(model.cell(1, 0)).isEmpty();
        assertThat(model.cell(0, 1)).get().satisfies(c -> {
            assertThat(c.severity()).isCloseTo(2.0, within(1e-12));
            assertThat(c.drifted()).isTrue();
        });
        assertThat(model.driftedPerRun()).containsExactly(0, 1);
    }

    @ParameterizedTest
    @CsvSource({"0.05,0.05,1.0", "1.0,0.05,0.0", "0.0025,0.05,2.0"})
    void aPValueIsNormalisedOnALogScaleSoThatTheThresholdIsOne(double p, double threshold, double severity) {
        assertThat(DriftHeatMapModel.severity(column("x", 0.4, p, threshold, false))).isCloseTo(severity, within(1e-9));
    }

    @Test
    void aCellWithoutAStatisticHasNoSeverity() {
        assertThat(DriftHeatMapModel.severity(column("x", null, null, 0.1, false))).isNaN();
    }

    @Test
    void thePointUnderTheMouseFindsItsCell() {
        DriftHeatMapModel model = new DriftHeatMapModel(List.of(report(1, column("a", 0.05, null, 0.1, false),
                column("b", 0.5, null, 0.1, true)), report(2, column("a", 0.2, null, 0.1, true))));
        double x = DriftHeatMapModel.LABEL_WIDTH + DriftHeatMapModel.CELL_WIDTH * 0.5;
        double y = DriftHeatMapModel.HEADER_HEIGHT + DriftHeatMapModel.CELL_HEIGHT * 1.5;

        assertThat(model.cellAt(x, y)).get().satisfies(c -> assertThat(c.column().column()).isEqualTo("b"));
        assertThat(model.cellAt(x + DriftHeatMapModel.CELL_WIDTH, y)).isEmpty();
        assertThat(model.cellAt(5, y)).isEmpty();
        assertThat(model.cellAt(x + 10 * DriftHeatMapModel.CELL_WIDTH, y)).isEmpty();
    }

    @Test
    void numericDistributionsAreOverlaidAsDensities() {
        RecordedDrift.Column c = new RecordedDrift.Column("x", "ks", 0.3, 0.01, 0.05, true, "why", false, null,
                new RecordedDrift.Histogram(List.of(0.0, 1.0, 3.0), null, List.of(50.0, 50.0)),
                new RecordedDrift.Histogram(List.of(0.0, 1.0, 3.0), null, List.of(20.0, 80.0)));

        DistributionOverlay overlay = DistributionOverlay.of(c).orElseThrow();

        assertThat(overlay.numeric()).isTrue();
        assertThat(overlay.reference()).extracting(DistributionOverlay.Bar::height).containsExactly(0.5, 0.25);
        assertThat(overlay.current()).extracting(DistributionOverlay.Bar::height).containsExactly(0.2, 0.4);
        assertThat(overlay.xMin()).isEqualTo(0.0);
        assertThat(overlay.xMax()).isEqualTo(3.0);
        assertThat(overlay.maxHeight()).isEqualTo(0.5);
    }

    @Test
    void categoriesOnlyTheBatchHasGetTheirOwnSlotAfterTheReferenceOnes() {
        RecordedDrift.Column c = new RecordedDrift.Column("plan", "chi2", 9.0, 0.01, 0.05, true, "why", false, null,
                new RecordedDrift.Histogram(null, List.of("a", "b"), List.of(3.0, 1.0)),
                new RecordedDrift.Histogram(null, List.of("b", "c"), List.of(1.0, 1.0)));

        DistributionOverlay overlay = DistributionOverlay.of(c).orElseThrow();

        assertThat(overlay.xMax()).isEqualTo(3.0);
        assertThat(overlay.current()).extracting(DistributionOverlay.Bar::label, DistributionOverlay.Bar::lo,
                DistributionOverlay.Bar::height).containsExactly(org.assertj.core.groups.Tuple.tuple("b", 1.0, 0.5),
                org.assertj.core.groups.Tuple.tuple("c", 2.0, 0.5));
    }

    @Test
    void aColumnWithoutStoredDistributionsHasNoOverlay() {
        assertThat(DistributionOverlay.of(column("x", 0.1, null, 0.1, true))).isEmpty();
    }

    @Test
    void theLatestReportTableShowsADashForATestWithoutPValue() {
        List<DriftRow> rows = DriftRow.of(report(3, column("a", 0.25, null, 0.1, true)));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.pValue()).isEqualTo("\u2014");
            assertThat(r.statistic()).isEqualTo("0.2500");
            assertThat(r.verdict()).isEqualTo("drifted");
        });
    }
}
