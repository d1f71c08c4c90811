package io.pipewright.nodes.train;

import io.pipewright.node.Artifact;
import io.pipewright.node.NodeFailure;
import io.pipewright.param.WekaSpec;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained classifier together with the header (columns, types, class) it was trained on, as
 * Weka's Explorer keeps them, and the learner spec that made it.
 *
 * <p>{@code trainingClasses} holds only the class column (values and weights, in training order) of
 * the training data, or null when unknown. Weka's {@code Evaluation} takes its class priors from the
 * training data ({@code new Evaluation(train)}); entropy-based metrics, the relative errors and, for
 * a numeric class, the prior estimator depend on them. Keeping this one column lets a later holdout
 * evaluation give exactly the figures Weka's Explorer gives, without keeping the training data.
 */
public record TrainedModel(Classifier classifier, Instances header, String learnerClass, List<String> learnerOptions,
                           Instances trainingClasses) implements Serializable, Artifact {

    public TrainedModel {
        learnerOptions = List.copyOf(learnerOptions);
    }

    /** A model whose training class distribution is unknown (evaluations then use uniform priors). */
    public TrainedModel(Classifier classifier, Instances header, String learnerClass, List<String> learnerOptions) {
        this(classifier, header, learnerClass, learnerOptions, null);
    }

    /** A model trained on {@code train}: keeps its header and its class column for evaluation priors. */
    public static TrainedModel of(Classifier classifier, Instances train, WekaSpec learner) {
        return new TrainedModel(classifier, new Instances(train, 0), learner.className(), learner.options(),
                classColumn(train));
    }

    @Override
    public String artifactKind() {
        return "model";
    }

    @Override
    public String fileExtension() {
        return ".model";
    }

    /** Writes what Weka's Explorer writes for a model: the classifier, then the header without string values. */
    @Override
    public void writeTo(OutputStream out) throws IOException {
        try {
            weka.core.SerializationHelper.writeAll(out, new Object[] {classifier, header.stringFreeStructure()});
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("could not write the " + learner().shortName() + " model: " + e.getMessage(), e);
        }
    }

    public WekaSpec learner() {
        return new WekaSpec(learnerClass, learnerOptions);
    }

    /** The class column of {@code data} alone, with each row's weight, in row order. */
    public static Instances classColumn(Instances data) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(data.classAttribute().copy(data.classAttribute().name()));
        Instances column = new Instances(data.relationName() + "-class", attributes, data.numInstances());
        column.setClassIndex(0);
        for (int i = 0; i < data.numInstances(); i++) {
            column.add(new DenseInstance(data.instance(i).weight(), new double[]{data.instance(i).classValue()}));
        }
        return column;
    }

    /**
     * Checks that {@code data} has the columns this model was trained on: same count, names, types,
     * nominal values and class column.
     *
     * @param port the input port the data came in on, for the message
     * @throws NodeFailure naming the first column that differs
     */
    public void requireCompatible(Instances data, String port) throws NodeFailure {
        requireCompatible(header, data, port);
    }

    /** As {@link #requireCompatible(Instances, String)}, for configure time when only headers are known. */
    public static void requireCompatible(Instances modelHeader, Instances data, String port) throws NodeFailure {
        String problem = firstDifference(modelHeader, data);
        if (problem != null) {
            throw new NodeFailure("input '" + port + "' does not match the columns the model was trained on: " + problem
                    + ". Prepare this data the same way as the training data.");
        }
    }

    private static String firstDifference(Instances model, Instances data) {
        int shared = Math.min(model.numAttributes(), data.numAttributes());
        for (int i = 0; i < shared; i++) {
            Attribute expected = model.attribute(i);
            Attribute actual = data.attribute(i);
            String where = "column " + (i + 1) + " '" + actual.name() + "'";
            if (!expected.name().equals(actual.name())) {
                return where + " should be '" + expected.name() + "'";
            }
            if (expected.type() != actual.type()) {
                return where + " is " + Attribute.typeToString(actual) + " but the model expects "
                        + Attribute.typeToString(expected);
            }
            if (expected.isNominal() && !sameValues(expected, actual)) {
                return where + " has the values " + values(actual) + " but the model expects " + values(expected);
            }
        }
        if (data.numAttributes() > shared) {
            return "column " + (shared + 1) + " '" + data.attribute(shared).name() + "' is not in the model's data";
        }
        if (model.numAttributes() > shared) {
            return "column " + (shared + 1) + " '" + model.attribute(shared).name() + "' is missing";
        }
        if (model.classIndex() != data.classIndex()) {
            return "the class column is '" + data.classAttribute().name() + "' but the model predicts '"
                    + model.classAttribute().name() + "'";
        }
        return null;
    }

    private static boolean sameValues(Attribute a, Attribute b) {
        if (a.numValues() != b.numValues()) {
            return false;
        }
        for (int v = 0; v < a.numValues(); v++) {
            if (!a.value(v).equals(b.value(v))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> values(Attribute a) {
        List<String> values = new ArrayList<>();
        for (int v = 0; v < a.numValues(); v++) {
            values.add(a.value(v));
        }
        return values;
    }
}
