package io.pipewright.bench;

import io.pipewright.monitor.ColumnProfile;
import io.pipewright.monitor.Profiler;
import io.pipewright.nodes.monitor.DataDriftAnalysis;
import io.pipewright.nodes.monitor.DataProfile;
import io.pipewright.nodes.monitor.DriftReport;
import io.pipewright.nodes.monitor.DriftSettings;
import io.pipewright.nodes.weka.WekaRuntime;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Data drift of a current batch against a stored reference profile, as {@code monitor.data-drift} runs it:
 * copying the batch's columns out of Weka's table, binning each against the profile and running every
 * column's test. The reference profile is built once, untimed (it is what {@code monitor.reference-profile}
 * stores). Baseline, in the same process: the same batch against an exact profile that keeps every reference
 * value, which must sort each current column (the cost of exact, SciPy-style tests on raw data).
 *
 * <p>Each case runs twice untimed (JIT warm-up), and each timed repetition starts after System.gc(). Wall
 * and process CPU time are both reported: on a shared machine the CPU time shows the work apart from
 * waiting for a core.
 *
 * <p>Options: rows= (1000000, both reference and current), numeric= (50), categorical= (10), reps= (5),
 * threads= (cores), numericTest= / categoricalTest= (auto), scaling= (true: also time 1/4 and 1/2 of the
 * rows and 1/4 and 1/2 of the columns), baseline= (true).
 */
public final class DataDriftBenchmark implements Benchmark {
    @Override
    public String name() {
        return "drift";
    }

    @Override
    public String description() {
        return "Data drift of a batch against a stored profile, 50 numeric + 10 categorical columns (rows=, reps=, threads=)";
    }

