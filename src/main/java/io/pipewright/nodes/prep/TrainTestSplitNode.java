package io.pipewright.nodes.prep;

import io.pipewright.node.CancelledException;
import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.param.BoolParam;
import io.pipewright.param.DoubleParam;
import io.pipewright.param.IntParam;
import io.pipewright.param.Params;
import weka.core.Instance;
import weka.core.Instances;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * prep.split: a random train/test split.
 *
 * <p>Unstratified, it is exactly Weka Explorer's percentage split: the rows are shuffled with
 * {@code Instances.randomize(new Random(seed))}, the first {@code round(n * trainPercent / 100)} go to
 * train and the rest to test.
 *
 * <p>Stratified (nominal class only), the rows are shuffled the same way; then, for each class label
 * (rows with a missing class counting as one more group), the first {@code round(count * trainPercent / 100)}
 * rows of that label in shuffled order go to train and its other rows to test. Both outputs keep the
 * shuffled order, so each label's share in train and test is as close to the input's as rounding allows.
 * With a numeric class there is nothing to stratify on and the split is the unstratified one.
 */
public final class TrainTestSplitNode implements NodeType {
    static final DoubleParam TRAIN_PERCENT = DoubleParam.of("trainPercent", "Train %", 66, 0.01, 99.99,
            "The share of rows, in percent, that go to the train output; the rest go to test.");
    static final IntParam SEED = IntParam.of("seed", "Seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE,
            "Seed of the shuffle: the same seed on the same data gives the same split.");
    static final BoolParam STRATIFIED = BoolParam.of("stratified", "Stratified", true,
            "Keep each class label's share of rows the same in train and test (nominal class only). "
                    + "Off gives exactly Weka Explorer's percentage split.");

    static final String TRAIN = "train";
    static final String TEST = "test";

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor("prep.split", 1,
            "Train/test split", Category.PREPARE,
            "Shuffles the rows with a seed and splits them into a train and a test set. Unstratified, the "
                    + "split equals Weka Explorer's percentage split with the same seed and percentage; stratified, "
                    + "each class label is split in that proportion on its own.",
            List.of(AbstractFilterNode.DATA_IN),
            List.of(PortSpec.of(TRAIN, PortTypes.DATA, "trainPercent of the rows, in shuffled order"),
                    PortSpec.of(TEST, PortTypes.DATA, "the other rows, in shuffled order")),
            List.of(TRAIN_PERCENT, SEED, STRATIFIED), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        Instances header = Schema.input(inputSpecs, Schema.DATA);
        Map<String, Instances> specs = new LinkedHashMap<>();
        specs.put(TRAIN, header);
        specs.put(TEST, header);
        return Schema.outputs(specs);
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context)
            throws NodeFailure, CancelledException {
        Instances data = inputs.get(Schema.DATA, Instances.class);
        double percent = params.get(TRAIN_PERCENT);
        context.checkCancelled();
        Instances shuffled = new Instances(data);
        shuffled.randomize(new Random(params.get(SEED)));
        context.checkCancelled();

        Instances train;
        Instances test;
        boolean stratified = params.get(STRATIFIED);
        if (stratified && !data.classAttribute().isNominal()) {
            context.log("class column '" + data.classAttribute().name()
                    + "' is not nominal, so the rows are split without stratification");
            stratified = false;
        }
        if (stratified) {
            Instances[] parts = stratifiedSplit(shuffled, percent);
            train = parts[0];
            test = parts[1];
        } else {
            int trainSize = (int) Math.round(shuffled.numInstances() * percent / 100);
            requireBothSides(data, percent, trainSize, shuffled.numInstances() - trainSize);
            train = new Instances(shuffled, 0, trainSize);
            test = new Instances(shuffled, trainSize, shuffled.numInstances() - trainSize);
        }
        context.log("split " + data.numInstances() + " rows into " + train.numInstances() + " train and "
                + test.numInstances() + " test rows (" + (stratified ? "stratified" : "not stratified")
                + ", seed " + params.get(SEED) + ")");
        return Map.of(TRAIN, train, TEST, test);
    }

    private static Instances[] stratifiedSplit(Instances shuffled, double percent) throws NodeFailure {
        int classIndex = shuffled.classIndex();
        int groups = shuffled.classAttribute().numValues() + 1;
        int[] counts = new int[groups];
        for (Instance row : shuffled) {
            counts[group(row, classIndex, groups)]++;
        }
        int[] quota = new int[groups];
        int trainSize = 0;
        for (int g = 0; g < groups; g++) {
            quota[g] = (int) Math.round(counts[g] * percent / 100);
            trainSize += quota[g];
        }
        requireBothSides(shuffled, percent, trainSize, shuffled.numInstances() - trainSize);
        Instances train = new Instances(shuffled, trainSize);
        Instances test = new Instances(shuffled, shuffled.numInstances() - trainSize);
        int[] taken = new int[groups];
        for (Instance row : shuffled) {
            int g = group(row, classIndex, groups);
            if (taken[g] < quota[g]) {
                taken[g]++;
                train.add(row);
            } else {
                test.add(row);
            }
        }
        return new Instances[] {train, test};
    }

    /** The class label's index, or the last group for a missing class. */
    private static int group(Instance row, int classIndex, int groups) {
        return row.isMissing(classIndex) ? groups - 1 : (int) row.value(classIndex);
    }

    private static String formatPercent(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }

    private static void requireBothSides(Instances data, double percent, int trainSize, int testSize)
            throws NodeFailure {
        if (trainSize < 1 || testSize < 1) {
            throw new NodeFailure("parameter '" + TRAIN_PERCENT.key() + "': " + formatPercent(percent) + "% of " + data.numInstances()
                    + " rows leaves the " + (trainSize < 1 ? "train" : "test")
                    + " set empty; choose a percentage that gives both sides at least one row, or use more data");
        }
    }
}
