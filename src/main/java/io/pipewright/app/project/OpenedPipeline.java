package io.pipewright.app.project;

import io.pipewright.graph.Pipeline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A pipeline of a project as the designer holds it. {@code file} is the project's copy of the
 * pipeline in its folder (written on every save), so relative paths resolve against the project
 * folder and the folder runs with {@code pipewright run} too.
 *
 * @param revision the stored revision the pipeline was read from or saved as; 0 before its first save
 * @param savedAt  when that revision was saved; null before the first save
 */
public record OpenedPipeline(String project, Pipeline pipeline, int revision, Instant savedAt, Path folder, Path file) {
}
