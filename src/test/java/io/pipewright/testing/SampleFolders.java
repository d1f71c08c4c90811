package io.pipewright.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a sample project folder for a test to run in, leaving out outputs of earlier runs in place. */
public final class SampleFolders {
    private SampleFolders() {
    }

    /** Copies {@code source} to {@code target}, without its {@code output/} folder; returns {@code target}. */
    public static Path copy(Path source, Path target) throws IOException {
        Path outputs = source.resolve("output");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                if (p.startsWith(outputs)) {
                    continue;
                }
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return target;
    }
}
