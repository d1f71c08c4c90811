package io.pipewright.nodes.train;

import io.pipewright.node.NodeFailure;
import io.pipewright.nodes.weka.WekaObjects;
import io.pipewright.param.WekaObjectParam;
import io.pipewright.param.WekaSpec;
import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.Instances;

/** The {@code learner} parameter shared by the nodes that train, and the checks made before training. */
public final class Learners {
    public static final String KEY = "learner";
    public static final WekaSpec DEFAULT = WekaSpec.of("weka.classifiers.trees.J48", "-C", "0.25", "-M", "2");

    private Learners() {
    }

    /** The learner parameter: any Weka classifier with its options, J48 by default. */
    public static WekaObjectParam param(String help) {
        return WekaObjectParam.classifier(KEY, "Learner", DEFAULT, help);
    }

    /**
     * Makes the classifier and checks it can learn from data shaped like {@code header}: column types
     * and class type only, since a header has no rows. For configure time.
     */
    public static Classifier forHeader(WekaSpec spec, Instances header) throws NodeFailure {
        Classifier classifier = WekaObjects.newClassifier(spec, KEY);
        Capabilities capabilities = classifier.getCapabilities();
        capabilities.setMinimumNumberInstances(0);
        check(capabilities, header, spec);
        return classifier;
    }

    /** Checks the classifier can learn from {@code data}: types, missing values, number of rows. */
    public static void requireCapable(Classifier classifier, Instances data, WekaSpec spec) throws NodeFailure {
        check(classifier.getCapabilities(), data, spec);
    }

    private static void check(Capabilities capabilities, Instances data, WekaSpec spec) throws NodeFailure {
        try {
            capabilities.testWithFail(data);
        } catch (Exception e) {
            throw new NodeFailure("parameter '" + KEY + "': " + spec.shortName() + " " + reason(e)
                    + " (class column '" + data.classAttribute().name() + "', " + data.numAttributes()
                    + " columns). Choose a learner that can, or prepare the data first.", e);
        }
    }

    /** Weka says "weka.classifiers.trees.J48: Cannot handle numeric class!"; we say "cannot handle numeric class". */
    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int colon = message.indexOf(": ");
        if (colon >= 0 && message.substring(0, colon).matches("[\\w.$]+")) {
            message = message.substring(colon + 2);
        }
        if (message.endsWith("!")) {
            message = message.substring(0, message.length() - 1);
        }
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
