package io.pipewright.cli;

import io.pipewright.exec.Compilation;
import io.pipewright.exec.ParameterOverrides;
import io.pipewright.exec.PipelineCompiler;
import io.pipewright.format.PipelineFormatException;
import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Problem;
import io.pipewright.node.NodeCatalog;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reading, overriding and compiling a pipeline file, shared by {@code run} and {@code validate}. */
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
        if (!Files.isRegularFile(file)) {
            throw new Invalid(file + ": no such file");
        }
        Pipeline pipeline;
        try {
            pipeline = new PipelineReader().read(file);
        } catch (PipelineFormatException e) {
            throw new Invalid(e.getMessage());
        } catch (IOException e) {
            throw new Invalid(file + ": cannot be read (" + e.getMessage() + ")");
        }
        try {
            pipeline = ParameterOverrides.apply(pipeline, catalog, overrides);
        } catch (ParameterOverrides.InvalidOverrideException e) {
            throw new Invalid(e.getMessage());
        }
        Path baseDir = file.toAbsolutePath().getParent();
        return new PipelineCompiler(catalog).compile(pipeline, baseDir);
    }

    static void printProblems(Path file, List<Problem> problems, PrintWriter err) {
        err.println(file + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
        for (Problem p : problems) {
            err.println("  " + p);
        }
    }
}
