package io.pipewright.nodes.monitor;

import io.pipewright.monitor.ColumnProfile;
import io.pipewright.monitor.Profiler;
import io.pipewright.node.NodeContext;
import weka.core.Attribute;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Profiles every numeric (dates included) and nominal column of a Weka table, in parallel by column.
 * String and relational columns have no distribution to compare and are left out (and logged).
 */
final class DatasetProfiler {
    private DatasetProfiler() {
    }

    /** @param exactLimit keep every value of a numeric column with at most this many (see {@link Profiler}) */
    static DataProfile profile(Instances data, int bins, int exactLimit, NodeContext context) throws Exception {
        List<Integer> used = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int a = 0; a < data.numAttributes(); a++) {
            if (comparable(data.attribute(a))) {
                used.add(a);
            } else {
                skipped.add(data.attribute(a).name());
            }
        }
        if (!skipped.isEmpty()) {
            context.log("not profiled (string or relational columns): " + String.join(", ", skipped));
        }
        int[] attributes = used.stream().mapToInt(Integer::intValue).toArray();
        double[][] columns = ColumnData.extract(data, attributes, context);
        context.checkCancelled();
        List<Callable<ColumnProfile>> tasks = new ArrayList<>();
        for (int c = 0; c < attributes.length; c++) {
            Attribute attribute = data.attribute(attributes[c]);
            double[] column = columns[c];
            tasks.add(() -> attribute.isNominal()
                    ? Profiler.categorical(attribute.name(), labels(attribute), column)
                    : Profiler.numeric(attribute.name(), column, bins, exactLimit));
        }
        List<ColumnProfile> profiles = context.parallel(tasks);
        String classColumn = data.classIndex() >= 0 ? data.classAttribute().name() : null;
        return new DataProfile(data.relationName(), data.numInstances(), classColumn, profiles);
    }

    static boolean comparable(Attribute attribute) {
        return attribute.isNumeric() || attribute.isNominal();
    }

    static List<String> labels(Attribute attribute) {
        List<String> labels = new ArrayList<>(attribute.numValues());
        for (int v = 0; v < attribute.numValues(); v++) {
            labels.add(attribute.value(v));
        }
        return Collections.unmodifiableList(labels);
    }

    static String kind(Attribute attribute) {
        return attribute.isNominal() ? "nominal" : Attribute.typeToString(attribute);
    }
}
