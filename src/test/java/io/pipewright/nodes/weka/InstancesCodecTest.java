package io.pipewright.nodes.weka;

import org.junit.jupiter.api.Test;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.core.SparseInstance;
import weka.core.Utils;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InstancesCodecTest {
    private final InstancesCodec codec = new InstancesCodec();

    private static Instances mixedTable(int rows) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute("x"));
        attributes.add(new Attribute("note", (List<String>) null));
        attributes.add(new Attribute("when", "yyyy-MM-dd"));
        attributes.add(new Attribute("class", List.of("yes", "no")));
        Instances data = new Instances("mixed", attributes, rows);
        data.setClassIndex(3);
        for (int i = 0; i < rows; i++) {
            double[] v = {i * 0.5, data.attribute(1).addStringValue("text " + (i % 7)), 86_400_000.0 * i, i % 2};
            if (i % 5 == 0) {
                v[0] = Utils.missingValue();
            }
            data.add(new DenseInstance(1.0 + i % 3, v));
        }
        return data;
    }

    private Instances roundTrip(Instances data) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            codec.write(data, out);
        }
        return (Instances) codec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void roundTripKeepsValuesWeightsMissingStringsDatesAndClass() throws Exception {
        Instances data = mixedTable(10_000);
        Instances back = roundTrip(data);
        assertThat(back.equalHeadersMsg(data)).isNull();
        assertThat(back.classIndex()).isEqualTo(3);
        assertThat(back.numInstances()).isEqualTo(data.numInstances());
        for (int i = 0; i < data.numInstances(); i++) {
            assertThat(back.instance(i).toDoubleArray()).containsExactly(data.instance(i).toDoubleArray());
            assertThat(back.instance(i).weight()).isEqualTo(data.instance(i).weight());
            assertThat(back.instance(i).toString()).isEqualTo(data.instance(i).toString());
        }
    }

    @Test
    void emptyTableRoundTrips() throws Exception {
        Instances back = roundTrip(mixedTable(0));
        assertThat(back.numInstances()).isZero();
        assertThat(back.numAttributes()).isEqualTo(4);
    }

    @Test
    void sparseTablesAreLeftToSerialization() {
        Instances data = mixedTable(3);
        data.add(new SparseInstance(1.0, new double[] {1, 0, 0, 1}));
        assertThat(codec.handles(data)).isFalse();
        assertThat(codec.handles("not a table")).isFalse();
        assertThat(codec.handles(mixedTable(3))).isTrue();
    }
}
