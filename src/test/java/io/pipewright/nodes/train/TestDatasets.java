package io.pipewright.nodes.train;

import io.pipewright.nodes.weka.WekaRuntime;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the small ARFF datasets copied into src/test/resources/datasets, class = last column. */
public final class TestDatasets {
    private TestDatasets() {
    }

    public static Instances load(String name) {
        WekaRuntime.configure();
        try (InputStream in = TestDatasets.class.getResourceAsStream("/datasets/" + name + ".arff")) {
            if (in == null) {
                throw new IllegalArgumentException("no dataset " + name + " in src/test/resources/datasets");
            }
            ArffLoader loader = new ArffLoader();
            loader.setSource(in);
            Instances data = loader.getDataSet();
            data.setClassIndex(data.numAttributes() - 1);
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code name} with the class set to {@code classColumn}. */
    public static Instances load(String name, String classColumn) {
        Instances data = load(name);
        data.setClass(data.attribute(classColumn));
        return data;
    }
}
