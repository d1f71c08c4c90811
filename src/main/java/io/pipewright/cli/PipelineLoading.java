package io.pipewright.cli;

import io.pipewright.batch.PipelineFiles;
import io.pipewright.graph.Problem;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** How {@code run} and {@code validate} report a pipeline file's problems; loading it is {@link PipelineFiles#load}. */
final class PipelineLoading {
    private PipelineLoading() {
    }

    static void printProblems(Path file, List<Problem> problems, PrintWriter err) {
        err.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        for (Problem p : problems) {
            err.println("  " + p);
        }
    }
}
