package io.pipewright.store;

/**
 * An input file a run read: the node and file parameter, the resolved path and its SHA-256 ("missing:..."
 * when it did not exist). Rows and columns are null unless the node reported them (a report section
 * with numeric "rows" and "columns" entries).
 */
public record InputFingerprint(String nodeId, String paramKey, String path, String sha256, Long rows, Integer columns) {
}
