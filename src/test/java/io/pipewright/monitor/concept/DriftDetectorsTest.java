package io.pipewright.monitor.concept;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthetic Bernoulli error streams: error rate 0.1 for the first 1000 predictions, then 0.5 (an abrupt
 * change at position 1000), or 0.1 throughout ("stable"). Seeds are fixed, so every run sees the same
 * streams. The expected positions in {@link #moaPositions} were produced by MOA 2024.07.0's
 * {@code DDM}, {@code EDDM}, {@code ADWINChangeDetector} and {@code PageHinkleyDM} with default options
 * on the very same streams ({@link #stream}; a drift is where {@code getChange()} is true, a warning
 * where {@code getWarningZone()} turns on), run once outside this build since MOA cannot share the
 * class path with weka-stable.
 */
class DriftDetectorsTest {
    private static final int CHANGE = 1000;

    static double[] stream(long seed, int length, double before, double after) {
        Random random = new Random(seed);
        double[] errors = new double[length];
        for (int i = 0; i < length; i++) {
            errors[i] = random.nextDouble() < (i < CHANGE ? before : after) ? 1 : 0;
        }
        return errors;
    }

    static double[] changeStream(long seed) {
        return stream(seed, 2000, 0.1, 0.5);
    }

    static double[] stableStream(long seed) {
        return stream(seed, 3000, 0.1, 0.1);
    }

    static DriftDetector detector(String id) {
        return switch (id) {
            case "ddm" -> new Ddm();
            case "eddm" -> new Eddm();
            case "adwin" -> new Adwin();
            case "page-hinkley" -> new PageHinkley();
            default -> throw new IllegalArgumentException(id);
        };
    }

    static Stream<Arguments> moaPositions() {
        return Stream.of(
                Arguments.of("ddm", "change", 1L, "122, 251, 1076", "98, 153, 159, 171, 210, 290, 486, 497, 500, 508, 1029, 1158, 1165, 1169, 1178, 1194, 1196, 1198"),
                Arguments.of("ddm", "change", 2L, "1032", "169, 175, 196, 237, 249, 1003, 1129, 1503, 1531"),
                Arguments.of("ddm", "change", 3L, "1035", "632, 829, 841, 849, 861, 870, 1147, 1149, 1153, 1604, 1620"),
                Arguments.of("ddm", "stable", 1L, "122, 251", "98, 153, 159, 171, 210, 290, 486, 497, 500, 508"),
                Arguments.of("ddm", "stable", 2L, "", "169, 175, 196, 237, 249"),
                Arguments.of("ddm", "stable", 3L, "", "632, 829, 841, 849, 861, 870, 1154, 1162, 1172, 1533, 1544, 1571, 1577, 1604"),
                Arguments.of("eddm", "change", 1L, "289, 562, 1000, 1064, 1198, 1262, 1348", "838, 878, 945, 1128, 1133, 1155, 1176, 1346, 1402, 1466, 1480, 1828"),
                Arguments.of("eddm", "change", 2L, "227, 668, 991, 1052, 1120, 1189, 1253, 1323, 1486, 1607, 1678, 1760, 1873", "624, 901, 1319, 1464, 1552, 1591, 1668, 1749, 1844, 1946, 1968, 1982"),
                Arguments.of("eddm", "change", 3L, "309, 620, 872, 1040, 1119, 1259, 1586, 1631, 1773, 1833, 1893, 1947", "1110, 1197, 1205, 1234, 1246, 1356, 1487, 1683, 1743, 1751, 1757"),
                Arguments.of("eddm", "stable", 1L, "289, 562, 1007, 1384, 1731, 2068, 2555, 2891", "838, 878, 945, 2377, 2473"),
                Arguments.of("eddm", "stable", 2L, "227, 668, 991, 2049, 2324, 2640, 2889", "624, 901, 1333, 1490, 1697, 1938"),
                Arguments.of("eddm", "stable", 3L, "309, 620, 872, 1290, 1604, 1895, 2360, 2790", "1208, 2302"),
                Arguments.of("adwin", "change", 1L, "1055, 1087, 1119, 1183", ""),
                Arguments.of("adwin", "change", 2L, "1055, 1119, 1247", ""),
                Arguments.of("adwin", "change", 3L, "1055, 1087, 1119, 1151, 1311", ""),
                Arguments.of("adwin", "stable", 1L, "", ""),
                Arguments.of("adwin", "stable", 2L, "", ""),
                Arguments.of("adwin", "stable", 3L, "", ""),
                Arguments.of("page-hinkley", "change", 1L, "1121", ""),
                Arguments.of("page-hinkley", "change", 2L, "1169", ""),
                Arguments.of("page-hinkley", "change", 3L, "1181", ""),
                Arguments.of("page-hinkley", "stable", 1L, "", ""),
                Arguments.of("page-hinkley", "stable", 2L, "", ""),
                Arguments.of("page-hinkley", "stable", 3L, "", ""));
    }

    private static List<Integer> positions(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(", ")).map(Integer::valueOf).toList();
    }

    @ParameterizedTest(name = "{0} {1} seed {2}")
    @MethodSource("moaPositions")
    void signalsAtTheSamePositionsAsMoa(String id, String kind, long seed, String drifts, String warnings) {
        double[] errors = kind.equals("change") ? changeStream(seed) : stableStream(seed);
        ErrorStreamScan.Result result = ErrorStreamScan.scan(detector(id), errors);
        assertThat(result.drifts()).isEqualTo(positions(drifts));
        assertThat(result.warnings()).isEqualTo(positions(warnings));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ddm", "eddm", "adwin", "page-hinkley"})
    void flagsDriftWithin200PredictionsOfAnAbruptRise(String id) {
        for (long seed = 1; seed <= 5; seed++) {
            List<Integer> drifts = ErrorStreamScan.scan(detector(id), changeStream(seed)).drifts();
            assertThat(drifts.stream().filter(p -> p >= CHANGE).findFirst()).as("%s, seed %d: first drift after the change", id, seed)
                    .hasValueSatisfying(p -> assertThat(p).isLessThan(CHANGE + 200));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"adwin", "page-hinkley"})
    void adwinAndPageHinkleyStayQuietOnAStableStream(String id) {
        for (long seed = 1; seed <= 5; seed++) {
            assertThat(ErrorStreamScan.scan(detector(id), stableStream(seed)).drifts()).as("%s, seed %d", id, seed).isEmpty();
        }
    }

    @Test
    void ddmStaysQuietBeforeTheChangeOnMostSeeds() {
        // Seed 1 gives DDM (MOA's too, see the table) an unlucky run of correct predictions early on,
        // after which an ordinary error rate looks like drift; the other seeds stay quiet.
        for (long seed = 2; seed <= 5; seed++) {
            List<Integer> drifts = ErrorStreamScan.scan(new Ddm(), changeStream(seed)).drifts();
            assertThat(drifts).as("seed %d", seed).allSatisfy(p -> assertThat(p).isGreaterThanOrEqualTo(CHANGE));
        }
    }

    @Test
    void ddmWarnsAfterTheChangeBeforeItSignalsDrift() {
        ErrorStreamScan.Result result = ErrorStreamScan.scan(new Ddm(), changeStream(2));
        assertThat(result.drifts()).containsExactly(1032);
        assertThat(result.warnings()).contains(1003);
    }

    @Test
    void adwinWindowShrinksToTheValuesAfterTheChange() {
        Adwin adwin = new Adwin();
        double[] errors = changeStream(7);
        for (int i = 0; i < CHANGE; i++) {
            adwin.add(errors[i]);
        }
        assertThat(adwin.width()).isEqualTo(CHANGE);
        int widthAfterFirstDrift = -1;
        for (int i = CHANGE; i < errors.length; i++) {
            if (adwin.add(errors[i]) == DriftDetector.Signal.DRIFT && widthAfterFirstDrift < 0) {
                widthAfterFirstDrift = adwin.width();
            }
        }
        assertThat(widthAfterFirstDrift).as("the first drift shrank the window").isBetween(1, CHANGE);
        assertThat(adwin.width()).as("the window let go of at least 900 of the 1000 values before the change")
                .isLessThanOrEqualTo(errors.length - 900);
        assertThat(adwin.estimation()).isBetween(0.45, 0.55);
    }

    @Test
    void scanReportsErrorRateAndTheCallersPositions() {
        Ddm ddm = new Ddm(0, 2, 3);
        double[] errors = new double[80];
        int[] rows = new int[80];
        for (int i = 0; i < 80; i++) {
            errors[i] = i < 40 ? 0 : 1;
            rows[i] = 100 + 2 * i;
        }
        ErrorStreamScan.Result result = ErrorStreamScan.scan(ddm, errors, rows);
        assertThat(result.instances()).isEqualTo(80);
        assertThat(result.errorRate()).isEqualTo(0.5);
        assertThat(result.drifts()).isNotEmpty().allSatisfy(p -> assertThat(p % 2).isZero()).allSatisfy(p -> assertThat(p).isGreaterThanOrEqualTo(180));
    }
}
