package io.pipewright.nodes.monitor;

import io.pipewright.monitor.KolmogorovSmirnov;
import io.pipewright.monitor.Wasserstein;
import io.pipewright.node.NodeFailure;
import io.pipewright.nodes.train.TestDatasets;
import io.pipewright.testing.DirectNodeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Attribute;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.NumericToNominal;
import weka.filters.unsupervised.attribute.Remove;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.pipewright.nodes.monitor.MonitorTestData.column;
import static io.pipewright.nodes.monitor.MonitorTestData.doubled;
import static io.pipewright.nodes.monitor.MonitorTestData.drift;
import static io.pipewright.nodes.monitor.MonitorTestData.profile;
import static io.pipewright.nodes.monitor.MonitorTestData.shifted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** monitor.data-drift on real datasets: identical copies do not drift, shifted copies do. */
class DataDriftNodeTest {
    @TempDir
    Path dir;

    @Test
    void identicalCopyDoesNotDrift() throws Exception {
        Instances iris = TestDatasets.load("iris");

        DriftReport report = drift(iris, new Instances(iris), Map.of(), new DirectNodeContext(dir));

        assertThat(report.datasetDrift()).isFalse();
        assertThat(report.driftedShare()).isZero();
        assertThat(report.columns()).extracting(DriftReport.ColumnDrift::column)
                .containsExactly("sepallength", "sepalwidth", "petallength", "petalwidth", "class");
        assertThat(report.columns()).allSatisfy(c -> assertThat(c.pValue()).isEqualTo(1.0));
    }

    @Test
    void shiftedCopyDriftsInTheShiftedColumns() throws Exception {
        Instances iris = TestDatasets.load("iris");
        Instances current = shifted(iris, 1.0, "sepallength", "sepalwidth", "petallength");

        DriftReport report = drift(iris, current, Map.of(), new DirectNodeContext(dir));

        assertThat(report.columns()).filteredOn(DriftReport.ColumnDrift::drifted)
                .extracting(DriftReport.ColumnDrift::column)
                .containsExactly("sepallength", "sepalwidth", "petallength");
        assertThat(report.driftedShare()).isCloseTo(0.6, within(1e-12));
        assertThat(report.datasetDrift()).isTrue();
    }

    @Test
    void smallReferenceUsesExactKsAndChiSquareAndSaysWhy() throws Exception {
        Instances iris = TestDatasets.load("iris");
        Instances current = shifted(iris, 0.2, "petalwidth");

        DriftReport report = drift(iris, current, Map.of(), new DirectNodeContext(dir));

        DriftReport.ColumnDrift petal = column(report, "petalwidth");
        KolmogorovSmirnov.Result direct = KolmogorovSmirnov.test(iris.attributeToDoubleArray(3),
                current.attributeToDoubleArray(3));
        assertThat(petal.test()).isEqualTo("ks");
        assertThat(petal.statistic()).isEqualTo(direct.statistic());
        assertThat(petal.pValue()).isEqualTo(direct.pValue());
        assertThat(petal.reason()).contains("150 rows (<= 1000)").contains("exact p-value");
        DriftReport.ColumnDrift label = column(report, "class");
        assertThat(label.test()).isEqualTo("chi2");
        assertThat(label.target()).isTrue();
        assertThat(petal.target()).isFalse();
    }

    @Test
    void largeReferenceUsesWassersteinAndJensenShannon() throws Exception {
        Instances reference = doubled(TestDatasets.load("diabetes"));
        Instances current = shifted(TestDatasets.load("diabetes"), 30, "plas");

        DriftReport report = drift(reference, current, Map.of(), new DirectNodeContext(dir));

        DriftReport.ColumnDrift plas = column(report, "plas");
        int a = reference.attribute("plas").index();
        double expected = Wasserstein.normed(Wasserstein.distance(reference.attributeToDoubleArray(a),
                current.attributeToDoubleArray(a)), stdDev(reference.attributeToDoubleArray(a)));
        assertThat(plas.test()).isEqualTo("wasserstein");
        assertThat(plas.statistic()).isCloseTo(expected, within(1e-12));
        assertThat(plas.pValue()).isNull();
        assertThat(plas.drifted()).isTrue();
        assertThat(plas.reason()).contains("1536 rows (> 1000)");
        assertThat(column(report, "class").test()).isEqualTo("jensen-shannon");
        assertThat(column(report, "mass").drifted()).isFalse();
    }

    @Test
    void psiReportsItsBand() throws Exception {
        Instances diabetes = TestDatasets.load("diabetes");
        Instances current = shifted(diabetes, 40, "plas");

        DriftReport report = drift(diabetes, current, Map.of("numericTest", "psi", "categoricalTest", "psi"),
                new DirectNodeContext(dir));

        assertThat(column(report, "plas").psiBand()).isEqualTo("significant");
        assertThat(column(report, "plas").drifted()).isTrue();
        assertThat(column(report, "mass").psiBand()).isEqualTo("stable");
        assertThat(column(report, "class").test()).isEqualTo("psi");
    }

