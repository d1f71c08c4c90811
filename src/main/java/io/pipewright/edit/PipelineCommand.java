package io.pipewright.edit;

import io.pipewright.graph.Pipeline;

import java.util.Optional;

/**
 * One edit of a pipeline, small and named for what it does ("Move 3 nodes", "Set cv.folds"). A command
 * holds the concrete change (ids already chosen, positions already computed), so applying it to the same
 * pipeline always gives the same result; the {@link CommandStack} keeps the pipeline before and after,
 * which makes undo exact.
 */
public interface PipelineCommand {
    /** What the edit does, for the Undo/Redo tooltips and the console. */
    String description();

    /**
     * The pipeline after this edit.
     *
     * @throws IllegalArgumentException when the edit does not fit the pipeline (e.g. its node is gone)
     */
    Pipeline applyTo(Pipeline pipeline);

    /**
     * One command doing this edit and then {@code next}, when the two read as one step to a user (typing
     * into one parameter); empty when they must stay two undo steps.
     */
    default Optional<PipelineCommand> mergeWith(PipelineCommand next) {
        return Optional.empty();
    }
}
