package io.pipewright.nodes.train;

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
import io.pipewright.nodes.weka.WekaObjects;
import io.pipewright.param.Params;
import io.pipewright.param.WekaObjectParam;
import io.pipewright.param.WekaSpec;
import weka.classifiers.Classifier;
import weka.core.Instances;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code train.weka-classifier}: trains any Weka classifier on the incoming data. */
public final class WekaClassifierTrainNode implements NodeType {
    public static final String TYPE_ID = "train.weka-classifier";
    public static final WekaObjectParam LEARNER = Learners.param(
            "The Weka classifier to train, as class and options (e.g. weka.classifiers.trees.J48 -C 0.25 -M 2). "
                    + "Any Weka classifier that can handle the data's column and class types works.");

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Train Weka classifier", Category.TRAIN,
            "Trains a Weka classifier on all rows of the input data and outputs the model with the columns it was "
                    + "trained on, ready to evaluate, save or predict with.",
            List.of(PortSpec.of("data", PortTypes.DATA, "The training data; its class column is what the model learns to predict.")),
            List.of(PortSpec.of("model", PortTypes.MODEL, "The trained classifier with its training header.")),
            List.of(LEARNER), Set.of(NodeTrait.HEAVY));

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
        Map<String, Object> out = new HashMap<>();
        out.put("model", header == null ? null : new Instances(header, 0));
        return out;
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        Instances data = inputs.get("data", Instances.class);
        WekaSpec spec = params.get(LEARNER);
        Classifier classifier = WekaObjects.newClassifier(spec, Learners.KEY);
        Learners.requireCapable(classifier, data, spec);
        context.checkCancelled();
        context.progress(0, "training " + spec.shortName() + " on " + data.numInstances() + " rows");
        try {
            classifier.buildClassifier(data);
        } catch (Exception e) {
            throw new NodeFailure("parameter '" + Learners.KEY + "': " + spec.shortName() + " failed to train on "
                    + data.numInstances() + " rows: " + e.getMessage(), e);
        }
        context.progress(1, "trained " + spec.shortName());
        return Map.of("model", TrainedModel.of(classifier, data, spec));
    }
}