    @Test
    void profileReferenceGivesTheSameVerdictsAsTheDataset() throws Exception {
        Instances iris = TestDatasets.load("iris");
        Instances current = shifted(iris, 0.3, "petallength");
        DirectNodeContext context = new DirectNodeContext(dir);

        DriftReport fromData = drift(iris, current, Map.of(), context);
        DriftReport fromProfile = drift(profile(iris, context), current, Map.of(), context);

        assertThat(fromProfile).isEqualTo(fromData);
    }

    @Test
    void columnMissingFromTheBatchIsLoggedAndTheOthersCompared() throws Exception {
        Instances iris = TestDatasets.load("iris");
        Remove remove = new Remove();
        remove.setAttributeIndices("2");
        remove.setInputFormat(iris);
        Instances current = Filter.useFilter(iris, remove);
        current.setClassIndex(current.numAttributes() - 1);
        DirectNodeContext context = new DirectNodeContext(dir);

        DriftReport report = drift(iris, current, Map.of(), context);

        assertThat(report.columns()).extracting(DriftReport.ColumnDrift::column).doesNotContain("sepalwidth").hasSize(4);
        assertThat(context.log).anySatisfy(line -> assertThat(line)
                .isEqualTo("not compared, missing from the current batch: sepalwidth"));
    }

    @Test
    void columnOfAnotherKindIsRefusedNamingIt() throws Exception {
        Instances iris = TestDatasets.load("iris");
        NumericToNominal toNominal = new NumericToNominal();
        toNominal.setAttributeIndices("1");
        toNominal.setInputFormat(iris);
        Instances current = Filter.useFilter(iris, toNominal);
        current.setClassIndex(current.numAttributes() - 1);

        assertThatThrownBy(() -> drift(iris, current, Map.of(), new DirectNodeContext(dir)))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("column 'sepallength' is numeric in the reference but nominal in the current batch");
        assertThatThrownBy(() -> new DataDriftNode().configure(
                Map.of("reference", new Instances(iris, 0), "current", new Instances(current, 0)),
                MonitorTestData.params(new DataDriftNode(), Map.of()), new DirectNodeContext(dir)))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("column 'sepallength' is numeric in the reference but nominal");
    }

    @Test
    void batchSharingNoColumnIsRefused() {
        Instances iris = TestDatasets.load("iris");
        Instances weather = TestDatasets.load("weather.nominal");

        assertThatThrownBy(() -> drift(iris, weather, Map.of(), new DirectNodeContext(dir)))
                .isInstanceOf(NodeFailure.class)
                .hasMessageContaining("input 'current' shares no column with input 'reference'");
    }

    @Test
    void newLabelInTheBatchIsComparedAsItsOwnCategory() throws Exception {
        Instances weather = TestDatasets.load("weather.nominal");
        Attribute outlook = weather.attribute("outlook");
        List<String> labels = new java.util.ArrayList<>(DatasetProfiler.labels(outlook));
        labels.add("foggy");
        Instances current = new Instances(weather);
        current.replaceAttributeAt(new Attribute("outlook", labels), outlook.index());
        for (int r = 0; r < current.numInstances(); r++) {
            current.instance(r).setValue(outlook.index(), r < 10 ? "foggy" : weather.instance(r).stringValue(outlook));
        }

        DriftReport report = drift(weather, current, Map.of(), new DirectNodeContext(dir));

        assertThat(column(report, "outlook").drifted()).isTrue();
        assertThat(column(report, "windy").drifted()).isFalse();
    }

    @Test
    void columnWhoseValuesAllWentMissingCountsAsDrifted() throws Exception {
        Instances iris = TestDatasets.load("iris");
        Instances current = new Instances(iris);
        for (int r = 0; r < current.numInstances(); r++) {
            current.instance(r).setMissing(0);
        }

        DriftReport report = drift(iris, current, Map.of(), new DirectNodeContext(dir));

        DriftReport.ColumnDrift sepal = column(report, "sepallength");
        assertThat(sepal.drifted()).isTrue();
        assertThat(sepal.reason()).contains("the current batch has no values in this column (150 missing)");
        assertThat(report.content().toString()).contains("statistic=null");
    }

    @Test
    void reportContentHasThePublicKeys() throws Exception {
        Instances iris = TestDatasets.load("iris");

        DriftReport report = drift(iris, shifted(iris, 2, "petallength"), Map.of("numericTest", "psi"),
                new DirectNodeContext(dir));

        assertThat(report.section()).isEqualTo("drift");
        assertThat(report.content()).containsKeys("datasetDrift", "driftShare", "columns");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) report.content().get("columns")).get(0);
        assertThat(first).containsKeys("column", "test", "statistic", "pValue", "threshold", "drifted", "reason", "psiBand");
        assertThat(first.get("pValue")).isNull();
    }

    private static double stdDev(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        return Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
    }
}
