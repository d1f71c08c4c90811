package io.pipewright.exec;

import io.pipewright.graph.Problem;

import java.util.List;
import java.util.Optional;

/** The outcome of compiling a pipeline: every problem found, and the runnable pipeline if there were none. */
public record Compilation(CompiledPipeline compiled, List<Problem> problems) {
    public Compilation {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty() && compiled != null;
    }

    public Optional<CompiledPipeline> pipeline() {
        return Optional.ofNullable(compiled);
    }
}
