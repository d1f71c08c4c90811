package io.pipewright.app.project;

import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeType;
import io.pipewright.param.FileParam;

import java.nio.file.Path;

/**
 * Moves a pipeline from one folder to another without changing what it reads. Relative paths are
 * relative to the pipeline's folder, so when a pipeline is exported out of (or imported into) a
 * project folder its input files must still be found: an input path is rewritten to stay relative
 * when the file lies inside the new folder, and made absolute otherwise. Output paths are kept as
 * written: a pipeline writes its products beside itself wherever it lives.
 */
public final class InputPaths {
    private final NodeCatalog catalog;

    public InputPaths(NodeCatalog catalog) {
        this.catalog = catalog;
    }

    public Pipeline rebase(Pipeline pipeline, Path fromDir, Path toDir) {
        Path from = fromDir.toAbsolutePath().normalize();
        Path to = toDir.toAbsolutePath().normalize();
        Pipeline out = pipeline;
        for (NodeInstance node : pipeline.nodes()) {
            NodeType type = catalog.find(node.type()).orElse(null);
            if (type == null) {
                continue;
            }
            NodeInstance moved = node;
            for (var spec : type.descriptor().params()) {
                if (spec instanceof FileParam file && !file.output() && node.params().get(file.key()) instanceof String path
                        && !path.isBlank()) {
                    moved = moved.withParam(file.key(), rebase(path, from, to));
                }
            }
            if (moved != node) {
                out = out.withNode(moved);
            }
        }
        return out;
    }

    static String rebase(String path, Path from, Path to) {
        Path given = Path.of(path);
        if (given.isAbsolute()) {
            return path;
        }
        Path target = from.resolve(given).normalize();
        if (target.startsWith(to)) {
            return to.relativize(target).toString().replace('\\', '/');
        }
        return target.toString();
    }
}
