package io.pipewright.store;

import java.time.Instant;

/** A registered model: its versions count, newest version, and the versions its aliases point at (null when unset). */
public record ModelSummary(long id, String name, String project, int versions, Integer latest, Integer champion,
                           Integer challenger, Instant createdAt, Instant updatedAt) {
}
