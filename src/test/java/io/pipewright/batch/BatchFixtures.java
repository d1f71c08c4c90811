package io.pipewright.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small iris batches and a csv -> cross-validation pipeline, for watch-folder tests. */
public final class BatchFixtures {
    private BatchFixtures() {
    }

    /** Writes the pipeline {@code monitor.pipeline.json} into {@code dir}: node "load" (ingest.csv) feeds "cv" (3 folds of J48). */
    public static Path pipeline(Path dir) throws IOException {
        Path file = dir.resolve("monitor.pipeline.json");
        Files.writeString(file, """
                {
                  "format": "pipewright.pipeline", "formatVersion": 1, "name": "Iris batches",
                  "nodes": [
                    { "id": "load", "type": "ingest.csv", "params": { "path": "batches/none.csv" } },
                    { "id": "cv", "type": "evaluate.cross-validation",
                      "params": { "learner": { "class": "weka.classifiers.trees.J48", "options": ["-C", "0.25", "-M", "2"] },
                                  "folds": 3, "seed": 1 } }
                  ],
                  "edges": [ { "from": "load:data", "to": "cv:data" } ]
                }
                """);
        return file;
    }

    /** Writes batch {@code number} (30 iris rows, every class) as {@code batch-N.csv} into {@code folder}. */
    public static Path batch(Path folder, int number) throws IOException {
        List<String> iris = Files.readAllLines(Path.of("sample-projects/iris/iris.csv"));
        List<String> lines = new ArrayList<>();
        lines.add(iris.get(0));
        for (int row = 1; row < iris.size(); row++) {
            if ((row + number) % 5 == 0) {
                lines.add(iris.get(row));
            }
        }
        Files.createDirectories(folder);
        Path file = folder.resolve("batch-" + number + ".csv");
        Files.write(file, lines);
        return file;
    }
}
