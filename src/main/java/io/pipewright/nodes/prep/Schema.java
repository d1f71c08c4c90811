package io.pipewright.nodes.prep;

import io.pipewright.node.NodeFailure;
import weka.core.Attribute;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading input schemas and naming columns in messages, shared by the Prepare nodes. */
final class Schema {
    static final String DATA = "data";
    private static final int MAX_LISTED = 40;

    private Schema() {
    }

    /** The header arriving at {@code port}, or null when it is unknown until the run. */
    static Instances input(Map<String, Object> inputSpecs, String port) throws NodeFailure {
        Object spec = inputSpecs.get(port);
        if (spec == null) {
            return null;
        }
        if (!(spec instanceof Instances header)) {
            throw new NodeFailure("input '" + port + "' expects data, but the wire carries " + spec.getClass().getSimpleName());
        }
        return header;
    }

    /** One output port and its spec; the spec may be null (unknown until run), which Map.of refuses. */
    static Map<String, Object> output(String port, Instances spec) {
        return Collections.singletonMap(port, spec == null ? null : new Instances(spec, 0));
    }

    static Map<String, Object> outputs(Map<String, Instances> specs) {
        Map<String, Object> out = new HashMap<>();
        specs.forEach((port, spec) -> out.put(port, spec == null ? null : new Instances(spec, 0)));
        return out;
    }

    /** The column called {@code name}, or a failure naming the parameter and listing the real columns. */
    static Attribute column(Instances header, String paramKey, String name) throws NodeFailure {
        Attribute attribute = header.attribute(name);
        if (attribute == null) {
            throw new NodeFailure("parameter '" + paramKey + "': the input has no column '" + name
                    + "'; available columns: " + available(header) + ". Pick one of these (names are case-sensitive).");
        }
        return attribute;
    }

    static String available(Instances header) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.numAttributes() && i < MAX_LISTED; i++) {
            names.add(header.attribute(i).name());
        }
        String listed = String.join(", ", names);
        int more = header.numAttributes() - names.size();
        return more > 0 ? listed + " … (" + more + " more)" : listed;
    }

    /** The labels of a nominal column, for messages. */
    static String labels(Attribute attribute) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < attribute.numValues() && i < MAX_LISTED; i++) {
            labels.add(attribute.value(i));
        }
        String listed = String.join(", ", labels);
        int more = attribute.numValues() - labels.size();
        return more > 0 ? listed + " … (" + more + " more)" : listed;
    }
}
