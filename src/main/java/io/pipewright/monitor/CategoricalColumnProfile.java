package io.pipewright.monitor;

import java.util.List;

/**
 * A categorical column's profile: each category seen or declared, in the column's order, with how often
 * it occurs (zero for a declared label never seen). Missing values are counted, never compared.
 */
public record CategoricalColumnProfile(String name, long count, long missing, List<String> categories, long[] counts)
        implements ColumnProfile {

    public CategoricalColumnProfile {
        categories = List.copyOf(categories);
        if (counts.length != categories.size()) {
            throw new IllegalArgumentException("one count per category");
        }
    }
}
