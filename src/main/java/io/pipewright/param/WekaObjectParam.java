package io.pipewright.param;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Weka learner or filter, as class + options. Only a class that is a subtype of {@code baseType}
 * (e.g. {@code weka.classifiers.Classifier}) is accepted, checked without initialising the class, so a
 * file naming {@code java.lang.Runtime} or any other class is refused before anything is instantiated.
 * This package names Weka's types only as strings, so it stays free of Weka.
 */
public record WekaObjectParam(String key, String label, String help, WekaSpec defaultValue, boolean required,
                              String baseType) implements ParamSpec<WekaSpec> {

    public static final String CLASSIFIER = "weka.classifiers.Classifier";
    public static final String FILTER = "weka.filters.Filter";
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+");

    public static WekaObjectParam classifier(String key, String label, WekaSpec defaultValue, String help) {
        return new WekaObjectParam(key, label, help, defaultValue, defaultValue == null, CLASSIFIER);
    }

    public static WekaObjectParam filter(String key, String label, WekaSpec defaultValue, String help) {
        return new WekaObjectParam(key, label, help, defaultValue, defaultValue == null, FILTER);
    }

    @Override
    public WekaSpec bind(Object raw) throws ParamException {
        if (raw instanceof String s) {
            return parseText(s);
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new ParamException(key, "expected {\"class\": ..., \"options\": [...]}, got " + Values.describe(raw));
        }
        for (Object k : map.keySet()) {
            if (!"class".equals(k) && !"options".equals(k)) {
                throw new ParamException(key, "unknown field '" + k + "'; expected only 'class' and 'options'");
            }
        }
        if (!(map.get("class") instanceof String className)) {
            throw new ParamException(key, "'class' must name a " + kind() + " class");
        }
        Object rawOptions = map.get("options");
        List<String> options = new ArrayList<>();
        if (rawOptions instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof String) && !(o instanceof Number)) {
                    throw new ParamException(key, "every option must be text, found " + Values.describe(o));
                }
                options.add(String.valueOf(o));
            }
        } else if (rawOptions != null) {
            throw new ParamException(key, "'options' must be a list of text, got " + Values.describe(rawOptions));
        }
        return check(new WekaSpec(className, options));
    }

    @Override
    public WekaSpec parseText(String text) throws ParamException {
        try {
            return check(WekaSpec.parseCommandLine(text));
        } catch (IllegalArgumentException e) {
            throw new ParamException(key, e.getMessage());
        }
    }

    private WekaSpec check(WekaSpec spec) throws ParamException {
        String name = spec.className();
        if (!CLASS_NAME.matcher(name).matches()) {
            throw new ParamException(key, "'" + name + "' is not a class name");
        }
        ClassLoader loader = WekaObjectParam.class.getClassLoader();
        Class<?> base;
        Class<?> chosen;
        try {
            base = Class.forName(baseType, false, loader);
        } catch (ClassNotFoundException e) {
            throw new ParamException(key, "Weka is not on the class path (" + baseType + " not found)");
        }
        try {
            chosen = Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ParamException(key, "no " + kind() + " class '" + name + "' is available");
        }
        if (!base.isAssignableFrom(chosen) || chosen.isInterface()
                || java.lang.reflect.Modifier.isAbstract(chosen.getModifiers())) {
            throw new ParamException(key, "'" + name + "' is not a Weka " + kind() + "; refused");
        }
        return spec;
    }

    /** "classifier" or "filter", for messages. */
    public String kind() {
        return baseType.equals(FILTER) ? "filter" : baseType.equals(CLASSIFIER) ? "classifier" : baseType;
    }

    @Override
    public Object toRaw(WekaSpec value) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("class", value.className());
        raw.put("options", List.copyOf(value.options()));
        return raw;
    }

    @Override
    public String describeType() {
        return "Weka " + kind() + " {class, options}";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visitWekaObject(this);
    }
}
