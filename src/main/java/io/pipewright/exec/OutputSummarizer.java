package io.pipewright.exec;

import java.util.Map;
import java.util.Optional;

/**
 * Describes an output value in a few JSON-like figures (a table's rows and columns) for the run's
 * report, without the engine knowing the value's type. Provided by node families through
 * {@link java.util.ServiceLoader}. A node's report then holds, per summarized output port, a section
 * named "data" (for a port named data) or "data:PORT".
 */
public interface OutputSummarizer {
    Optional<Map<String, Object>> summarize(Object value);
}
