package io.pipewright.store;

/** A project with how many pipelines and runs it holds, as {@code projects} lists it. */
public record ProjectSummary(Project project, int pipelines, long runs) {
}
