package io.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pipewright.testing.SampleFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.converters.ConverterUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path copySample(String folder) throws IOException {
        return SampleFolders.copy(Path.of("sample-projects", folder), dir.resolve(folder));
    }

    private CliRunner.Outcome run(Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--json", "--cache-dir", dir.resolve("cache").toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private static JsonNode node(JsonNode root, String id) {
        for (JsonNode n : root.get("nodes")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no node " + id + " in " + root);
    }

    @Test
    void irisSamplePrintsOneJsonObjectWithWekaIdenticalCrossValidation() throws Exception {
        Path project = copySample("iris");
        CliRunner.Outcome outcome = run(project.resolve("iris-j48.pipeline.json"));
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();
        JsonNode root = JSON.readTree(outcome.out());
        assertThat(root.get("pipeline").asText()).isEqualTo("Iris J48");
        assertThat(root.get("status").asText()).isEqualTo("succeeded");
        for (JsonNode n : root.get("nodes")) {
            assertThat(n.has("id") && n.has("type") && n.has("status") && n.has("seconds")).isTrue();
        }

        Instances iris = ConverterUtils.DataSource.read(Path.of("src/test/resources/datasets/iris.arff").toString());
        iris.setClassIndex(iris.numAttributes() - 1);
        Evaluation weka = new Evaluation(iris);
        J48 j48 = new J48();
        j48.setOptions(new String[] {"-C", "0.25", "-M", "2"});
        weka.crossValidateModel(j48, iris, 10, new Random(1));
        JsonNode cv = node(root, "cv").get("metrics");
        assertThat(cv.get("accuracy").asDouble()).isEqualTo(weka.pctCorrect() / 100);
        assertThat(cv.get("kappa").asDouble()).isEqualTo(weka.kappa());
        assertThat(cv.get("weightedAreaUnderROC").asDouble()).isEqualTo(weka.weightedAreaUnderROC());
        assertThat(Files.exists(project.resolve("output/iris-j48.model"))).isTrue();
    }

    @Test
    void secondRunIsServedFromTheCacheAndALearnerChangeReRunsOnlyItsNode() throws Exception {
        Path file = copySample("iris").resolve("iris-j48.pipeline.json");
        assertThat(run(file).exitCode()).isZero();

        JsonNode again = JSON.readTree(run(file).out());
        assertThat(node(again, "load").get("status").asText()).isEqualTo("cached");
        assertThat(node(again, "cv").get("status").asText()).isEqualTo("cached");
        assertThat(node(again, "cv").get("metrics").get("accuracy").asDouble()).isGreaterThan(0.9);
        assertThat(node(again, "save-model").get("status").asText()).as("writes files, so always runs").isEqualTo("succeeded");

        JsonNode changed = JSON.readTree(run(file, "--set", "cv.learner=weka.classifiers.bayes.NaiveBayes").out());
        assertThat(node(changed, "load").get("status").asText()).isEqualTo("cached");
        assertThat(node(changed, "cv").get("status").asText()).isEqualTo("succeeded");
        assertThat(node(changed, "train").get("status").asText()).isEqualTo("cached");

        JsonNode noCache = JSON.readTree(run(file, "--no-cache").out());
        assertThat(node(noCache, "load").get("status").asText()).isEqualTo("succeeded");
    }

    @Test
    void setOverridesANumberAndAWekaLearnerInItsCommandLineForm() throws Exception {
        Path file = copySample("iris").resolve("iris-j48.pipeline.json");
        CliRunner.Outcome outcome = run(file, "--no-cache", "--set", "cv.folds=5", "--set",
                "cv.learner=weka.classifiers.trees.J48 -C 0.1 -M 5");
        assertThat(outcome.exitCode()).as(outcome.err()).isZero();

        Instances iris = ConverterUtils.DataSource.read(Path.of("src/test/resources/datasets/iris.arff").toString());
        iris.setClassIndex(iris.numAttributes() - 1);
        Evaluation weka = new Evaluation(iris);
        J48 j48 = new J48();
        j48.setOptions(new String[] {"-C", "0.1", "-M", "5"});
        weka.crossValidateModel(j48, iris, 5, new Random(1));
        assertThat(node(JSON.readTree(outcome.out()), "cv").get("metrics").get("accuracy").asDouble())
                .isEqualTo(weka.pctCorrect() / 100);
    }

    @Test
    void invalidFileExitsTwoNamingTheFileAndLine() throws Exception {
        Path file = dir.resolve("broken.pipeline.json");
        Files.writeString(file, "{\n  \"format\": \"pipewright.pipeline\",\n  \"formatVersion\": 1,\n  \"nodes\": [ oops ]\n}\n");
        CliRunner.Outcome outcome = run(file);
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("broken.pipeline.json").contains("line 4");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void badOverrideExitsTwoBeforeAnythingRuns() throws Exception {
        Path project = copySample("iris");
        Path file = project.resolve("iris-j48.pipeline.json");
        CliRunner.Outcome unknownNode = run(file, "--set", "nope.folds=3");
        assertThat(unknownNode.exitCode()).isEqualTo(2);
        assertThat(unknownNode.err()).contains("no node 'nope'");
        CliRunner.Outcome outOfRange = run(file, "--set", "cv.folds=1");
        assertThat(outOfRange.exitCode()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("node 'cv', parameter 'folds'").contains("between 2 and");
        CliRunner.Outcome injected = run(file, "--set", "cv.learner=java.lang.Runtime");
        assertThat(injected.exitCode()).isEqualTo(2);
        assertThat(injected.err()).contains("java.lang.Runtime").contains("not a Weka classifier");
        assertThat(Files.exists(project.resolve("output"))).as("nothing ran").isFalse();
    }

    @Test
    void badDataMetWhileRunningFailsTheNodeWithFileAndLineAndExitsOne() throws Exception {
        Path project = copySample("iris");
        StringBuilder csv = new StringBuilder("a,b,class\n");
        for (int i = 0; i < 3000; i++) {
            csv.append(i).append(',').append(i % 7).append(',').append(i % 2 == 0 ? "x" : "y").append('\n');
        }
        csv.append("1,2\n");
        Files.writeString(project.resolve("long.csv"), csv);
        CliRunner.Outcome outcome = run(project.resolve("iris-j48.pipeline.json"), "--set", "load.path=long.csv");
        assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(1);
        JsonNode root = JSON.readTree(outcome.out());
        assertThat(root.get("status").asText()).isEqualTo("failed");
        assertThat(node(root, "load").get("error").asText()).contains("long.csv").contains("3002");
        assertThat(node(root, "cv").get("status").asText()).isEqualTo("skipped");
    }

    @Test
    void validateListsEveryProblemAndExitsTwo() throws Exception {
        Path file = dir.resolve("p.pipeline.json");
        Files.writeString(file, """
                {"format": "pipewright.pipeline", "formatVersion": 1, "name": "bad",
                 "nodes": [{"id": "load", "type": "ingest.csv", "params": {"path": "missing.csv", "colour": "red"}},
                           {"id": "cv", "type": "evaluate.cross-validation", "params": {"folds": 0}}],
                 "edges": []}
                """);
        CliRunner.Outcome outcome = CliRunner.run("validate", file.toString());
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("node 'load', parameter 'colour'")
                .contains("node 'cv', parameter 'folds'")
                .contains("node 'cv', port 'data'");
    }

    @Test
    void recordedRunsAppearInHistoryNewestFirstWithTheirMetrics() throws Exception {
        Path file = copySample("iris").resolve("iris-j48.pipeline.json");
        String ws = dir.resolve("workspace").toString();
        assertThat(run(file, "--record", "--project", "flowers", "--workspace", ws).exitCode()).isZero();
        assertThat(run(file, "--record", "--project", "flowers", "--workspace", ws, "--set", "cv.folds=5").exitCode()).isZero();

        CliRunner.Outcome history = CliRunner.run("history", "--project", "flowers", "--json", "--workspace", ws);
        assertThat(history.exitCode()).as(history.err()).isZero();
        JsonNode runs = JSON.readTree(history.out());
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).get("id").asLong()).isGreaterThan(runs.get(1).get("id").asLong());
        assertThat(runs.get(0).get("project").asText()).isEqualTo("flowers");
        assertThat(runs.get(0).get("status").asText()).isEqualTo("succeeded");
        assertThat(runs.get(0).get("metrics").get("cv").get("accuracy").asDouble()).isEqualTo(0.96);

        CliRunner.Outcome show = CliRunner.run("show", runs.get(1).get("id").asText(), "--json", "--workspace", ws);
        assertThat(show.exitCode()).as(show.err()).isZero();
        assertThat(show.out()).contains("iris.csv").contains("\"rows\" : 150");
    }

    @Test
    void projectWithoutRecordIsRefused() throws Exception {
        Path file = copySample("iris").resolve("iris-j48.pipeline.json");
        CliRunner.Outcome outcome = run(file, "--project", "flowers");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("--record");
    }

    @Test
    void nodesJsonListsTheWholeCatalog() throws Exception {
        CliRunner.Outcome outcome = CliRunner.run("nodes", "--json");
        assertThat(outcome.exitCode()).isZero();
        List<String> types = new ArrayList<>();
        JSON.readTree(outcome.out()).forEach(n -> types.add(n.get("type").asText()));
        assertThat(types).contains("ingest.csv", "ingest.arff", "ingest.json", "ingest.jdbc", "ingest.http",
                "prep.set-class", "prep.select-columns", "prep.replace-missing", "prep.normalize", "prep.standardize",
                "prep.nominal-to-binary", "prep.discretize", "prep.remove-duplicates", "prep.filter-rows", "prep.split",
                "prep.weka-filter", "train.weka-classifier", "evaluate.cross-validation", "evaluate.holdout",
                "output.save-data", "output.save-model", "output.predictions");
    }
}
