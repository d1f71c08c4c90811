package io.pipewright.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataDriftBenchmarkTest {
    @Test
    void smallRunFindsTheShiftedColumnsAgainstBothProfiles() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new DataDriftBenchmark().run(Map.of("rows", "20000", "numeric", "10", "categorical", "5", "reps", "1",
                "threads", "1", "scaling", "false"), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        // One numeric and one categorical column in five are shifted: x1, x6 and c1.
        assertThat(out).contains("rep 1 (profile)").contains("3 of 15 columns drifted")
                .contains("rep 1 (exact)").contains("median:");
    }
}
