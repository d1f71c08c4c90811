package io.pipewright.store;

import io.pipewright.format.PipelineFormatException;
import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * What is known about a run before it starts. {@code pipeline} is the pipeline as it runs (after the
 * {@code --set} overrides); {@code asSaved} the one saved as a revision when the run belongs to a
 * project (before the overrides, so a revision is what the user wrote). For a file run
 * {@code sourceSha256} is the hash of the file's bytes; for a revision run, the revision's hash.
 * {@code baseDir} resolves relative input file paths for their fingerprints.
 */
public record RunStart(String project, Long revisionId, Pipeline pipeline, Pipeline asSaved, Path sourceFile,
                       String sourceSha256, List<String> overrides, Path baseDir, String appVersion, String wekaVersion,
                       NodeCatalog catalog) {
    public RunStart {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(sourceSha256, "sourceSha256");
        overrides = List.copyOf(overrides == null ? List.of() : overrides);
        asSaved = asSaved == null ? pipeline : asSaved;
        appVersion = appVersion == null ? "unknown" : appVersion;
        wekaVersion = wekaVersion == null ? "unknown" : wekaVersion;
        catalog = catalog == null ? NodeCatalog.load() : catalog;
    }

    /**
     * A run of a pipeline file. {@code effective} is the pipeline after the overrides (what the
     * executor runs); the file is read again for its hash and for the revision saved in {@code project}
     * (null: the run belongs to no project).
     */
    public static RunStart forFile(Path file, Pipeline effective, List<String> overrides, String project,
                                   String appVersion, String wekaVersion) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String sha = HexFormat.of().formatHex(AuditLog.sha256().digest(bytes));
        Pipeline asWritten;
        try {
            asWritten = new PipelineReader().read(file);
        } catch (PipelineFormatException e) {
            asWritten = effective;
        }
        Path absolute = file.toAbsolutePath().normalize();
        return new RunStart(project, null, effective, asWritten, absolute, sha, overrides, absolute.getParent(),
                appVersion, wekaVersion, null);
    }

    /** A run of a stored revision, e.g. from the app; {@code effective} is the revision's pipeline after any overrides. */
    public static RunStart forRevision(Revision revision, Pipeline effective, List<String> overrides, Path baseDir,
                                       String appVersion, String wekaVersion) {
        return new RunStart(revision.project(), revision.id(), effective, null, null, revision.sha256(), overrides, baseDir,
                appVersion, wekaVersion, null);
    }
}
