package io.pipewright.exec;

import java.util.Set;

/**
 * Options of one run. {@code targets}: run only these nodes and what they need ("run to here");
 * empty means the whole pipeline. {@code useCache} false re-runs everything and stores nothing.
 */
public record RunOptions(Set<String> targets, boolean useCache) {
    public static final RunOptions DEFAULT = new RunOptions(Set.of(), true);

    public RunOptions {
        targets = Set.copyOf(targets);
    }

    public RunOptions withoutCache() {
        return new RunOptions(targets, false);
    }
}
