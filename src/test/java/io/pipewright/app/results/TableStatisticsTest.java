package io.pipewright.app.results;

import org.junit.jupiter.api.Test;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ConverterUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TableStatisticsTest {
    private static Instances iris() throws Exception {
        Instances data = ConverterUtils.DataSource.read("src/test/resources/datasets/iris.arff");
        data.setClassIndex(data.numAttributes() - 1);
        return data;
    }

    @Test
    void numericColumnHasWekasMinMaxMeanAndSampleStandardDeviation() throws Exception {
        Instances iris = iris();
        ColumnStatistics petal = TableStatistics.compute(iris).get(2);
        weka.core.AttributeStats weka = iris.attributeStats(2);

        assertThat(petal.name()).isEqualTo("petallength");
        assertThat(petal.type()).isEqualTo("numeric");
        assertThat(petal.min()).isEqualTo(1.0);
        assertThat(petal.max()).isEqualTo(6.9);
        assertThat(petal.mean()).isCloseTo(weka.numericStats.mean, within(1e-12));
        assertThat(petal.sd()).isCloseTo(weka.numericStats.stdDev, within(1e-12));
        assertThat(petal.distinct()).isEqualTo(weka.distinctCount);
        assertThat(petal.missing()).isZero();
    }

    @Test
    void numericHistogramCountsEveryPresentValueOnceWithTheMaximumInTheLastBar() throws Exception {
        ColumnStatistics petal = TableStatistics.compute(iris()).get(2);

        assertThat(petal.histogram().bars()).hasSize(TableStatistics.NUMERIC_BINS);
        assertThat(petal.histogram().total()).isEqualTo(150);
        Histogram.Bar last = petal.histogram().bars().get(TableStatistics.NUMERIC_BINS - 1);
        assertThat(last.to()).isEqualTo(6.9);
        assertThat(last.count()).isPositive();
    }

    @Test
    void nominalColumnCountsEachValueInDeclaredOrderAndIsMarkedAsClass() throws Exception {
        ColumnStatistics species = TableStatistics.compute(iris()).get(4);

        assertThat(species.isClass()).isTrue();
        assertThat(species.mean()).isNull();
        assertThat(species.distinct()).isEqualTo(3);
        assertThat(species.histogram().bars()).extracting(Histogram.Bar::label)
                .containsExactly("Iris-setosa", "Iris-versicolor", "Iris-virginica");
        assertThat(species.histogram().bars()).extracting(Histogram.Bar::count).containsOnly(50L);
    }

    @Test
    void missingValuesAreCountedAndLeftOutOfTheFigures() {
        ArrayList<Attribute> attributes = new ArrayList<>(List.of(new Attribute("x"),
                new Attribute("colour", List.of("red", "green", "blue"))));
        Instances data = new Instances("t", attributes, 4);
        data.add(new DenseInstance(1, new double[] {1, 0}));
        data.add(new DenseInstance(1, new double[] {Utils.missingValue(), 0}));
        data.add(new DenseInstance(1, new double[] {3, Utils.missingValue()}));
        data.add(new DenseInstance(1, new double[] {5, 2}));

        List<ColumnStatistics> stats = TableStatistics.compute(data);

        assertThat(stats.get(0).missing()).isEqualTo(1);
        assertThat(stats.get(0).mean()).isEqualTo(3.0);
        assertThat(stats.get(0).sd()).isEqualTo(2.0);
        assertThat(stats.get(1).missing()).isEqualTo(1);
        assertThat(stats.get(1).distinct()).isEqualTo(2);
        assertThat(stats.get(1).topValues().get(0)).isEqualTo(new ColumnStatistics.ValueCount("red", 2));
        assertThat(stats.get(1).histogram().total()).isEqualTo(3);
    }

    @Test
    void aColumnWithOnlyMissingValuesHasNoFiguresAndAnEmptyHistogram() {
        Instances data = new Instances("t", new ArrayList<>(List.of(new Attribute("x"))), 2);
        data.add(new DenseInstance(1, new double[] {Utils.missingValue()}));

        ColumnStatistics x = TableStatistics.compute(data).get(0);

        assertThat(x.missing()).isEqualTo(1);
        assertThat(x.min()).isNull();
        assertThat(x.histogram().bars()).isEmpty();
    }

    @Test
    void aCancelledComputationStopsBetweenColumns() throws Exception {
        Instances iris = iris();
        assertThatThrownBy(() -> TableStatistics.compute(iris, () -> true)).isInstanceOf(CancellationException.class);
    }
}
