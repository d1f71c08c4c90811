package io.pipewright.nodes.train;

import io.pipewright.param.WekaSpec;
import weka.classifiers.Classifier;
import weka.core.Instances;

import java.io.Serializable;

/**
 * A trained classifier together with the header (columns, types, class) it was trained on, as
 * Weka's Explorer keeps them, and the learner spec that made it.
 */
public record TrainedModel(Classifier classifier, Instances header, String learnerClass, java.util.List<String> learnerOptions)
        implements Serializable {

    public WekaSpec learner() {
        return new WekaSpec(learnerClass, learnerOptions);
    }
}
