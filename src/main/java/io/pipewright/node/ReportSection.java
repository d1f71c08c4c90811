package io.pipewright.node;

import java.util.Map;

/**
 * An output that has something to report beside its value: evaluation metrics, a drift report. The
 * command line prints {@link #content()} under {@link #section()} in a node's JSON entry, and the
 * workspace records it. Content is JSON-like (maps, lists, numbers, text, booleans).
 */
public interface ReportSection {
    /** The key in a node's JSON entry, e.g. "metrics" or "drift". */
    String section();

    Map<String, Object> content();
}
