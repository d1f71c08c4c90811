package io.pipewright.app.project;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Unsaved work kept in the recovery slot: the pipeline's text as the writer writes it, and where it
 * belongs (a project, a file, or neither).
 *
 * @param project the project the pipeline belongs to, or null
 * @param file    the file it was opened from (a project's copy for a project), or null
 */
public record RecoveryState(String project, Path file, Instant writtenAt, String pipelineJson) {
}
