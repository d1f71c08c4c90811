package io.pipewright.node;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A node output worth keeping as a file (a trained model, a table of predictions). The workspace
 * stores such an output under its {@code artifacts/} folder, named by the SHA-256 of these bytes.
 */
public interface Artifact {
    /** What it is, e.g. "model" or "predictions"; the workspace lists artifacts by kind. */
    String artifactKind();

    /** The file name extension, with its dot, e.g. ".model". */
    String fileExtension();

    /** Writes the artifact in its file format; the stream is closed by the caller. */
    void writeTo(OutputStream out) throws IOException;
}
