package io.pipewright.nodes.weka;

import io.pipewright.exec.ValueCodec;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;

/**
 * Stores a dense Weka table in the output cache as its header (Java-serialized: columns, types,
 * labels, class) followed by the raw row values in large blocks. Serializing a million rows object
 * by object takes seconds; this is bounded by the disk. Sparse tables fall back to serialization.
 */
public final class InstancesCodec implements ValueCodec {
    private static final int ROWS_PER_BLOCK = 4096;

    @Override
    public String id() {
        return "weka-instances-dense-v1";
    }

    @Override
    public boolean handles(Object value) {
        if (!(value instanceof Instances data)) {
            return false;
        }
        for (Instance row : data) {
            if (row.getClass() != DenseInstance.class) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void write(Object value, DataOutputStream out) throws IOException {
        Instances data = (Instances) value;
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(header)) {
            oos.writeObject(new Instances(data, 0));
        }
        out.writeInt(header.size());
        header.writeTo(out);
        int columns = data.numAttributes();
        int rows = data.numInstances();
        out.writeInt(rows);
        int rowBytes = (columns + 1) * Double.BYTES;
        ByteBuffer block = ByteBuffer.allocate(rowBytes * Math.max(1, Math.min(rows, ROWS_PER_BLOCK)));
        for (int i = 0; i < rows; i++) {
            Instance row = data.instance(i);
            block.putDouble(row.weight());
            for (int c = 0; c < columns; c++) {
                block.putDouble(row.value(c));
            }
            if (!block.hasRemaining() || i == rows - 1) {
                out.write(block.array(), 0, block.position());
                block.clear();
            }
        }
    }

    @Override
    public Object read(DataInputStream in) throws IOException {
        byte[] headerBytes = in.readNBytes(in.readInt());
        Instances header;
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(headerBytes))) {
            header = (Instances) ois.readObject();
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IOException("cached table header is unreadable: " + e.getMessage(), e);
        }
        int rows = in.readInt();
        int columns = header.numAttributes();
        Instances data = new Instances(header, rows);
        int rowBytes = (columns + 1) * Double.BYTES;
        byte[] block = new byte[rowBytes * Math.max(1, Math.min(rows, ROWS_PER_BLOCK))];
        int done = 0;
        while (done < rows) {
            int count = Math.min(ROWS_PER_BLOCK, rows - done);
            in.readFully(block, 0, count * rowBytes);
            ByteBuffer buffer = ByteBuffer.wrap(block, 0, count * rowBytes);
            for (int r = 0; r < count; r++) {
                double weight = buffer.getDouble();
                double[] values = new double[columns];
                for (int c = 0; c < columns; c++) {
                    values[c] = buffer.getDouble();
                }
                data.add(new DenseInstance(weight, values));
            }
            done += count;
        }
        return data;
    }
}
