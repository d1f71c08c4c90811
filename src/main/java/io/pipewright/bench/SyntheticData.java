package io.pipewright.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;

/**
 * Seeded synthetic tables for benchmarks. The CSV has 20 columns: 15 numeric ({@code n1..n15}), 4
 * nominal ({@code c1..c4}, with 3, 5, 10 and 20 values) and a nominal class ({@code class}, 3 values
 * that depend on n1, n2 and c1 with noise). About 1% of the non-class fields are missing, written as
 * "?" or left empty. One million rows make about 145 MB.
 */
public final class SyntheticData {
    public static final long DEFAULT_SEED = 42;

    private static final String[][] NOMINAL_VALUES = {
        values("low", 3), values("grade", 5), values("region", 10), values("product", 20)};
    private static final String[] CLASSES = {"alpha", "beta", "gamma"};

    private SyntheticData() {
    }

    private static String[] values(String prefix, int count) {
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            values[i] = prefix + "_" + i;
        }
        return values;
    }

    /**
     * The CSV with {@code rows} rows in {@code dir}, written once and reused while it exists (its
     * name holds the row count and seed). Written to a temporary file and moved into place, so a
     * run that is stopped half way never leaves a truncated file to be reused.
     */
    public static Path csv(Path dir, int rows, long seed) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("synthetic-" + rows + "-seed" + seed + ".csv");
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            return file;
        }
        Path partial = Files.createTempFile(dir, "synthetic-", ".partial");
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            write(out, rows, new Random(seed));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    private static void write(Writer out, int rows, Random random) throws IOException {
        StringBuilder line = new StringBuilder(256);
        for (int i = 1; i <= 15; i++) {
            line.append('n').append(i).append(',');
        }
        line.append("c1,c2,c3,c4,class\n");
        out.write(line.toString());
        double[] numbers = new double[15];
        int[] codes = new int[4];
        for (int r = 0; r < rows; r++) {
            line.setLength(0);
            for (int i = 0; i < 15; i++) {
                numbers[i] = i < 5 ? Math.round(random.nextGaussian() * 100_000) / 10_000.0
                        : i < 10 ? random.nextInt(100_000) : Math.round(random.nextDouble() * 10_000_000) / 1000.0;
                appendMaybeMissing(line, random, format(numbers[i]));
            }
            for (int i = 0; i < 4; i++) {
                codes[i] = random.nextInt(NOMINAL_VALUES[i].length);
                appendMaybeMissing(line, random, NOMINAL_VALUES[i][codes[i]]);
            }
            double score = numbers[0] + 0.5 * numbers[1] + codes[0] + random.nextGaussian();
            line.append(CLASSES[score < 0 ? 0 : score < 2 ? 1 : 2]).append('\n');
            out.write(line.toString());
        }
    }

    /** Whole numbers without ".0", as data exported from a database looks. */
    private static String format(double value) {
        String text = Double.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static void appendMaybeMissing(StringBuilder line, Random random, String value) {
        int draw = random.nextInt(200);
        if (draw == 0) {
            line.append('?');
        } else if (draw != 1) {
            line.append(value);
        }
        line.append(',');
    }
}
