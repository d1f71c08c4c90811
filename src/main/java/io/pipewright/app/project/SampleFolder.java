package io.pipewright.app.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the sample projects ship: the folder named by {@code -Dpipewright.samples} (installers set it
 * to a read-only folder in the app image), else {@code sample-projects/} in the working directory,
 * else beside the jar (or one folder up, for {@code target/pipewright.jar}).
 */
public final class SampleFolder {
    public static final String PROPERTY = "pipewright.samples";

    private SampleFolder() {
    }

    public static Optional<Path> locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured);
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("sample-projects"));
        jarFolder().ifPresent(jar -> {
            candidates.add(jar.resolve("sample-projects"));
            if (jar.getParent() != null) {
                candidates.add(jar.getParent().resolve("sample-projects"));
            }
        });
        return candidates.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).findFirst();
    }

    /** The samples in {@code folder}, one per sub-folder holding a pipeline file, the simplest (fewest nodes) first. */
    public static List<SampleProject> list(Path folder) {
        List<SampleProject> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                SampleProject sample = SampleProject.read(dir);
                if (sample != null) {
                    out.add(sample);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the samples folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
        out.sort(java.util.Comparator.comparingInt(SampleProject::nodes).thenComparing(SampleProject::key));
        return out;
    }

    private static Optional<Path> jarFolder() {
        try {
            var source = SampleFolder.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(location.getParent());
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
