package io.pipewright.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.pipewright.monitor.ScipyFixtures.TOLERANCE;
import static io.pipewright.monitor.ScipyFixtures.doubles;
import static io.pipewright.monitor.ScipyFixtures.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each statistic equals SciPy's on the committed fixtures, to 1e-9. */
class StatisticalTestsTest {
    static List<JsonNode> ks() {
        return ScipyFixtures.cases("ks");
    }

    static List<JsonNode> ksAsymptotic() {
        return ScipyFixtures.cases("ksAsymptotic");
    }

    static List<JsonNode> chi2() {
        return ScipyFixtures.cases("chi2");
    }

    static List<JsonNode> shares() {
        return ScipyFixtures.cases("shares");
    }

    static List<JsonNode> wasserstein() {
        return ScipyFixtures.cases("wasserstein");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ks")
    void ksStatisticAndPValueEqualScipyKs2samp(JsonNode c) {
        KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(doubles(c.get("a")), doubles(c.get("b")));

        assertThat(r.statistic()).isCloseTo(c.get("statistic").asDouble(), within(TOLERANCE));
        assertThat(r.pValue()).isCloseTo(c.get("pValue").asDouble(), within(TOLERANCE));
        assertThat(r.method()).isEqualTo(c.get("method").asText());
    }

    @ParameterizedTest(name = "d={0}")
    @MethodSource("ksAsymptotic")
    void ksAsymptoticPValueEqualsScipyOnEveryBranch(JsonNode c) {
        KolmogorovSmirnov.Result r = KolmogorovSmirnov.fromStatistic(c.get("statistic").asDouble(),
                c.get("n1").asLong(), c.get("n2").asLong());

        assertThat(r.exact()).isFalse();
        assertThat(r.pValue()).isCloseTo(c.get("pValue").asDouble(), within(TOLERANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("chi2")
    void chiSquareEqualsScipyChi2ContingencyWithoutCorrection(JsonNode c) {
        ChiSquare.Result r = ChiSquare.contingency(longs(c.get("reference")), longs(c.get("current")));

        assertThat(r.statistic()).isCloseTo(c.get("statistic").asDouble(), within(TOLERANCE));
        assertThat(r.pValue()).isCloseTo(c.get("pValue").asDouble(), within(TOLERANCE));
        assertThat(r.dof()).isEqualTo(c.get("dof").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shares")
    void psiEqualsTheDocumentedFormulaWithTheEmptyBinRule(JsonNode c) {
        double psi = PopulationStability.index(longs(c.get("reference")), longs(c.get("current")));

        assertThat(psi).isCloseTo(c.get("psi").asDouble(), within(TOLERANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shares")
    void jensenShannonEqualsScipyDistance(JsonNode c) {
        double js = JensenShannon.distance(longs(c.get("reference")), longs(c.get("current")));

        assertThat(js).isCloseTo(c.get("jensenShannon").asDouble(), within(TOLERANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wasserstein")
    void wassersteinEqualsScipyWassersteinDistance(JsonNode c) {
        double[] a = doubles(c.get("a"));
        double w = Wasserstein.distance(a, doubles(c.get("b")));

        assertThat(w).isCloseTo(c.get("distance").asDouble(), within(TOLERANCE));
        NumericColumnProfile profile = Profiler.numeric("x", a, 10);
        assertThat(profile.std()).isCloseTo(c.get("referenceStd").asDouble(), within(TOLERANCE));
    }

    @Test
    void psiBandsFollowTheUsualCutOffs() {
        assertThat(PopulationStability.band(0.05)).isEqualTo("stable");
        assertThat(PopulationStability.band(0.15)).isEqualTo("moderate");
        assertThat(PopulationStability.band(0.25)).isEqualTo("significant");
    }
}