    @Override
    public void run(Map<String, String> options, PrintStream out) throws Exception {
        WekaRuntime.configure();
        int rows = Integer.parseInt(options.getOrDefault("rows", "1000000"));
        int numeric = Integer.parseInt(options.getOrDefault("numeric", "50"));
        int categorical = Integer.parseInt(options.getOrDefault("categorical", "10"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "5"));
        int threads = Integer.parseInt(options.getOrDefault("threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        boolean scaling = Boolean.parseBoolean(options.getOrDefault("scaling", "true"));
        boolean baseline = Boolean.parseBoolean(options.getOrDefault("baseline", "true"));
        DriftSettings settings = DriftSettings.of(options.getOrDefault("numericTest", DriftSettings.AUTO),
                options.getOrDefault("categoricalTest", DriftSettings.AUTO));

        try (BenchNodeContext context = new BenchNodeContext(Path.of("."), threads)) {
            out.printf(Locale.ROOT, "drift: %d reference rows vs %d current rows, %d numeric + %d categorical columns, "
                    + "%d threads, tests %s/%s%n", rows, rows, numeric, categorical, threads, settings.numericTest(),
                    settings.categoricalTest());
            Case main = Case.build(rows, numeric, categorical, Profiler.EXACT_VALUES);
            Times ours = time(main, settings, reps, context, out, "profile");
            double oursMedian = ours.wallMedian();
            out.printf(Locale.ROOT, "median: %.3f s wall (%.3f s CPU) from the stored profile (target < 2 s); load "
                    + "average %.1f on %d cores%n", oursMedian, ours.cpuMedian(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            if (baseline) {
                Case exact = main.withExactProfile();
                double baseMedian = time(exact, settings, Math.max(1, Math.min(reps, 3)), context, out, "exact")
                        .wallMedian();
                out.printf(Locale.ROOT, "median: %.3f s against an exact profile (every value kept; sorts each current "
                        + "column); the stored profile is %.1fx faster%n", baseMedian, baseMedian / oursMedian);
            }
            main = null;
            if (scaling) {
                out.println("scaling with rows (same columns):");
                for (int divisor : new int[]{4, 2}) {
                    Case c = Case.build(rows / divisor, numeric, categorical, Profiler.EXACT_VALUES);
                    report(out, c, time(c, settings, 3, context, null, null));
                }
                out.printf(Locale.ROOT, "  %8d rows x %3d columns: %.3f s wall, %.3f s CPU%n", rows, numeric + categorical,
                        oursMedian, ours.cpuMedian());
                out.println("scaling with columns (same rows):");
                for (int divisor : new int[]{4, 2}) {
                    Case c = Case.build(rows, numeric / divisor, Math.max(1, categorical / divisor), Profiler.EXACT_VALUES);
                    report(out, c, time(c, settings, 3, context, null, null));
                }
                out.printf(Locale.ROOT, "  %8d rows x %3d columns: %.3f s wall, %.3f s CPU%n", rows, numeric + categorical,
                        oursMedian, ours.cpuMedian());
            }
        }
    }

    private static void report(PrintStream out, Case c, Times times) {
        out.printf(Locale.ROOT, "  %8d rows x %3d columns: %.3f s wall, %.3f s CPU%n", c.current().numInstances(),
                c.current().numAttributes(), times.wallMedian(), times.cpuMedian());
    }

    /** Wall and process CPU seconds of each repetition. */
    private record Times(double[] wall, double[] cpu) {
        double wallMedian() {
            return BenchStats.median(wall);
        }

        double cpuMedian() {
            return BenchStats.median(cpu);
        }
    }

    private static Times time(Case c, DriftSettings settings, int reps, BenchNodeContext context, PrintStream out,
                                 String label) throws Exception {
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            DataDriftAnalysis.run(c.profile(), c.current(), settings, context);
        }
        double[] seconds = new double[reps];
        double[] cpuSeconds = new double[reps];
        for (int rep = 0; rep < reps; rep++) {
            // Collect the set-up's garbage first, so a background collection does not land inside the timing.
            System.gc();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            DriftReport report = DataDriftAnalysis.run(c.profile(), c.current(), settings, context);
            seconds[rep] = (System.nanoTime() - start) / 1e9;
            double cpu = (processCpuNanos() - cpuStart) / 1e9;
            cpuSeconds[rep] = cpu;
            if (out != null) {
                long drifted = report.columns().stream().filter(DriftReport.ColumnDrift::drifted).count();
                out.printf(Locale.ROOT, "rep %d (%s): %.3f s wall, %.3f s CPU (all threads), %d of %d columns drifted%n",
                        rep + 1, label, seconds[rep], cpu, drifted, report.columns().size());
            }
        }
        return new Times(seconds, cpuSeconds);
    }

    /** CPU time of the whole process: on a shared machine it shows the work apart from waiting for a core. */
    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** A reference profile and a current batch with the same columns; the current shifts a few of them. */
    private record Case(DataProfile profile, Instances current, double[][] referenceColumns, List<Attribute> attributes) {

        static Case build(int rows, int numeric, int categorical, int exactLimit) {
            List<Attribute> attributes = new ArrayList<>();
            List<String> labels = List.of("a", "b", "c", "d", "e");
            for (int i = 0; i < numeric; i++) {
                attributes.add(new Attribute("x" + (i + 1)));
            }
            for (int i = 0; i < categorical; i++) {
                attributes.add(new Attribute("c" + (i + 1), labels));
            }
            double[][] reference = columns(rows, numeric, categorical, new Random(1), false);
            DataProfile profile = profile(reference, attributes, exactLimit);
            double[][] current = columns(rows, numeric, categorical, new Random(2), true);
            Instances batch = new Instances("current", new ArrayList<>(attributes), rows);
            batch.setClassIndex(attributes.size() - 1);
            int width = attributes.size();
            for (int r = 0; r < rows; r++) {
                double[] values = new double[width];
                for (int c = 0; c < width; c++) {
                    values[c] = current[c][r];
                }
                batch.add(new DenseInstance(1.0, values));
            }
            return new Case(profile, batch, reference, attributes);
        }

        Case withExactProfile() {
            return new Case(profile(referenceColumns, attributes, Integer.MAX_VALUE), current, referenceColumns, attributes);
        }

        private static DataProfile profile(double[][] columns, List<Attribute> attributes, int exactLimit) {
            List<ColumnProfile> profiles = new ArrayList<>();
            for (int c = 0; c < columns.length; c++) {
                Attribute a = attributes.get(c);
                List<String> labels = new ArrayList<>();
                for (int v = 0; v < a.numValues(); v++) {
                    labels.add(a.value(v));
                }
                profiles.add(a.isNominal() ? Profiler.categorical(a.name(), labels, columns[c])
                        : Profiler.numeric(a.name(), columns[c], 20, exactLimit));
            }
            return new DataProfile("reference", columns[0].length, attributes.get(attributes.size() - 1).name(), profiles);
        }

        /** Numeric columns normal with their own mean and scale; 5-label columns. The current shifts 1 in 5. */
        private static double[][] columns(int rows, int numeric, int categorical, Random random, boolean drift) {
            double[][] columns = new double[numeric + categorical][rows];
            for (int c = 0; c < numeric; c++) {
                double mean = c;
                double scale = 1 + c % 7;
                double shift = drift && c % 5 == 0 ? 0.25 * scale : 0;
                for (int r = 0; r < rows; r++) {
                    double v = mean + shift + scale * random.nextGaussian();
                    columns[c][r] = random.nextInt(100) == 0 ? Double.NaN : v;
                }
            }
            for (int c = 0; c < categorical; c++) {
                boolean shifted = drift && c % 5 == 0;
                for (int r = 0; r < rows; r++) {
                    int label = random.nextInt(5);
                    if (shifted && label == 4 && random.nextBoolean()) {
                        label = 0;
                    }
                    columns[numeric + c][r] = label;
                }
            }
            return columns;
        }
    }
}
