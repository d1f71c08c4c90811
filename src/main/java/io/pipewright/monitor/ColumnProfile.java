package io.pipewright.monitor;

import java.io.Serializable;

/**
 * Statistics of one reference column, enough to test a later batch against it without the raw data.
 * Implemented by one record per column kind (numeric, categorical).
 */
public sealed interface ColumnProfile extends Serializable permits NumericColumnProfile, CategoricalColumnProfile {
    String name();

    /** Non-missing values seen. */
    long count();

    long missing();
}
