package io.pipewright.nodes.ingest;

import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeFailure;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.converters.ArffLoader.ArffReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads Weka's ARFF format with Weka's own incremental reader, so every ARFF feature is supported. */
final class ArffTableReader {
    private ArffTableReader() {
    }

    /** Only the header (attribute declarations), without reading any data line. */
    static Instances readHeader(TableSource source) throws NodeFailure {
        try (BufferedReader in = reader(source)) {
            return new ArffReader(in, 1).getStructure();
        } catch (IOException e) {
            throw failure(source, e);
        }
    }

    static Instances read(TableSource source, ReadProgress progress) throws NodeFailure, CancelledException {
        long size = source.size();
        try (CountingInputStream counted = new CountingInputStream(source.open());
             BufferedReader in = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8), 1 << 16)) {
            ArffReader arff = new ArffReader(in, 1000);
            Instances data = arff.getStructure();
            Instance instance;
            while ((instance = arff.readInstance(data)) != null) {
                data.add(instance);
                if (data.numInstances() % ReadProgress.EVERY_ROWS == 0) {
                    progress.update(size > 0 ? (double) counted.count() / size : 0, data.numInstances());
                }
            }
            data.compactify();
            return data;
        } catch (IOException e) {
            throw failure(source, e);
        }
    }

    private static BufferedReader reader(TableSource source) throws NodeFailure {
        return new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8));
    }

    /** Weka's parse messages end with ", line N"; the file name is put in front of them. */
    private static NodeFailure failure(TableSource source, IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new NodeFailure(source.name() + ": " + message, e);
    }
}
