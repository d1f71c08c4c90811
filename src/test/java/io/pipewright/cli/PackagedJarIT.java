package io.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar the way users do ({@code java -jar target/pipewright.jar ...}) in a child
 * process: its class path is only the jar and its manifest, which differs from the test class path.
 */
class PackagedJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Result(int exitCode, String out, String err) {
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", System.getProperty("pipewright.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("PIPEWRIGHT_HOME", dir.resolve("home").toString());
        builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        return builder.start();
    }

    private Result finish(Process process) throws Exception {
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Path copySample(String folder) throws IOException {
        Path source = Path.of("sample-projects", folder).toAbsolutePath();
        Path target = dir.resolve(folder);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
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

    @Test
    void creditSampleRunsFromTheJarWithTheDocumentedJsonShape() throws Exception {
        Path file = copySample("finance-credit-risk").resolve("credit-risk.pipeline.json");
        Result result = finish(start("run", file.toString(), "--json", "--no-cache"));
        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode root = JSON.readTree(result.out());
        assertThat(root.get("status").asText()).isEqualTo("succeeded");
        for (JsonNode node : root.get("nodes")) {
            assertThat(node.get("status").asText()).as(node.get("id").asText()).isEqualTo("succeeded");
            assertThat(node.get("seconds").isNumber()).isTrue();
            if (node.get("type").asText().startsWith("evaluate.")) {
                assertThat(node.get("metrics").fieldNames()).toIterable().contains("accuracy", "kappa", "weightedPrecision",
                        "weightedRecall", "weightedF1", "weightedAreaUnderROC", "meanAbsoluteError", "rootMeanSquaredError",
                        "numInstances");
            }
        }
        assertThat(Files.readAllLines(file.resolveSibling("output/credit-predictions.csv"))).hasSize(301);
    }

    @Test
    void invalidFileExitsTwo() throws Exception {
        Path file = dir.resolve("x.pipeline.json");
        Files.writeString(file, "{\"format\": \"pipewright.pipeline\", \"formatVersion\": 99, \"nodes\": []}");
        Result result = finish(start("run", file.toString(), "--json"));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("newer Pipewright");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void ctrlCCancelsTheRunPrintsItAndExits130() throws Exception {
        Path file = copySample("finance-credit-risk").resolve("credit-risk.pipeline.json");
        Process process = start("run", file.toString(), "--json", "--no-cache",
                "--set", "cv-forest.learner=weka.classifiers.trees.RandomForest -I 5000 -S 1");
        // A child of a shell that ignores SIGINT (a background job) inherits the ignoring; nothing to test then.
        String status = Files.readString(Path.of("/proc/" + process.pid() + "/status"));
        long ignored = status.lines().filter(l -> l.startsWith("SigIgn:")).map(l -> Long.parseLong(l.substring(7).trim(), 16))
                .findFirst().orElse(0L);
        if ((ignored & 0b10) != 0) {
            process.destroyForcibly();
            Assumptions.abort("SIGINT is ignored in this environment");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(dir.resolve("err.txt")).contains("cv-forest: running") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
        Result result = finish(process);
        assertThat(result.exitCode()).isEqualTo(130);
        JsonNode root = JSON.readTree(result.out());
        assertThat(root.get("status").asText()).isEqualTo("cancelled");
        assertThat(root.get("nodes").findValuesAsText("status")).contains("cancelled");
    }
}
