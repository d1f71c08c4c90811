package io.pipewright.app.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder of the samples folder: its pipeline files, its data and a README whose heading is the
 * sample's title and whose first paragraph is its one-line description.
 *
 * @param key       the folder name; it is also the project name the sample is imported as
 * @param pipelines the {@code *.pipeline.json} files in the folder, sorted by name
 */
public record SampleProject(String key, Path folder, String title, String description, List<Path> pipelines) {

    /** Reads a sample folder; null when it holds no pipeline file. */
    static SampleProject read(Path folder) throws IOException {
        List<Path> pipelines;
        try (Stream<Path> files = Files.list(folder)) {
            pipelines = files.filter(f -> f.getFileName().toString().endsWith(".pipeline.json")).sorted().toList();
        }
        if (pipelines.isEmpty()) {
            return null;
        }
        String key = folder.getFileName().toString();
        Path readme = folder.resolve("README.md");
        List<String> lines = Files.isRegularFile(readme) ? Files.readAllLines(readme, StandardCharsets.UTF_8) : List.of();
        String title = lines.stream().filter(l -> l.startsWith("# ")).findFirst().map(l -> l.substring(2).strip()).orElse(key);
        return new SampleProject(key, folder, title, firstParagraph(lines), pipelines);
    }

    /** The first paragraph after the heading, joined into one line. */
    static String firstParagraph(List<String> lines) {
        List<String> paragraph = new ArrayList<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.startsWith("#")) {
                if (!paragraph.isEmpty()) {
                    break;
                }
                continue;
            }
            if (text.isEmpty()) {
                if (!paragraph.isEmpty()) {
                    break;
                }
                continue;
            }
            paragraph.add(text);
        }
        return String.join(" ", paragraph);
    }
}
