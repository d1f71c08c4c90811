package io.pipewright.nodes.monitor;

import io.pipewright.node.PortType;

/** Port types of the model lifecycle nodes. */
public final class LifecyclePortTypes {
    public static final PortType<RetrainDecision> RETRAIN_DECISION = new PortType<>("retrain-decision", RetrainDecision.class,
            "a retrain policy's decision (retrain or keep), its reason and the rule values it was checked against");

    private LifecyclePortTypes() {
    }
}
