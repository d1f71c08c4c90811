package io.pipewright.bench;

import io.pipewright.exec.CompiledNode;
import io.pipewright.exec.CompiledPipeline;
import io.pipewright.exec.Compilation;
import io.pipewright.exec.OutputCache;
import io.pipewright.exec.PipelineCompiler;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunListener;
import io.pipewright.exec.RunOptions;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.evaluate.EvaluationResult;
import io.pipewright.nodes.weka.WekaRuntime;
import io.pipewright.param.WekaSpec;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Instances;
import weka.core.converters.CSVLoader;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The engine's overhead on a CSV -> 10-fold CV pipeline: the same two nodes run through the
 * executor (compile, schedule, events) and called directly with the same thread count. Also shows
 * the same work written against the plain Weka API (CSVLoader + crossValidateModel) for reference.
 * Repetitions alternate so that machine noise hits all three alike.
 */
public final class EngineOverheadBenchmark implements Benchmark {
    @Override
    public String name() {
        return "engine";
    }

    @Override
    public String description() {
        return "CSV -> J48 10-fold CV through the executor vs the same nodes called directly, and vs plain Weka "
                + "(options: rows=20000 reps=5 learner=\"weka.classifiers.trees.J48\")";
    }

    @Override
    public void run(Map<String, String> options, PrintStream out) throws Exception {
        WekaRuntime.configure();
        int rows = Integer.parseInt(options.getOrDefault("rows", "20000"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "5"));
        WekaSpec learner = WekaSpec.parseCommandLine(options.getOrDefault("learner", "weka.classifiers.trees.J48"));
        Path dir = Path.of(options.getOrDefault("dir", "target/bench-data")).toAbsolutePath();
        Path csv = SyntheticData.csv(dir, rows, SyntheticData.DEFAULT_SEED);
        int cores = Runtime.getRuntime().availableProcessors();

        Pipeline pipeline = new Pipeline("bench", List.of(
                NodeInstance.of("load", "ingest.csv", Map.of("path", csv.toString())),
                NodeInstance.of("cv", "evaluate.cross-validation", Map.of(
                        "learner", Map.of("class", learner.className(), "options", learner.options()), "folds", 10, "seed", 1))),
                List.of(Edge.of("load:data", "cv:data")));
        NodeCatalog catalog = NodeCatalog.load();
        out.printf(Locale.ROOT, "engine: %d rows, %s, 10 folds, %d cores, %d repetitions%n", rows, learner.toCommandLine(), cores, reps);

        double[] engine = new double[reps];
        double[] direct = new double[reps];
        double[] weka = new double[reps];
        double[] accuracy = new double[3];
        try (PipelineExecutor executor = new PipelineExecutor(cores, OutputCache.NONE)) {
            for (int rep = -1; rep < reps; rep++) {
                long t0 = System.nanoTime();
                accuracy[0] = throughEngine(pipeline, catalog, executor);
                long t1 = System.nanoTime();
                accuracy[1] = directly(pipeline, catalog, cores);
                long t2 = System.nanoTime();
                accuracy[2] = plainWeka(csv, learner);
                long t3 = System.nanoTime();
                if (rep >= 0) { // the first round warms the JIT up and is not counted
                    engine[rep] = (t1 - t0) / 1e9;
                    direct[rep] = (t2 - t1) / 1e9;
                    weka[rep] = (t3 - t2) / 1e9;
                }
            }
        }
        double e = BenchStats.median(engine);
        double d = BenchStats.median(direct);
        double w = BenchStats.median(weka);
        out.printf(Locale.ROOT, "engine: accuracy through engine %.6f, direct %.6f, plain Weka %.6f%n", accuracy[0], accuracy[1], accuracy[2]);
        out.printf(Locale.ROOT, "engine: median  executor %.3f s  nodes called directly %.3f s  overhead %+.1f%%%n", e, d, (e / d - 1) * 100);
        out.printf(Locale.ROOT, "engine: median  plain Weka API (CSVLoader + crossValidateModel) %.3f s  engine speed-up %.2fx%n", w, w / e);
    }

    private static double throughEngine(Pipeline pipeline, NodeCatalog catalog, PipelineExecutor executor) throws Exception {
        Compilation compilation = new PipelineCompiler(catalog).compile(pipeline, Path.of("."));
        if (!compilation.ok()) {
            throw new IllegalStateException("benchmark pipeline does not compile: " + compilation.problems());
        }
        RunResult result = executor.run(compilation.compiled(), RunOptions.DEFAULT.withoutCache(), RunListener.NONE);
        if (result.status() != RunStatus.SUCCEEDED) {
            throw new IllegalStateException("benchmark run failed: " + result.nodes());
        }
        Object accuracy = ((Map<?, ?>) result.node("cv").orElseThrow().reports().get("metrics")).get("accuracy");
        return ((Number) accuracy).doubleValue();
    }

    private static double directly(Pipeline pipeline, NodeCatalog catalog, int cores) throws Exception {
        CompiledPipeline compiled = new PipelineCompiler(catalog).compile(pipeline, Path.of(".")).compiled();
        CompiledNode load = compiled.node("load");
        CompiledNode cv = compiled.node("cv");
        try (BenchNodeContext context = new BenchNodeContext(Path.of("."), cores)) {
            Object data = load.type().execute(new NodeInputs(Map.of()), load.params(), context).get("data");
            EvaluationResult result = (EvaluationResult) cv.type().execute(new NodeInputs(Map.of("data", data)), cv.params(), context)
                    .get("evaluation");
            return ((Number) result.metrics().get("accuracy")).doubleValue();
        }
    }

    private static double plainWeka(Path csv, WekaSpec learner) throws Exception {
        CSVLoader loader = new CSVLoader();
        loader.setSource(csv.toFile());
        Instances data = loader.getDataSet();
        data.setClassIndex(data.numAttributes() - 1);
        Evaluation evaluation = new Evaluation(data);
        evaluation.crossValidateModel(AbstractClassifier.forName(learner.className(), learner.options().toArray(String[]::new)),
                data, 10, new Random(1));
        return evaluation.pctCorrect() / 100;
    }
}
