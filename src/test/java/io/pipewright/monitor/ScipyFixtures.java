package io.pipewright.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The SciPy test vectors written by src/test/resources/monitor/make_fixtures.py. */
final class ScipyFixtures {
    static final double TOLERANCE = 1e-9;
    private static JsonNode root;

    private ScipyFixtures() {
    }

    static synchronized JsonNode root() {
        if (root == null) {
            try (InputStream in = ScipyFixtures.class.getResourceAsStream("/monitor/fixtures.json")) {
                root = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    static List<JsonNode> cases(String section) {
        List<JsonNode> out = new ArrayList<>();
        root().get(section).forEach(out::add);
        return out;
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }
}
