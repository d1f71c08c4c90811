package io.pipewright.store;

import io.pipewright.exec.NodeResult;
import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.Artifact;
import io.pipewright.node.Category;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.node.PortType;
import io.pipewright.param.FileParam;
import io.pipewright.param.IntParam;
import io.pipewright.param.Params;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Toy pipelines, node types and run results for store tests (no Weka, no executor). */
final class StoreFixtures {
    static final PortType<String> TEXT = new PortType<>("text", String.class, "some text");
    static final FileParam PATH = FileParam.input("path", "File", List.of("csv"), "the data file");
    static final IntParam SEED = IntParam.of("seed", "Seed", 1, 0, 1000, "random seed");
    static final IntParam FOLDS = IntParam.of("folds", "Folds", 10, 2, 100, "folds");

    private StoreFixtures() {
    }

    static NodeCatalog catalog() {
        return new NodeCatalog(List.of(
                type("toy.load", List.of(), List.of(PortSpec.of("data", TEXT, "")), List.of(PATH)),
                type("toy.evaluate", List.of(PortSpec.of("data", TEXT, "")), List.of(PortSpec.of("evaluation", TEXT, "")),
                        List.of(SEED, FOLDS))));
    }

    private static NodeType type(String id, List<PortSpec> in, List<PortSpec> out, List<io.pipewright.param.ParamSpec<?>> params) {
        NodeDescriptor d = new NodeDescriptor(id, 1, id, Category.PREPARE, "toy " + id, in, out, params, Set.of());
        return new NodeType() {
            @Override
            public NodeDescriptor descriptor() {
                return d;
            }

            @Override
            public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env) {
                return Map.of();
            }

            @Override
            public Map<String, Object> execute(NodeInputs inputs, Params params, NodeContext context) {
                return Map.of();
            }
        };
    }

    /** load (toy.load, path=data.csv) -> cv (toy.evaluate, folds given). */
    static Pipeline pipeline(String name, int folds) {
        return new Pipeline(name, List.of(
                NodeInstance.of("load", "toy.load", Map.of("path", "data.csv")),
                NodeInstance.of("cv", "toy.evaluate", Map.of("folds", folds))),
                List.of(Edge.of("load:data", "cv:data")));
    }

    static RunStart start(String project, Pipeline pipeline, java.nio.file.Path baseDir) {
        return new RunStart(project, null, pipeline, null, null, "f".repeat(64), List.of("cv.folds=5"), baseDir,
                "1.2.3", "3.8.6", catalog());
    }

    record Model(String text) implements Artifact {
        @Override
        public String artifactKind() {
            return "model";
        }

        @Override
        public String fileExtension() {
            return ".model";
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A succeeded run: load reports its data shape, cv reports metrics (with a nested table) and outputs a model. */
    static RunResult result(Instant started, double accuracy, String modelText) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("accuracy", accuracy);
        metrics.put("kappa", accuracy / 2);
        metrics.put("numInstances", 150);
        metrics.put("perClass", Map.of("setosa", Map.of("precision", 1.0)));
        metrics.put("confusionMatrix", new double[][] {{50, 0}, {1, 49}});
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("load", new NodeResult("load", "toy.load", NodeState.SUCCEEDED, 0.25, null,
                Map.of("data", Map.of("rows", 150, "columns", 5)), Map.of("data", "x"), List.of("read 150 rows"), "k1"));
        nodes.put("cv", new NodeResult("cv", "toy.evaluate", NodeState.SUCCEEDED, 1.5, null, Map.of("metrics", metrics),
                Map.of("evaluation", "e", "model", new Model(modelText)), List.of("fold 1", "fold 2"), "k2"));
        return new RunResult("engine-run-1", "iris", RunStatus.SUCCEEDED, started, started.plusMillis(2000), nodes);
    }

    static RunResult failed(Instant started) {
        Map<String, NodeResult> nodes = new LinkedHashMap<>();
        nodes.put("load", new NodeResult("load", "toy.load", NodeState.FAILED, 0.1, "data.csv, line 7: expected 5 fields",
                Map.of(), Map.of(), List.of(), null));
        nodes.put("cv", new NodeResult("cv", "toy.evaluate", NodeState.SKIPPED, 0, null, Map.of(), Map.of(), List.of(), null));
        return new RunResult("engine-run-2", "iris", RunStatus.FAILED, started, started.plusMillis(100), nodes);
    }
}
