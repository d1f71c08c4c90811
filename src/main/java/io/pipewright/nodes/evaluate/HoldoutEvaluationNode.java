package io.pipewright.nodes.evaluate;

import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.param.Params;
import weka.classifiers.CostMatrix;
import weka.classifiers.evaluation.Evaluation;
import weka.core.Instances;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code evaluate.holdout}: evaluates a trained model on separate test data. The metrics equal Weka
 * Explorer's for a supplied test set or a percentage split, {@code new Evaluation(train)} then
 * {@code evaluateModel(model, test)}: the class priors come from the training data's class column,
 * which the model carries (see {@link TrainedModel#trainingClasses()}).
 */
public final class HoldoutEvaluationNode implements NodeType {
    public static final String TYPE_ID = "evaluate.holdout";

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Holdout evaluation", Category.EVALUATE,
            "Evaluates a trained model on test data it has not seen (e.g. the test side of a split). The test data "
                    + "must have the same columns as the training data.",
            List.of(PortSpec.of("model", PortTypes.MODEL, "The trained model to evaluate."),
                    PortSpec.of("test", PortTypes.DATA, "The test data, with the same columns and class as the training data.")),
            List.of(PortSpec.of("evaluation", PortTypes.EVALUATION, "The model's metrics on the test data.")),
            List.of(CostFigures.COST_MATRIX), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        Instances modelHeader = (Instances) inputSpecs.get("model");
        Instances testHeader = (Instances) inputSpecs.get("test");
        if (modelHeader != null && testHeader != null) {
            TrainedModel.requireCompatible(modelHeader, testHeader, "test");
        }
        CostFigures.parse(params.get(CostFigures.COST_MATRIX), testHeader != null ? testHeader : modelHeader);
        Map<String, Object> out = new HashMap<>();
        out.put("evaluation", null);
        return out;
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        TrainedModel model = inputs.get("model", TrainedModel.class);
        CostMatrix costs = CostFigures.parse(params.get(CostFigures.COST_MATRIX), model.header());
        return Map.of("evaluation", evaluate(model, inputs.get("test", Instances.class), costs, "test", context));
    }

    /**
     * Evaluates {@code model} on {@code data} exactly as this node does (priors from the model's training
     * classes). Shared with the monitoring nodes so a batch's metrics carry the same keys and values.
     *
     * @param costs a cost matrix whose figures are added to the metrics, or null
     * @param port  the input port the data came in on, for messages
     */
    public static EvaluationResult evaluate(TrainedModel model, Instances data, CostMatrix costs, String port,
                                            NodeContext context) throws Exception {
        model.requireCompatible(data, port);
        context.checkCancelled();
        context.progress(0, "evaluating on " + data.numInstances() + " rows");
        Evaluation evaluation = new Evaluation(model.header(), costs);
        if (model.trainingClasses() != null) {
            evaluation.setPriors(model.trainingClasses());
        }
        try {
            evaluation.evaluateModel(model.classifier(), data);
        } catch (Exception e) {
            throw new NodeFailure("input '" + port + "': the model (" + model.learner().shortName()
                    + ") could not predict the " + port + " rows: " + e.getMessage(), e);
        }
        context.progress(1, "evaluated " + data.numInstances() + " rows");
        EvaluationResult result = MetricsExtractor.extract(evaluation);
        return costs == null ? result : CostFigures.addTo(result, evaluation, costs);
    }
}
