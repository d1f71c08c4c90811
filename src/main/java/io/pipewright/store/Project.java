package io.pipewright.store;

import java.time.Instant;

/** A project: a named folder of pipelines and their runs. */
public record Project(long id, String name, String description, Instant createdAt, Instant updatedAt) {
}
