package io.pipewright.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CsvIngestBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void syntheticCsvHasTwentyColumnsAndIsReproducible() throws Exception {
        Path first = SyntheticData.csv(dir.resolve("a"), 500, 7);
        Path second = SyntheticData.csv(dir.resolve("b"), 500, 7);

        List<String> lines = Files.readAllLines(first);
        assertThat(lines).hasSize(501);
        assertThat(lines.get(0).split(",", -1)).hasSize(20).endsWith("class");
        assertThat(lines.get(1).split(",", -1)).hasSize(20);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    }

    @Test
    void syntheticCsvIsReusedWhenItExists() throws Exception {
        Path file = SyntheticData.csv(dir, 100, 1);
        Files.writeString(file, "kept\n");

        assertThat(SyntheticData.csv(dir, 100, 1)).hasContent("kept");
    }

    @Test
    void smallRunPrintsMediansRatioAndAgreement() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CsvIngestBenchmark().run(Map.of("rows", "3000", "reps", "1", "warmupRows", "2000",
                "dir", dir.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("results agree: yes").contains("median time").contains("speed-up")
                .contains("peak heap");
    }
}
