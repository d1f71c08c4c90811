package io.pipewright.bench;

import io.pipewright.node.NodeInputs;
import io.pipewright.nodes.ingest.CsvIngestNode;
import io.pipewright.nodes.weka.WekaRuntime;
import io.pipewright.param.Params;
import weka.core.Instances;
import weka.core.converters.CSVLoader;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Weka's CSVLoader against the ingest.csv node on a synthetic CSV (see {@link SyntheticData}), in
 * the same process, alternating which goes first. Options: rows= (1000000), reps= (5),
 * dir= (target/bench-data), seed= (42), warmupRows= (200000; both loaders read it once before timing).
 *
 * <p>Peak heap: before each load the benchmark calls System.gc() and notes the heap in use; a
 * sampling thread reads {@link MemoryMXBean#getHeapMemoryUsage()} every 2 ms during the load; the
 * peak is the highest reading minus the level before. It includes garbage not yet collected, i.e.
 * the heap the load makes the JVM hold. Retained heap is the level after a System.gc() with the
 * loaded table still referenced, minus the level before.
 */
public final class CsvIngestBenchmark implements Benchmark {
    private static final double MB = 1024.0 * 1024.0;

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "Weka's CSVLoader vs the ingest.csv node on a synthetic 20-column CSV (rows=, reps=, dir=)";
    }

    private record Measurement(double seconds, long peakBytes, long retainedBytes) {
    }

    private interface Load {
        Instances load(Path file) throws Exception;
    }

    @Override
    public void run(Map<String, String> options, PrintStream out) throws Exception {
        WekaRuntime.configure();
        int rows = Integer.parseInt(options.getOrDefault("rows", "1000000"));
        int reps = Integer.parseInt(options.getOrDefault("reps", "5"));
        int warmupRows = Integer.parseInt(options.getOrDefault("warmupRows", "200000"));
        long seed = Long.parseLong(options.getOrDefault("seed", String.valueOf(SyntheticData.DEFAULT_SEED)));
        Path dir = Path.of(options.getOrDefault("dir", "target/bench-data")).toAbsolutePath();

        Path file = SyntheticData.csv(dir, rows, seed);
        out.printf(Locale.ROOT, "csv: %d rows x 20 columns, %.1f MB: %s%n", rows, Files.size(file) / MB, file);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> tmpBefore = listing(tmp);

        Load weka = CsvIngestBenchmark::loadWithCsvLoader;
        Load ours = CsvIngestBenchmark::loadWithNode;
        Path warmup = SyntheticData.csv(dir, Math.min(warmupRows, rows), seed);
        Instances a = weka.load(warmup);
        Instances b = ours.load(warmup);
        out.println("csv: warm-up on " + a.numInstances() + " rows; results agree: " + agreement(a, b));
        a = null;
        b = null;

        List<Measurement> wekaRuns = new ArrayList<>();
        List<Measurement> ourRuns = new ArrayList<>();
        for (int rep = 0; rep < reps; rep++) {
            boolean wekaFirst = rep % 2 == 0;
            Measurement first = measure(wekaFirst ? weka : ours, file);
            Measurement second = measure(wekaFirst ? ours : weka, file);
            Measurement w = wekaFirst ? first : second;
            Measurement o = wekaFirst ? second : first;
            wekaRuns.add(w);
            ourRuns.add(o);
            out.printf(Locale.ROOT, "csv: rep %d/%d  CSVLoader %.2f s, peak %.0f MB  |  ingest.csv %.2f s, peak %.0f MB%n",
                    rep + 1, reps, w.seconds(), w.peakBytes() / MB, o.seconds(), o.peakBytes() / MB);
        }
        double wekaSeconds = BenchStats.median(wekaRuns.stream().mapToDouble(Measurement::seconds).toArray());
        double ourSeconds = BenchStats.median(ourRuns.stream().mapToDouble(Measurement::seconds).toArray());
        out.printf(Locale.ROOT, "csv: median time  CSVLoader %.2f s  ingest.csv %.2f s  speed-up %.1fx%n",
                wekaSeconds, ourSeconds, wekaSeconds / ourSeconds);
        out.printf(Locale.ROOT, "csv: median peak heap above the level before the load  CSVLoader %.0f MB"
                        + "  ingest.csv %.0f MB%n",
                BenchStats.median(wekaRuns.stream().mapToDouble(Measurement::peakBytes).toArray()) / MB,
                BenchStats.median(ourRuns.stream().mapToDouble(Measurement::peakBytes).toArray()) / MB);
        out.printf(Locale.ROOT, "csv: heap retained by the loaded table  CSVLoader %.0f MB  ingest.csv %.0f MB%n",
                BenchStats.median(wekaRuns.stream().mapToDouble(Measurement::retainedBytes).toArray()) / MB,
                BenchStats.median(ourRuns.stream().mapToDouble(Measurement::retainedBytes).toArray()) / MB);
        reportTemporaryFiles(tmp, tmpBefore, out);
    }

    private static Instances loadWithCsvLoader(Path file) throws IOException {
        CSVLoader loader = new CSVLoader();
        loader.setSource(file.toFile());
        Instances data = loader.getDataSet();
        data.setClassIndex(data.numAttributes() - 1);
        return data;
    }

    private static Instances loadWithNode(Path file) throws Exception {
        CsvIngestNode node = new CsvIngestNode();
        Params.Binding binding = Params.bind(node.descriptor().params(), Map.of("path", file.toString()));
        if (!binding.ok()) {
            throw new IllegalStateException("cannot bind ingest.csv parameters: " + binding.problems());
        }
        Map<String, Object> result = node.execute(new NodeInputs(Map.of()), binding.params(),
                new BenchNodeContext(file.getParent()));
        return (Instances) result.get("data");
    }

    private static Measurement measure(Load load, Path file) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        Instances data = load.load(file);
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        sampler.join();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        System.gc();
        long retained = memory.getHeapMemoryUsage().getUsed() - before;
        if (data.numInstances() == 0) {
            throw new IllegalStateException("no rows loaded from " + file);
        }
        return new Measurement(seconds, peak.get() - before, retained);
    }

    /** "yes" when both loaders give the same header and values; otherwise the first difference. */
    private static String agreement(Instances weka, Instances ours) {
        if (!weka.equalHeaders(ours)) {
            return "no: " + weka.equalHeadersMsg(ours);
        }
        if (weka.numInstances() != ours.numInstances()) {
            return "no: " + weka.numInstances() + " rows vs " + ours.numInstances();
        }
        for (int r = 0; r < weka.numInstances(); r++) {
            double[] w = weka.instance(r).toDoubleArray();
            double[] o = ours.instance(r).toDoubleArray();
            if (!Arrays.equals(w, o)) {
                return "no: row " + (r + 1) + " differs: " + weka.instance(r) + " vs " + ours.instance(r);
            }
        }
        return "yes";
    }


    private static Set<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new HashSet<>(files.toList());
        }
    }

    /** CSVLoader names its temporary copies "&lt;random&gt;arffOut&lt;digits&gt;.tmp" and deletes them on exit. */
    private static void reportTemporaryFiles(Path tmp, Set<Path> before, PrintStream out) throws IOException {
        long count = 0;
        long bytes = 0;
        for (Path p : listing(tmp)) {
            if (!before.contains(p) && p.getFileName().toString().contains("arffOut") && Files.isRegularFile(p)) {
                count++;
                bytes += Files.size(p);
            }
        }
        out.printf(Locale.ROOT, "csv: CSVLoader left %d temporary copies (*arffOut*.tmp, %.0f MB) in %s;"
                + " they are deleted only when the JVM exits%n", count, bytes / MB, tmp + File.separator);
    }
}
