package io.pipewright.batch;

import io.pipewright.exec.Compilation;
import io.pipewright.exec.ParameterOverrides;
import io.pipewright.exec.PipelineCompiler;
import io.pipewright.format.PipelineFormatException;
import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading a pipeline file, applying {@code NODE.PARAM=VALUE} overrides and compiling it: the one path
 * shared by {@code pipewright run}, {@code validate}, {@code watch} and the app's watch folder.
 */
public final class PipelineFiles {
    /** Why a file cannot run: each line names the file, node, port or parameter at fault. */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    private PipelineFiles() {
    }

    /** Reads {@code file}; relative paths in it resolve against its folder. */
    public static Pipeline read(Path file) throws Invalid {
        if (!Files.isRegularFile(file)) {
            throw new Invalid(file + ": no such file");
        }
        try {
            return new PipelineReader().read(file);
        } catch (PipelineFormatException e) {
            throw new Invalid(e.getMessage());
        } catch (IOException e) {
            throw new Invalid(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads, overrides and compiles {@code file}; a compilation with problems is returned, not thrown. */
    public static Compilation load(Path file, List<String> overrides, NodeCatalog catalog) throws Invalid {
        Pipeline pipeline = read(file);
        try {
            pipeline = ParameterOverrides.apply(pipeline, catalog, overrides);
        } catch (ParameterOverrides.InvalidOverrideException e) {
            throw new Invalid(e.getMessage());
        }
        Path baseDir = file.toAbsolutePath().getParent();
        return new PipelineCompiler(catalog).compile(pipeline, baseDir);
    }
}
