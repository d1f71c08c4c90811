package io.pipewright.format;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixture files under src/test/resources/format and the pipeline they hold. */
final class Fixtures {
    private Fixtures() {
    }

    static Path resource(String name) {
        URL url = Fixtures.class.getResource("/format/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource /format/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What iris-v0.pipeline.json and iris-v1.pipeline.json both describe, built by hand. */
    static Pipeline irisJ48() {
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("seed", 1);
        split.put("stratify", true);
        split.put("trainPercent", 66.5);
        Map<String, Object> classifier = new LinkedHashMap<>();
        classifier.put("class", "weka.classifiers.trees.J48");
        classifier.put("options", List.of("-C", "0.25", "-M", "2"));
        List<NodeInstance> nodes = List.of(
                NodeInstance.of("load", "ingest.csv", Map.of("path", "data/iris.csv")),
                NodeInstance.of("split", "prep.train-test-split", split),
                NodeInstance.of("train", "train.weka-classifier", Map.of("classifier", classifier)),
                NodeInstance.of("evaluate", "evaluate.test-set", Map.of()));
        List<Edge> edges = List.of(
                Edge.of("load:data", "split:data"),
                Edge.of("split:train", "train:data"),
                Edge.of("train:model", "evaluate:model"),
                Edge.of("split:test", "evaluate:data"));
        Layout layout = Layout.EMPTY
                .with("load", new Point(40, 80))
                .with("split", new Point(220, 80))
                .with("train", new Point(400, 40.5))
                .with("evaluate", new Point(580, 80));
        return new Pipeline("Iris J48", nodes, edges, layout,
                Map.of("description", "Train J48 on iris and evaluate it on a held-out third."));
    }
}
