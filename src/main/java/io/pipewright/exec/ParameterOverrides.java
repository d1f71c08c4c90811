package io.pipewright.exec;

import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeType;
import io.pipewright.param.ParamException;
import io.pipewright.param.ParamSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@code nodeId.param=value} overrides, as given with {@code run --set}, to a pipeline. The
 * value is read the way the parameter reads typed text (a Weka learner in Weka's own command-line
 * form), validated, and stored in the file's raw form, so the override behaves exactly as if it had
 * been written in the file.
 */
public final class ParameterOverrides {
    private ParameterOverrides() {
    }

    /** Thrown when an override names a node or parameter that does not exist, or a value that is not valid. */
    public static final class InvalidOverrideException extends Exception {
        public InvalidOverrideException(String message) {
            super(message);
        }
    }

    public static Pipeline apply(Pipeline pipeline, NodeCatalog catalog, List<String> overrides)
            throws InvalidOverrideException {
        Pipeline result = pipeline;
        List<String> problems = new ArrayList<>();
        for (String override : overrides) {
            int eq = override.indexOf('=');
            int dot = eq < 0 ? -1 : override.lastIndexOf('.', eq);
            if (eq < 0 || dot <= 0 || dot == eq - 1) {
                problems.add("--set " + override + ": expected nodeId.parameter=value");
                continue;
            }
            String nodeId = override.substring(0, dot);
            String key = override.substring(dot + 1, eq);
            String text = override.substring(eq + 1);
            NodeInstance node = result.node(nodeId).orElse(null);
            if (node == null) {
                problems.add("--set " + override + ": no node '" + nodeId + "'; nodes: "
                        + String.join(", ", result.nodes().stream().map(NodeInstance::id).toList()));
                continue;
            }
            NodeType type = catalog.find(node.type()).orElse(null);
            if (type == null) {
                problems.add("--set " + override + ": node '" + nodeId + "' has the unknown type '" + node.type() + "'");
                continue;
            }
            ParamSpec<?> spec = type.descriptor().param(key).orElse(null);
            if (spec == null) {
                problems.add("--set " + override + ": node '" + nodeId + "' (" + node.type() + ") has no parameter '" + key
                        + "'; its parameters: " + String.join(", ", type.descriptor().params().stream().map(ParamSpec::key).toList()));
                continue;
            }
            try {
                result = result.withNode(node.withParam(key, toRaw(spec, text)));
            } catch (ParamException e) {
                problems.add("--set " + override + ": node '" + nodeId + "', parameter '" + key + "' " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidOverrideException(String.join("\n", problems));
        }
        return result;
    }

    private static <T> Object toRaw(ParamSpec<T> spec, String text) throws ParamException {
        return spec.toRaw(spec.parseText(text));
    }
}
