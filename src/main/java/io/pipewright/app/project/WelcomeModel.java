package io.pipewright.app.project;

import io.pipewright.store.ProjectSummary;

import java.util.List;

/** What the welcome page lists: the samples (with the project each was imported as) and the recent projects. */
public record WelcomeModel(List<Sample> samples, List<ProjectSummary> recent) {
    public static final WelcomeModel EMPTY = new WelcomeModel(List.of(), List.of());

    /** @param project the project the sample was imported as; null if it could not be imported */
    public record Sample(SampleProject sample, String project) {
    }

    public WelcomeModel {
        samples = List.copyOf(samples);
        recent = List.copyOf(recent);
    }

    /** Reads it from the workspace (blocking: background thread). */
    public static WelcomeModel load(ProjectService service, List<SampleProject> samples) {
        return new WelcomeModel(samples.stream().map(s -> new Sample(s, service.projectOfSample(s).orElse(null))).toList(),
                service.recent());
    }
}
