package io.pipewright.nodes.monitor;

import io.pipewright.monitor.NumericColumnProfile;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.pipewright.nodes.monitor.MonitorTestData.column;
import static io.pipewright.nodes.monitor.MonitorTestData.doubled;
import static io.pipewright.nodes.monitor.MonitorTestData.drift;
import static io.pipewright.nodes.monitor.MonitorTestData.profile;
import static io.pipewright.nodes.monitor.MonitorTestData.shifted;
import static org.assertj.core.api.Assertions.assertThat;

/** The distributions monitor.data-drift keeps per column for the Monitoring view's overlay. */
class DataDriftHistogramsTest {
    @TempDir
    Path dir;

    private static long sum(List<Long> counts) {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    @Test
    void numericColumnKeepsTheProfileBinsWithTheBatchCountedIntoThem() throws Exception {
        Instances iris = TestDatasets.load("iris");
        DataProfile profile = profile(iris, new DirectNodeContext(dir));
        NumericColumnProfile sepal = (NumericColumnProfile) profile.column("sepallength").orElseThrow();

        DriftReport report = drift(profile, new Instances(iris), Map.of(), new DirectNodeContext(dir));

        DriftReport.Histograms h = column(report, "sepallength").histograms();
        assertThat(h.reference().edges()).containsExactly(java.util.Arrays.stream(sepal.binEdges()).boxed()
                .toArray(Double[]::new));
        assertThat(h.reference().counts()).containsExactly(java.util.Arrays.stream(sepal.binCounts()).boxed()
                .toArray(Long[]::new));
        assertThat(h.current().edges()).isEqualTo(h.reference().edges());
        assertThat(h.current().counts()).isEqualTo(h.reference().counts());
    }

    @Test
    void batchValuesBeyondTheReferenceRangeGetAnExtraBinTheReferenceLeavesEmpty() throws Exception {
        Instances iris = TestDatasets.load("iris");
        DataProfile profile = profile(iris, new DirectNodeContext(dir));
        NumericColumnProfile petal = (NumericColumnProfile) profile.column("petallength").orElseThrow();

        DriftReport report = drift(profile, shifted(iris, 10, "petallength"), Map.of(), new DirectNodeContext(dir));

        DriftReport.Histograms h = column(report, "petallength").histograms();
        List<Double> edges = h.current().edges();
        assertThat(edges).hasSize(petal.bins() + 2);
        assertThat(edges.get(edges.size() - 2)).isEqualTo(petal.max());
        assertThat(h.current().counts()).last().isEqualTo(150L);
        assertThat(h.reference().counts()).last().isEqualTo(0L);
        assertThat(sum(h.reference().counts())).isEqualTo(150);
    }

    @Test
    void manyBinsAreMergedToAtMostFiftyBarsKeepingEveryValue() throws Exception {
        Instances iris = TestDatasets.load("iris");

        DriftReport report = drift(iris, shifted(iris, -0.5, "sepalwidth"), Map.of("bins", 500),
                new DirectNodeContext(dir));

        DriftReport.Histograms h = column(report, "sepalwidth").histograms();
        assertThat(h.reference().counts()).hasSizeLessThanOrEqualTo(DriftHistograms.MAX_BARS);
        assertThat(h.current().counts()).hasSizeLessThanOrEqualTo(DriftHistograms.MAX_BARS);
        assertThat(sum(h.reference().counts())).isEqualTo(150);
        assertThat(sum(h.current().counts())).isEqualTo(150);
        assertThat(h.current().counts().get(0)).as("values below the reference minimum").isPositive();
    }

    @Test
    void largeBatchCountedAgainstABinnedProfileKeepsItsHistogram() throws Exception {
        Instances big = TestDatasets.load("iris");
        while (big.numInstances() <= 10_000) {
            big = doubled(big);
        }
        DataProfile profile = profile(big, new DirectNodeContext(dir));
        assertThat(((NumericColumnProfile) profile.column("petalwidth").orElseThrow()).exact()).isFalse();

        DriftReport report = drift(profile, big, Map.of(), new DirectNodeContext(dir));

        DriftReport.Histograms h = column(report, "petalwidth").histograms();
        assertThat(h.current().counts()).isEqualTo(h.reference().counts());
        assertThat(sum(h.current().counts())).isEqualTo(big.numInstances());
    }

    @Test
    void nominalColumnKeepsTheCategoryCountsOfBothSides() throws Exception {
        Instances iris = TestDatasets.load("iris");
        Instances current = new Instances(iris, 0);
        for (int r = 0; r < iris.numInstances(); r++) {
            if (!iris.instance(r).stringValue(4).equals("Iris-virginica")) {
                current.add(iris.instance(r));
            }
        }

        DriftReport report = drift(iris, current, Map.of(), new DirectNodeContext(dir));

        DriftReport.Histograms h = column(report, "class").histograms();
        assertThat(h.reference().categories()).containsExactly("Iris-setosa", "Iris-versicolor", "Iris-virginica");
        assertThat(h.reference().counts()).containsExactly(50L, 50L, 50L);
        assertThat(h.current().categories()).isEqualTo(h.reference().categories());
        assertThat(h.current().counts()).containsExactly(50L, 50L, 0L);
    }
}
