package io.pipewright.nodes.monitor;

import io.pipewright.node.NodeContext;
import weka.core.Instance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

/**
 * Copies columns of a Weka table into primitive arrays (NaN = missing; nominal values as label indexes)
 * in row ranges run in parallel. Within a range, blocks of rows are copied one column at a time, so each
 * column is written sequentially while the block's rows stay in cache.
 */
final class ColumnData {
    private static final int MIN_ROWS_PER_TASK = 50_000;
    /** Rows copied column by column at a time: their value arrays stay in cache while each column is written. */
    private static final int BLOCK = 32;

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
                copy(data, attributes, columns, from, to);
                return null;
            });
        }
        context.parallel(work);
        return columns;
    }

    private static void copy(Instances data, int[] attributes, double[][] columns, int from, int to) {
        Instance[] block = new Instance[BLOCK];
        for (int start = from; start < to; start += BLOCK) {
            int n = Math.min(BLOCK, to - start);
            for (int i = 0; i < n; i++) {
                block[i] = data.instance(start + i);
            }
            for (int c = 0; c < attributes.length; c++) {
                double[] column = columns[c];
                int attribute = attributes[c];
                for (int i = 0; i < n; i++) {
                    column[start + i] = block[i].value(attribute);
                }
            }
        }
    }

    /** Receives a column's values a block at a time; parts filled on different threads are then merged. */
    interface Sink {
        void add(double[] values, int n);

        void merge(Sink other);
    }

    /**
     * Streams columns of {@code data} into sinks without copying them: each row range (run in parallel)
     * fills its own sinks from {@code newSink} (called with the column's position in {@code attributes}),
     * and the parts are merged into the first range's sinks, which are returned.
     */
    static Sink[] stream(Instances data, int[] attributes, IntFunction<Sink> newSink, NodeContext context)
            throws Exception {
        int rows = data.numInstances();
        int tasks = Math.max(1, Math.min(context.parallelism(), rows / MIN_ROWS_PER_TASK));
        List<Callable<Sink[]>> work = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            int from = (int) ((long) rows * t / tasks);
            int to = (int) ((long) rows * (t + 1) / tasks);
            work.add(() -> {
                Sink[] sinks = new Sink[attributes.length];
                for (int c = 0; c < sinks.length; c++) {
                    sinks[c] = newSink.apply(c);
                }
                Instance[] block = new Instance[BLOCK];
                double[] buffer = new double[BLOCK];
                for (int start = from; start < to; start += BLOCK) {
                    int n = Math.min(BLOCK, to - start);
                    for (int i = 0; i < n; i++) {
                        block[i] = data.instance(start + i);
                    }
                    for (int c = 0; c < attributes.length; c++) {
                        int attribute = attributes[c];
                        for (int i = 0; i < n; i++) {
                            buffer[i] = block[i].value(attribute);
                        }
                        sinks[c].add(buffer, n);
                    }
                }
                return sinks;
            });
        }
        List<Sink[]> parts = context.parallel(work);
        Sink[] merged = parts.get(0);
        for (int p = 1; p < parts.size(); p++) {
            for (int c = 0; c < merged.length; c++) {
                merged[c].merge(parts.get(p)[c]);
            }
        }
        return merged;
    }
}
