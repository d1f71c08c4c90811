package io.pipewright.cli;

import io.pipewright.batch.PipelineFiles;
import io.pipewright.exec.Compilation;
import io.pipewright.graph.Problem;
import io.pipewright.node.NodeCatalog;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Reading, overriding and compiling a pipeline file for {@code run} and {@code validate}; the work is {@link PipelineFiles}'. */
final class PipelineLoading {
    /** Why a file cannot run: each line names the file, node, port or parameter at fault. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private PipelineLoading() {
    }

    static Compilation load(Path file, List<String> overrides, NodeCatalog catalog) throws Invalid {
        try {
            return PipelineFiles.load(file, overrides, catalog);
        } catch (PipelineFiles.Invalid e) {
            throw new Invalid(e.getMessage());
        }
    }

    static void printProblems(Path file, List<Problem> problems, PrintWriter err) {
        err.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        for (Problem p : problems) {
            err.println("  " + p);
        }
    }
}
