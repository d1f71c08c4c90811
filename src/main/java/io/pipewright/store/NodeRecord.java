package io.pipewright.store;

import java.util.List;
import java.util.Map;

/** How one node of a recorded run fared: state word, time, error, log lines and its report sections. */
public record NodeRecord(String nodeId, String type, String state, double seconds, String error, List<String> log,
                         String cacheKey, Map<String, Object> reports) {
}
