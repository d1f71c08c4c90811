package io.pipewright.app.inspector;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Weka classifiers and filters a user can choose from: the lists Weka's own Explorer offers
 * (its {@code GenericObjectEditor.props} resource, read as a file; no GUI class is loaded), keeping
 * only the classes present in this build and concrete subtypes of the base type. Classes are loaded
 * without being initialised.
 */
public final class WekaClassCatalog {
    private static final String RESOURCE = "weka/gui/GenericObjectEditor.props";
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private WekaClassCatalog() {
    }

    /** Class names for {@code baseType} (e.g. weka.classifiers.Classifier), in Weka's order. */
    public static List<String> available(String baseType) {
        return CACHE.computeIfAbsent(baseType, WekaClassCatalog::load);
    }

    private static List<String> load(String baseType) {
        ClassLoader loader = WekaClassCatalog.class.getClassLoader();
        Properties props = new Properties();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            return List.of();
        }
        Class<?> base;
        try {
            base = Class.forName(baseType, false, loader);
        } catch (ClassNotFoundException e) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String name : props.getProperty(baseType, "").split(",")) {
            String trimmed = name.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                Class<?> type = Class.forName(trimmed, false, loader);
                if (base.isAssignableFrom(type) && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                        && Modifier.isPublic(type.getModifiers())) {
                    out.add(trimmed);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // Listed by Weka but shipped in a separate Weka package: not offered.
                continue;
            }
        }
        return List.copyOf(out);
    }
}
