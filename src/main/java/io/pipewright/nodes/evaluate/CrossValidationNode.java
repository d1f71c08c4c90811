package io.pipewright.nodes.evaluate;

import io.pipewright.node.CancelledException;
import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeTrait;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.nodes.train.Learners;
import io.pipewright.nodes.weka.WekaObjects;
import io.pipewright.param.IntParam;
import io.pipewright.param.Params;
import io.pipewright.param.WekaObjectParam;
import io.pipewright.param.WekaSpec;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.CostMatrix;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code evaluate.cross-validation}: k-fold cross-validation of a Weka learner, folds trained in
 * parallel, with metrics identical to {@code Evaluation.crossValidateModel(learner, data, folds,
 * new Random(seed))}.
 *
 * <p>Why it is identical: the data is copied, randomized and stratified exactly as Weka does, and all
 * folds are cut in fold order first, because {@code trainCV(folds, i, random)} draws from the shared
 * {@code Random}. Only the training, which uses no shared state, runs in parallel (each fold on its own
 * copy of the learner). Every fold's model is then evaluated into one {@link Evaluation}, in fold
 * order, after setting the priors from that fold's training data, as Weka's loop does: the metrics
 * accumulate floating-point sums in the same order. Merging separate per-fold evaluations would not.
 */
public final class CrossValidationNode implements NodeType {
    public static final String TYPE_ID = "evaluate.cross-validation";
    public static final WekaObjectParam LEARNER = Learners.param(
            "The Weka classifier to cross-validate, as class and options; a fresh copy is trained on each fold.");
    public static final IntParam FOLDS = IntParam.of("folds", "Folds", 10, 2, 1000,
            "How many folds: each row is tested once, by a model trained on the other folds. "
                    + "At most the number of rows.");
    public static final IntParam SEED = IntParam.of("seed", "Random seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE,
            "Seed of the shuffle that assigns rows to folds; the same seed gives the same folds and metrics as Weka.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Cross-validation", Category.EVALUATE,
            "Estimates how well a learner generalises by stratified k-fold cross-validation. Folds are trained in "
                    + "parallel; the metrics are exactly those of Weka's Explorer with the same folds and seed.",
            List.of(PortSpec.of("data", PortTypes.DATA, "The data to cross-validate on, with its class column.")),
            List.of(PortSpec.of("evaluation", PortTypes.EVALUATION, "Metrics pooled over all folds, as Weka reports them.")),
            List.of(LEARNER, FOLDS, SEED, CostFigures.COST_MATRIX), Set.of(NodeTrait.HEAVY));

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        Instances header = (Instances) inputSpecs.get("data");
        if (header != null) {
            Learners.forHeader(params.get(LEARNER), header);
        }
        CostFigures.parse(params.get(CostFigures.COST_MATRIX), header);
        Map<String, Object> out = new HashMap<>();
        out.put("evaluation", null);
        return out;
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        Instances data = inputs.get("data", Instances.class);
        WekaSpec spec = params.get(LEARNER);
        int folds = params.get(FOLDS);
        Classifier template = WekaObjects.newClassifier(spec, Learners.KEY);
        Learners.requireCapable(template, data, spec);
        if (folds > data.numInstances()) {
            throw new NodeFailure("parameter '" + FOLDS.key() + "': " + folds + " folds need at least " + folds
                    + " rows, but the data has " + data.numInstances() + ". Choose at most " + data.numInstances()
                    + " folds.");
        }
        CostMatrix costs = CostFigures.parse(params.get(CostFigures.COST_MATRIX), data);
        Evaluation evaluation = crossValidate(template, spec, data, folds, params.get(SEED), costs, context);
        EvaluationResult result = MetricsExtractor.extract(evaluation);
        return Map.of("evaluation", costs == null ? result : CostFigures.addTo(result, evaluation, costs));
    }

    /** Runs the cross-validation and returns Weka's evaluation, equal to what crossValidateModel gives. */
    public static Evaluation crossValidate(Classifier template, WekaSpec spec, Instances original, int folds, int seed,
                                          NodeContext context) throws Exception {
        return crossValidate(template, spec, original, folds, seed, null, context);
    }

    /**
     * As {@link #crossValidate(Classifier, WekaSpec, Instances, int, int, NodeContext)}, with the evaluation
     * made with {@code costs} (null for none), as {@code new Evaluation(data, costs).crossValidateModel(...)}.
     */
    public static Evaluation crossValidate(Classifier template, WekaSpec spec, Instances original, int folds, int seed,
                                          CostMatrix costs, NodeContext context) throws Exception {
        Random random = new Random(seed);
        Instances data = new Instances(original);
        data.randomize(random);
        if (data.classAttribute().isNominal()) {
            data.stratify(folds);
        }
        List<Instances> trains = new ArrayList<>(folds);
        for (int fold = 0; fold < folds; fold++) {
            trains.add(data.trainCV(folds, fold, random));
        }
        context.checkCancelled();
        Classifier[] copies = AbstractClassifier.makeCopies(template, folds);
        AtomicInteger finished = new AtomicInteger();
        List<Callable<Classifier>> tasks = new ArrayList<>(folds);
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            tasks.add(() -> {
                context.checkCancelled();
                trainFold(copies[f], trains.get(f), spec, f);
                int done = finished.incrementAndGet();
                context.progress(done / (double) (folds + 1), "trained fold " + (f + 1) + " of " + folds);
                return copies[f];
            });
        }
        List<Classifier> models = runAll(tasks, context);
        Evaluation evaluation = new Evaluation(data, costs);
        for (int fold = 0; fold < folds; fold++) {
            context.checkCancelled();
            evaluation.setPriors(trains.get(fold));
            evaluation.evaluateModel(models.get(fold), data.testCV(folds, fold));
        }
        context.progress(1, "evaluated " + folds + " folds");
        return evaluation;
    }

    private static void trainFold(Classifier classifier, Instances train, WekaSpec spec, int fold) throws NodeFailure {
        try {
            classifier.buildClassifier(train);
        } catch (Exception e) {
            throw new NodeFailure("parameter '" + Learners.KEY + "': " + spec.shortName() + " failed to train on fold "
                    + (fold + 1) + " (" + train.numInstances() + " rows): " + e.getMessage(), e);
        }
    }

    /** Runs the tasks on the context's pool, surfacing a cancellation or a node failure as itself. */
    private static <T> List<T> runAll(List<Callable<T>> tasks, NodeContext context) throws Exception {
        try {
            return context.parallel(tasks);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CancelledException cancelled) {
                throw cancelled;
            }
            if (cause instanceof NodeFailure failure) {
                throw failure;
            }
            throw e;
        }
    }
}
