package io.pipewright.store;

/**
 * The outcome of a promotion or rollback: {@code alias} of {@code model} now points at {@code version};
 * {@code previous} is the version it pointed at before (null when unset); {@code changed} is false when
 * it already pointed there and nothing was written.
 */
public record AliasChange(String model, String alias, int version, Integer previous, boolean changed) {
}
