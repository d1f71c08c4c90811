package io.pipewright.node;

import java.nio.file.Path;

/** What a node may ask of its surroundings when configuring or running. */
public interface NodeEnvironment {
    /** Resolves a path from a parameter: relative paths are relative to the pipeline file's folder. */
    Path resolvePath(String path);

    /** The id of the node instance being configured or run, for messages. */
    String nodeId();
}
