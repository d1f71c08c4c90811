package io.pipewright.nodes.monitor;

import io.pipewright.node.NodeContext;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Copies columns of a Weka table into primitive arrays (NaN = missing; nominal values as label indexes)
 * in one pass over the rows, in row ranges run in parallel: each row's values are read once, in order.
 */
final class ColumnData {
    private static final int MIN_ROWS_PER_TASK = 50_000;

    private ColumnData() {
    }

    static double[][] extract(Instances data, int[] attributes, NodeContext context) throws Exception {
        int rows = data.numInstances();
        double[][] columns = new double[attributes.length][rows];
        int tasks = Math.max(1, Math.min(context.parallelism(), rows / MIN_ROWS_PER_TASK));
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            int from = (int) ((long) rows * t / tasks);
            int to = (int) ((long) rows * (t + 1) / tasks);
            work.add(() -> {
                for (int r = from; r < to; r++) {
                    weka.core.Instance row = data.instance(r);
                    for (int c = 0; c < attributes.length; c++) {
                        columns[c][r] = row.value(attributes[c]);
                    }
                }
                return null;
            });
        }
        context.parallel(work);
        return columns;
    }
}
