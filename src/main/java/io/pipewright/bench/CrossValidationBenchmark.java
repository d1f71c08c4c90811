package io.pipewright.bench;

import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.evaluate.CrossValidationNode;
import io.pipewright.nodes.evaluate.EvaluationResult;
import io.pipewright.nodes.evaluate.MetricsExtractor;
import io.pipewright.nodes.weka.WekaRuntime;
import io.pipewright.param.Params;
import io.pipewright.param.WekaSpec;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code bench cv}: Weka's single-threaded {@code Evaluation.crossValidateModel} against the
 * {@code evaluate.cross-validation} node with folds trained in parallel, on the same seeded synthetic
 * data, alternating repetitions. Checks that both give identical metrics and prints medians and the
 * speed-up.
 */
public final class CrossValidationBenchmark implements Benchmark {
    private static final int NUMERIC_COLUMNS = 16;
    private static final int NOMINAL_COLUMNS = 4;

    @Override
    public String name() {
        return "cv";
    }

    @Override
    public String description() {
        return "10-fold cross-validation: Weka's crossValidateModel vs the parallel evaluate.cross-validation node "
                + "(options: rows=100000 reps=3 folds=10 seed=1 threads=<cores> learner=\"weka.classifiers.trees.J48\")";
    }

    @Override
    public void run(Map<String, String> options, PrintStream out) throws Exception {
        WekaRuntime.configure();
        int rows = Integer.parseInt(options.getOrDefault("rows", "100000"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "3"));
        int folds = Integer.parseInt(options.getOrDefault("folds", "10"));
        int seed = Integer.parseInt(options.getOrDefault("seed", "1"));
        int threads = Integer.parseInt(options.getOrDefault("threads",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        WekaSpec learner = WekaSpec.parseCommandLine(options.getOrDefault("learner", "weka.classifiers.trees.J48"));

        Instances data = syntheticData(rows, 42);
        out.printf(Locale.ROOT, "cv: %d rows x %d columns, %d folds, seed %d, learner %s, %d threads (%d cores), %d reps%n",
                rows, data.numAttributes(), folds, seed, learner.toCommandLine(), threads,
                Runtime.getRuntime().availableProcessors(), reps);

        CrossValidationNode node = new CrossValidationNode();
        Params.Binding binding = Params.bind(node.descriptor().params(), Map.of(
                "learner", CrossValidationNode.LEARNER.toRaw(learner), "folds", folds, "seed", seed));
        if (!binding.ok()) {
            throw new IllegalArgumentException("bad options: " + binding.problems());
        }
        double[] wekaSeconds = new double[reps];
        double[] oursSeconds = new double[reps];
        try (BenchNodeContext context = new BenchNodeContext(Path.of("."), threads)) {
            for (int rep = 0; rep < reps; rep++) {
                long start = System.nanoTime();
                Evaluation evaluation = new Evaluation(data);
                evaluation.crossValidateModel(AbstractClassifier.forName(learner.className(),
                        learner.options().toArray(String[]::new)), data, folds, new Random(seed));
                EvaluationResult weka = MetricsExtractor.extract(evaluation);
                wekaSeconds[rep] = (System.nanoTime() - start) / 1e9;

                start = System.nanoTime();
                EvaluationResult ours = (EvaluationResult) node.execute(new NodeInputs(Map.of("data", data)),
                        binding.params(), context).get("evaluation");
                oursSeconds[rep] = (System.nanoTime() - start) / 1e9;

                boolean identical = ours.metrics().equals(weka.metrics());
                out.printf(Locale.ROOT, "rep %d: weka %.2f s, pipewright %.2f s, accuracy %s, metrics identical: %s%n",
                        rep + 1, wekaSeconds[rep], oursSeconds[rep], ours.metrics().get("accuracy"), identical ? "yes" : "NO");
                if (!identical) {
                    throw new IllegalStateException("metrics differ from Weka's:\n weka " + weka.metrics()
                            + "\n ours " + ours.metrics());
                }
            }
        }
        double wekaMedian = BenchStats.median(wekaSeconds);
        double oursMedian = BenchStats.median(oursSeconds);
        out.printf(Locale.ROOT, "median: weka crossValidateModel %.2f s, pipewright parallel %.2f s, speed-up %.2fx%n",
                wekaMedian, oursMedian, wekaMedian / oursMedian);
    }

    /**
     * Seeded data: 16 numeric and 4 nominal columns, and a 3-valued class decided by a few of them with
     * 10% of labels flipped at random, so trees have real structure and real noise.
     */
    static Instances syntheticData(int rows, long seed) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < NUMERIC_COLUMNS; i++) {
            attributes.add(new Attribute("x" + (i + 1)));
        }
        for (int i = 0; i < NOMINAL_COLUMNS; i++) {
            attributes.add(new Attribute("c" + (i + 1), List.of("a", "b", "c", "d")));
        }
        attributes.add(new Attribute("class", List.of("low", "mid", "high")));
        Instances data = new Instances("synthetic-cv", attributes, rows);
        data.setClassIndex(attributes.size() - 1);
        Random random = new Random(seed);
        for (int r = 0; r < rows; r++) {
            double[] values = new double[attributes.size()];
            for (int i = 0; i < NUMERIC_COLUMNS; i++) {
                values[i] = Math.round(random.nextGaussian() * 1000) / 100.0;
            }
            for (int i = 0; i < NOMINAL_COLUMNS; i++) {
                values[NUMERIC_COLUMNS + i] = random.nextInt(4);
            }
            double score = values[0] + 0.5 * values[1] - 0.8 * values[2] + (values[NUMERIC_COLUMNS] == 1 ? 5 : 0)
                    + 0.3 * values[3] * (values[NUMERIC_COLUMNS + 1] - 1.5);
            int label = score < -5 ? 0 : score < 5 ? 1 : 2;
            if (random.nextDouble() < 0.1) {
                label = random.nextInt(3);
            }
            values[values.length - 1] = label;
            data.add(new DenseInstance(1.0, values));
        }
        return data;
    }
}
