package io.pipewright.nodes;

import io.pipewright.node.PortType;
import io.pipewright.nodes.evaluate.EvaluationResult;
import io.pipewright.nodes.train.TrainedModel;
import weka.core.Instances;

/** The port types of the built-in catalog. Their ids appear in the catalog listing and messages. */
public final class PortTypes {
    public static final PortType<Instances> DATA =
            new PortType<>("data", Instances.class, "a table of rows and typed columns, with a class column");
    public static final PortType<TrainedModel> MODEL =
            new PortType<>("model", TrainedModel.class, "a trained Weka classifier with the header it was trained on");
    public static final PortType<EvaluationResult> EVALUATION =
            new PortType<>("evaluation", EvaluationResult.class, "metrics of a model on data");

    private PortTypes() {
    }
}
