package io.pipewright.nodes.monitor;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What {@code monitor.reference-profile} keeps of a reference dataset so later batches are compared
 * without reloading it. The statistics live in {@link io.pipewright.monitor} (pure functions); this
 * is the value that flows through a "profile" port and is cached and stored with the run.
 *
 * @param relation    the dataset's name
 * @param rows        how many rows were profiled
 * @param classColumn the class column's name, or null
 * @param columns     one profile per column, in the dataset's order
 */
public record DataProfile(String relation, long rows, String classColumn, List<io.pipewright.monitor.ColumnProfile> columns)
        implements Serializable {

    public DataProfile {
        columns = List.copyOf(columns);
    }

    public Optional<io.pipewright.monitor.ColumnProfile> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
