package io.pipewright.store;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs whose "policy" node asks the registry to register its model, as monitor.retrain-policy does. */
final class ModelFixtures {
    private ModelFixtures() {
    }

    /** A recorded run of project "Churn": perf reports accuracy, policy outputs a model and asks to register it as {@code name}. */
    static long recordRegisteringRun(Workspace ws, Path dir, String name, String modelText, double accuracy, boolean outputsKept) {
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("load", new NodeResult("load", "toy.load", NodeState.SUCCEEDED, 0.1, null,
                Map.of("data", Map.of("rows", 120, "columns", 9)), Map.of("data", "x"), List.of(), "k1"));
        nodes.put("perf", new NodeResult("perf", "toy.evaluate", NodeState.SUCCEEDED, 0.2, null,
                Map.of("metrics", Map.of("accuracy", accuracy)), Map.of(), List.of(), "k2"));
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("decision", "retrain");
        policy.put(ModelRegistry.REQUEST, Map.of("name", name, "port", "model", "reason", "dataset drift"));
        nodes.put("policy", new NodeResult("policy", "toy.evaluate", outputsKept ? NodeState.SUCCEEDED : NodeState.CACHED, 0.3, null,
                Map.of("policy", policy), outputsKept ? Map.of("model", new StoreFixtures.Model(modelText)) : Map.of(),
                List.of(), "k3"));
        Instant started = Instant.parse("2025-04-01T10:00:00Z");
        RunResult result = new RunResult("engine", "churn", RunStatus.SUCCEEDED, started, started.plusSeconds(1), nodes);
        return ws.runs().record(StoreFixtures.start("Churn", StoreFixtures.pipeline("churn", 5), dir), result);
    }

    static long recordRegisteringRun(Workspace ws, Path dir, String name, String modelText, double accuracy) {
        return recordRegisteringRun(ws, dir, name, modelText, accuracy, true);
    }
}
