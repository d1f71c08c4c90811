package io.pipewright.nodes.weka;

import io.pipewright.node.NodeFailure;
import io.pipewright.param.WekaSpec;
import weka.classifiers.Classifier;
import weka.core.OptionHandler;
import weka.filters.Filter;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Makes Weka classifiers and filters from a {@link WekaSpec}. The class is loaded without being
 * initialised and checked to be a classifier/filter before any of its code runs, so a file naming
 * another class never gets it instantiated. Weka's own {@code forName} is not used: it goes through
 * Weka's package manager, which fails to see classes on a jar manifest's class path.
 */
public final class WekaObjects {
    private WekaObjects() {
    }

    public static Classifier newClassifier(WekaSpec spec, String paramKey) throws NodeFailure {
        return create(Classifier.class, "classifier", spec, paramKey);
    }

    public static Filter newFilter(WekaSpec spec, String paramKey) throws NodeFailure {
        return create(Filter.class, "filter", spec, paramKey);
    }

    private static <T> T create(Class<T> base, String kind, WekaSpec spec, String paramKey) throws NodeFailure {
        String where = "parameter '" + paramKey + "': ";
        Class<?> type;
        try {
            type = Class.forName(spec.className(), false, WekaObjects.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new NodeFailure(where + "no Weka " + kind + " class '" + spec.className() + "' is available");
        }
        if (!base.isAssignableFrom(type) || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new NodeFailure(where + "'" + spec.className() + "' is not a Weka " + kind + "; refused");
        }
        Object instance;
        try {
            instance = type.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new NodeFailure(where + "cannot create " + spec.shortName() + ": " + message(e.getCause()), e);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new NodeFailure(where + "cannot create " + spec.shortName() + " (it needs a public no-argument constructor): "
                    + message(e), e);
        }
        if (!spec.options().isEmpty()) {
            if (!(instance instanceof OptionHandler handler)) {
                throw new NodeFailure(where + spec.shortName() + " takes no options, but " + spec.options() + " were given");
            }
            String[] options = spec.options().toArray(String[]::new);
            try {
                handler.setOptions(options);
                // Weka blanks each option it consumes; what is left was not understood, as Weka's own CLI reports.
                weka.core.Utils.checkForRemainingOptions(options);
            } catch (Exception e) {
                throw new NodeFailure(where + "cannot configure " + spec.toCommandLine() + ": " + message(e), e);
            }
        }
        return base.cast(instance);
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
