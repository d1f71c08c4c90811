package io.pipewright.nodes.ingest;

import io.pipewright.node.NodeFailure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a table's bytes come from: a file or a body already fetched. A source can be opened more
 * than once, because a column that turns out to mix numbers and text is read a second time for its
 * original text. {@link #name()} is what messages call it (the file path or the URL).
 */
interface TableSource {
    String name();

    /** The relation name of the loaded data: the file name without its extension. */
    String relationName();

    InputStream open() throws NodeFailure;

    /** Size in bytes, for progress; 0 when unknown. */
    long size();

    static TableSource file(Path path) {
        return new FileSource(path);
    }

    static TableSource bytes(String name, String relationName, byte[] body) {
        return new TableSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String relationName() {
                return relationName;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public long size() {
                return body.length;
            }
        };
    }

    /** Strips the directory and the last extension: "data/iris.csv" becomes "iris". */
    static String baseName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int query = base.indexOf('?');
        if (query >= 0) {
            base = base.substring(0, query);
        }
        int dot = base.lastIndexOf('.');
        base = dot > 0 ? base.substring(0, dot) : base;
        return base.isEmpty() ? "data" : base;
    }

    record FileSource(Path path) implements TableSource {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public String relationName() {
            return baseName(path.getFileName() == null ? "data" : path.getFileName().toString());
        }

        @Override
        public InputStream open() throws NodeFailure {
            if (Files.isDirectory(path)) {
                throw new NodeFailure("cannot read " + path + ": it is a folder, not a file");
            }
            try {
                return Files.newInputStream(path);
            } catch (NoSuchFileException e) {
                throw new NodeFailure("cannot read " + path + ": the file does not exist; check the 'path' parameter");
            } catch (AccessDeniedException e) {
                throw new NodeFailure("cannot read " + path + ": permission denied");
            } catch (IOException e) {
                throw new NodeFailure("cannot read " + path + ": " + e.getMessage(), e);
            }
        }

        @Override
        public long size() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                return 0;
            }
        }
    }
}
