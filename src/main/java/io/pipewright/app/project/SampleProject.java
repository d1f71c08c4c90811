package io.pipewright.app.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.pipewright.format.PipelineFormatException;
import io.pipewright.format.PipelineReader;

/**
 * One folder of the samples folder: its pipeline files, its data and a README whose heading is the
 * sample's title and whose first paragraph is its one-line description.
 *
 * @param key         the folder name; it is also the project name the sample is imported as
 * @param description the README's first paragraph as plain text (the project's description)
 * @param pipelines   the {@code *.pipeline.json} files in the folder, sorted by name
 * @param nodes       how many nodes its pipelines have together (the welcome page shows the simplest first)
 */
public record SampleProject(String key, Path folder, String title, String description, List<Path> pipelines, int nodes) {

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
        int nodes = 0;
        for (Path pipeline : pipelines) {
            try {
                nodes += new PipelineReader().read(pipeline).nodes().size();
            } catch (PipelineFormatException e) {
                nodes += 1000;
            }
        }
        return new SampleProject(key, folder, title, plainText(firstParagraph(lines)), pipelines, nodes);
    }

    /** The description's first sentence: what the welcome page's card says in a line or two. */
    public String headline() {
        Matcher end = Pattern.compile("[.!?](\\s|$)").matcher(description);
        return end.find() ? description.substring(0, end.start()) + "." : description;
    }

    /** Markdown's inline marks removed: `code`, **bold**, _emphasis_, [links](...). */
    static String plainText(String markdown) {
        return markdown.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1").replace("`", "").replace("**", "")
                .replaceAll("(^|\\s)_([^_]+)_(\\s|[.,;:]|$)", "$1$2$3");
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
