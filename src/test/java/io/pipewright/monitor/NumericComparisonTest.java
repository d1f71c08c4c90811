package io.pipewright.monitor;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Comparisons against exact and binned profiles, checked against the raw-sample statistics. */
class NumericComparisonTest {
    private static double[] normal(int n, double mean, double sd, long seed) {
        Random random = new Random(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = mean + sd * random.nextGaussian();
        }
        return values;
    }

    @Test
    void exactProfileGivesTheRawSampleStatistics() {
        double[] reference = normal(800, 0, 1, 1);
        double[] current = normal(900, 0.2, 1, 2);

        NumericComparison comparison = NumericComparison.of(Profiler.numeric("x", reference, 20), current);

        assertThat(comparison.exact()).isTrue();
        assertThat(comparison.ks()).isEqualTo(KolmogorovSmirnov.test(reference, current));
        assertThat(comparison.wasserstein()).isEqualTo(Wasserstein.distance(reference, current));
    }

    @Test
    void binnedProfileKsIsWithinOneFineBinOfExact() {
        double[] reference = normal(50_000, 0, 1, 3);
        double[] current = normal(20_000, 0.03, 1.1, 4);
        NumericColumnProfile profile = Profiler.numeric("x", reference, 20);

        KolmogorovSmirnov.Result binned = NumericComparison.of(profile, current).ks();
        KolmogorovSmirnov.Result exact = KolmogorovSmirnov.test(reference, current);

        assertThat(profile.exact()).isFalse();
        long largestFineBin = Arrays.stream(profile.fineCounts()).max().orElseThrow();
        assertThat(binned.statistic()).isLessThanOrEqualTo(exact.statistic())
                .isCloseTo(exact.statistic(), within(largestFineBin / 50_000.0 + 1e-12));
        assertThat(binned.exact()).isFalse();
        assertThat(binned.pValue()).isCloseTo(exact.pValue(), within(0.01));
    }

    @Test
    void binnedProfileWassersteinIsWithinTwoFineBinWidthsOfExact() {
        double[] reference = normal(50_000, 10, 2, 5);
        double[] current = normal(30_000, 10.5, 2.5, 6);
        NumericColumnProfile profile = Profiler.numeric("x", reference, 20);

        double binned = NumericComparison.of(profile, current).wasserstein();
        double exact = Wasserstein.distance(reference, current);

        double fineWidth = (profile.max() - profile.min()) / Profiler.FINE_BINS;
        assertThat(binned).isCloseTo(exact, within(2 * fineWidth));
    }

    @Test
    void valuesBeyondTheReferenceRangeCountInTheOpenTailBins() {
        double[] reference = normal(2_000, 0, 1, 7);
        double[] current = normal(2_000, 10, 1, 8);
        NumericColumnProfile profile = Profiler.numeric("x", reference, 10);

        NumericComparison comparison = NumericComparison.of(profile, current);

        assertThat(comparison.psi()).isGreaterThan(0.2);
        assertThat(comparison.jensenShannon()).isGreaterThan(0.8);
    }

    @Test
    void missingValuesAreCountedAndLeftOut() {
        double[] reference = {1, 2, Double.NaN, 3, 4};
        double[] current = {Double.NaN, Double.NaN, 1, 2, 3, 4};

        NumericColumnProfile profile = Profiler.numeric("x", reference, 4);
        NumericComparison comparison = NumericComparison.of(profile, current);

        assertThat(profile.count()).isEqualTo(4);
        assertThat(profile.missing()).isEqualTo(1);
        assertThat(comparison.currentMissing()).isEqualTo(2);
        assertThat(comparison.ks().statistic()).isZero();
        assertThat(comparison.ks().pValue()).isEqualTo(1.0);
    }

    @Test
    void profileKeepsPercentilesAndHistogram() {
        double[] values = new double[101];
        for (int i = 0; i <= 100; i++) {
            values[i] = i;
        }

        NumericColumnProfile profile = Profiler.numeric("x", values, 4);

        assertThat(profile.quantiles()[50]).isEqualTo(50.0);
        assertThat(profile.quantiles()[100]).isEqualTo(100.0);
        assertThat(profile.binEdges()).containsExactly(0, 25, 50, 75, 100);
        assertThat(profile.binCounts()).containsExactly(25, 25, 25, 26);
        assertThat(profile.std()).isCloseTo(Math.sqrt(850), within(1e-9));
    }

    @Test
    void profilesSurviveJavaSerialization() throws Exception {
        NumericColumnProfile numeric = Profiler.numeric("x", normal(20_000, 0, 1, 9), 20);
        CategoricalColumnProfile categorical = Profiler.categorical("c", List.of("a", "b"), new double[]{0, 1, 1, Double.NaN});

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(List.of(numeric, categorical));
        }
        List<?> back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (List<?>) in.readObject();
        }

        NumericColumnProfile n = (NumericColumnProfile) back.get(0);
        assertThat(n.fineCounts()).containsExactly(numeric.fineCounts());
        assertThat(((CategoricalColumnProfile) back.get(1)).counts()).containsExactly(1, 2);
    }
}
