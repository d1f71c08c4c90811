package io.pipewright.exec;

import java.util.List;
import java.util.Map;

/**
 * How one node fared in a run. {@code seconds} is the node's own time (near zero when served from
 * the cache); {@code reports} holds each output's report sections (e.g. "metrics") even for a node
 * served from the cache; {@code outputs} holds the output values when they were computed or loaded.
 */
public record NodeResult(String nodeId, String type, NodeState state, double seconds, String error,
                         Map<String, Object> reports, Map<String, Object> outputs, List<String> log,
                         String cacheKey) {
}
