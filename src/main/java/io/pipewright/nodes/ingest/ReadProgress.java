package io.pipewright.nodes.ingest;

import io.pipewright.node.CancelledException;
import io.pipewright.node.NodeContext;

/**
 * What a table reader reports to while it reads: a check point for cancellation and progress. At
 * configure time there is no run to report to, so {@link #NONE} ignores both.
 */
interface ReadProgress {
    /** How many rows a reader reads between two calls. */
    int EVERY_ROWS = 50_000;

    ReadProgress NONE = (fraction, rows) -> { };

    void update(double fraction, long rows) throws CancelledException;

    /** Keeps checking for cancellation but reports a fixed fraction, for a second pass over the same rows. */
    default ReadProgress holdingAt(double fraction) {
        return (ignored, rows) -> update(fraction, rows);
    }

    static ReadProgress of(NodeContext context) {
        return (fraction, rows) -> {
            context.checkCancelled();
            context.progress(Math.min(1.0, fraction), "read " + rows + " rows");
        };
    }
}
