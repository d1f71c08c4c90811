package io.pipewright.nodes.weka;

import io.pipewright.node.NodeFailure;
import io.pipewright.param.WekaSpec;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.filters.Filter;

/**
 * Makes Weka classifiers and filters from a {@link WekaSpec}. The spec's class was already checked
 * to be a Weka classifier/filter when the parameter was bound; this turns Weka's own option errors
 * into messages that name the parameter.
 */
public final class WekaObjects {
    private WekaObjects() {
    }

    public static Classifier newClassifier(WekaSpec spec, String paramKey) throws NodeFailure {
        try {
            return AbstractClassifier.forName(spec.className(), spec.options().toArray(String[]::new));
        } catch (Exception e) {
            throw new NodeFailure("parameter '" + paramKey + "': cannot configure " + spec.toCommandLine() + ": " + message(e), e);
        }
    }

    public static Filter newFilter(WekaSpec spec, String paramKey) throws NodeFailure {
        try {
            Object filter = weka.core.Utils.forName(Filter.class, spec.className(), spec.options().toArray(String[]::new));
            return (Filter) filter;
        } catch (Exception e) {
            throw new NodeFailure("parameter '" + paramKey + "': cannot configure " + spec.toCommandLine() + ": " + message(e), e);
        }
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
