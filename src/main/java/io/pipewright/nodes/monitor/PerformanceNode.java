package io.pipewright.nodes.monitor;

import io.pipewright.node.Category;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.nodes.PortTypes;
import io.pipewright.nodes.evaluate.HoldoutEvaluationNode;
import io.pipewright.nodes.train.TrainedModel;
import io.pipewright.param.Params;
import weka.core.Instances;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code monitor.performance}: a model's metrics on one labelled batch, computed exactly as
 * {@code evaluate.holdout} computes them (same code, same keys), so each run adds one point to the
 * metrics-over-time chart.
 */
public final class PerformanceNode implements NodeType {
    public static final String TYPE_ID = "monitor.performance";

    private static final NodeDescriptor DESCRIPTOR = new NodeDescriptor(TYPE_ID, 1, "Batch performance", Category.MONITOR,
            "Measures a deployed model on a new labelled batch: the same metrics as a holdout evaluation (accuracy, "
                    + "kappa, weighted F1, ... or correlation and errors for a numeric class), recorded with the run so "
                    + "the history shows how the model holds up batch by batch.",
            List.of(PortSpec.of("model", PortTypes.MODEL, "The model in production."),
                    PortSpec.of("batch", PortTypes.DATA, "A labelled batch with the model's columns and class.")),
            List.of(PortSpec.of("evaluation", PortTypes.EVALUATION, "The model's metrics on the batch.")),
            List.of(), Set.of());

    @Override
    public NodeDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
            throws NodeFailure {
        if (inputSpecs.get("model") instanceof Instances model && inputSpecs.get("batch") instanceof Instances batch) {
            TrainedModel.requireCompatible(model, batch, "batch");
        }
        Map<String, Object> out = new HashMap<>();
        out.put("evaluation", null);
        return out;
    }

    @Override
    public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) throws Exception {
        TrainedModel model = inputs.get("model", TrainedModel.class);
        Instances batch = inputs.get("batch", Instances.class);
        return Map.of("evaluation", HoldoutEvaluationNode.evaluate(model, batch, null, "batch", context));
    }
}
