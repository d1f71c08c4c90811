package io.pipewright.nodes.monitor;

import io.pipewright.node.ModelRegistration;
import io.pipewright.node.ReportSection;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code monitor.retrain-policy} decided and why, reported under "policy": {@code decision}
 * ("retrain" or "keep"), {@code reason} in words, {@code fired} (the rules that fired), {@code rules}
 * (each rule's setting and the value it was checked against), the learner of the output model, and,
 * when the model is to be registered, {@code registerModel: {name, port, reason}}, which the workspace
 * turns into a model version when the run is recorded.
 */
public record RetrainDecision(boolean retrain, String reason, List<String> fired, Map<String, Object> rules,
                              String learner, String registerAs) implements ReportSection, Serializable {
    public static final String RETRAIN = "retrain";
    public static final String KEEP = "keep";

    public RetrainDecision {
        fired = List.copyOf(fired);
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    public String decision() {
        return retrain ? RETRAIN : KEEP;
    }

    @Override
    public String section() {
        return "policy";
    }

    @Override
    public Map<String, Object> content() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("decision", decision());
        content.put("reason", reason);
        content.put("fired", fired);
        content.put("rules", new LinkedHashMap<>(rules));
        content.put("learner", learner);
        if (registerAs != null) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("name", registerAs);
            request.put("port", "model");
            request.put("reason", decision() + ": " + reason);
            content.put(ModelRegistration.REQUEST, request); // the port is always "model"
        }
        return content;
    }
}
