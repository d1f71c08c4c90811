package io.pipewright.app.project;

import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a pipeline to a file of the user's choice so that it runs unchanged with
 * {@code pipewright run}: atomically, with its input paths rewritten to still find the data of the
 * folder it came from (see {@link InputPaths}).
 */
public final class PipelineExporter {
    private final InputPaths inputPaths;

    public PipelineExporter(NodeCatalog catalog) {
        this.inputPaths = new InputPaths(catalog);
    }

    /** @return the absolute path written */
    public Path export(Pipeline pipeline, Path fromFolder, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            new PipelineWriter().write(inputPaths.rebase(pipeline, fromFolder, absolute.getParent()), absolute);
        } catch (IOException e) {
            throw new UncheckedIOException(absolute + " cannot be written: " + e.getMessage(), e);
        }
        return absolute;
    }
}
