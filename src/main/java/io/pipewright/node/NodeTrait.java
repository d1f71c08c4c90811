package io.pipewright.node;

/** Facts about a node type that the executor acts on, declared once instead of decided per node. */
public enum NodeTrait {
    /** Long CPU-bound work (training, evaluation): the executor may give it the cores. */
    HEAVY,
    /** Writes outside the pipeline (files, databases): always runs, never served from the cache. */
    SIDE_EFFECTS,
    /** Reads a source that can change between runs (a database, a URL): its output is never reused. */
    EXTERNAL_SOURCE
}
