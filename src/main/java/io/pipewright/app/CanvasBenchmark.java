package io.pipewright.app;

import io.pipewright.edit.LayeredLayout;
import io.pipewright.format.PipelineReader;
import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Edge;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.PortRef;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Canvas benchmark (not a test): a generated 500-node, 600-edge pipeline of real catalog node types.
 * Measures (1) opening it: read the file, give it to the document, build the canvas's scene graph and
 * run one CSS and layout pass; (2) dragging one node: the work of one drag frame (the mouse event,
 * the moved node and its wires, CSS and layout) and the frame interval the FX pulse achieves while a
 * node is dragged on a shown window; (3) dropping it (the move command and the incremental update).
 * Reports medians. It needs a display; run it under Xvfb after {@code mvn -q -DskipTests package}:
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/pipewright.jar io.pipewright.app.CanvasBenchmark
 * </pre>
 * Optional arguments: nodes, edges, repetitions (default 500 600 7). {@code -Dbench.noFit=true} drags at
 * 100% zoom instead of the zoom that fits all 500 nodes. Wall times on a loaded machine include waiting
 * for a core; the CPU times of the FX and render threads are printed beside them for that reason.
 */
public final class CanvasBenchmark {
    private CanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        NodeCatalog catalog = NodeCatalog.load();
        Pipeline generated = generate(catalog, nodes, edges, new Random(42));
        Path file = Files.createTempFile("canvas-bench", ".pipeline.json");
        new PipelineWriter().write(generated, file);
        System.out.printf(Locale.ROOT, "canvas benchmark: %d nodes, %d edges (%s)%n", generated.nodes().size(),
                generated.edges().size(), file);

        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                run(catalog, file, repetitions, done);
            } catch (Exception e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(5, TimeUnit.MINUTES);
        } finally {
            Files.deleteIfExists(file);
            Platform.exit();
        }
    }

    private static void run(NodeCatalog catalog, Path file, int repetitions, CompletableFuture<Void> done) throws Exception {
        double[] open = new double[repetitions];
        Stage stage = new Stage();
        CanvasView canvas = null;
        PipelineDocumentViewModel document = null;
        BorderPane root = new BorderPane();
        Scene scene = new Scene(root, 1400, 860);
        scene.getStylesheets().add(MainWindow.class.getResource("pipewright.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        double[] openCpu = new double[repetitions];
        double[] styleCpu = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            document = new PipelineDocumentViewModel(catalog);
            document.open(new PipelineReader().read(file), file);
            canvas = new CanvasView(document);
            root.setCenter(canvas);
            long styleStart = THREADS.getCurrentThreadCpuTime();
            root.applyCss();
            root.layout();
            open[i] = (System.nanoTime() - start) / 1e6;
            openCpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            styleCpu[i] = (THREADS.getCurrentThreadCpuTime() - styleStart) / 1e6;
        }
        if (!Boolean.getBoolean("bench.noFit")) {
            canvas.fit();
        }
        System.out.printf(Locale.ROOT, "open (read + document + scene graph + CSS/layout pass): first %.1f ms, median %.1f ms wall, "
                + "median %.1f ms CPU (of which CSS/layout %.1f ms)%n", open[0], median(open), median(openCpu), median(styleCpu));

        String id = document.pipeline().nodes().get(document.pipeline().nodes().size() / 2).id();
        NodeView view = canvas.nodeView(id);
        // No applyCss() here: on a Parent it forces a full re-style of the branch, which a real pulse never does.
        double[] frame = new double[300];
        double[] cpu = new double[300];
        press(view);
        for (int i = 0; i < frame.length; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            drag(view, i);
            root.layout();
            frame[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        release(view);
        System.out.printf(Locale.ROOT, "drag frame work on the FX thread (event, node and wires, layout): median %.3f ms wall, "
                + "%.3f ms CPU%n", median(frame), median(cpu));

        double[] drop = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            press(view);
            drag(view, 40 + i * 10);
            long start = System.nanoTime();
            release(view);
            root.layout();
            drop[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(Locale.ROOT, "drop (move command + incremental canvas update): median %.2f ms%n", median(drop));
        measurePulses(view, root, done);
    }

    /** Drags the node once per pulse on the shown window and records the interval between pulses. */
    private static void measurePulses(NodeView view, BorderPane root, CompletableFuture<Void> done) {
        List<Double> intervals = new ArrayList<>();
        long fxThread = Thread.currentThread().getId();
        long renderCpuStart = renderThreadsCpu();
        long fxCpuStart = THREADS.getThreadCpuTime(fxThread);
        press(view);
        new AnimationTimer() {
            private long last;
            private int frames;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    intervals.add((now - last) / 1e6);
                }
                last = now;
                drag(view, frames++);
                if (frames == 240) {
                    stop();
                    release(view);
                    double[] values = intervals.stream().mapToDouble(Double::doubleValue).toArray();
                    System.out.printf(Locale.ROOT,
                            "pulse interval while dragging on screen (60 fps cap = 16.7 ms): median %.2f ms, 95th %.2f ms%n",
                            median(values), percentile(values, 0.95));
                    System.out.printf(Locale.ROOT,
                            "CPU per dragged frame on screen: FX thread %.2f ms + renderer %.2f ms (mean over %d frames)%n",
                            (THREADS.getThreadCpuTime(fxThread) - fxCpuStart) / 1e6 / frames,
                            (renderThreadsCpu() - renderCpuStart) / 1e6 / frames, frames);
                    done.complete(null);
                }
            }
        }.start();
    }

    private static void press(NodeView view) {
        view.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, view, 20, 20));
    }

    private static void drag(NodeView view, int step) {
        view.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, view, 20 + (step % 100) * 3, 20 + (step % 50) * 2));
    }

    private static void release(NodeView view) {
        view.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, view, 20, 20));
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type, NodeView view, double dx, double dy) {
        javafx.geometry.Point2D at = view.getParent().localToScene(view.getLayoutX(), view.getLayoutY());
        double x = type == MouseEvent.MOUSE_PRESSED ? at.getX() + 20 : at.getX() + dx;
        double y = type == MouseEvent.MOUSE_PRESSED ? at.getY() + 20 : at.getY() + dy;
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                true, false, false, false, false, false, null);
    }

    /**
     * A pipeline of {@code nodeCount} real node types and {@code edgeCount} type-correct wires, laid out
     * left to right: a few ingest nodes, then a mix of the other types each wired from earlier nodes.
     */
    static Pipeline generate(NodeCatalog catalog, int nodeCount, int edgeCount, Random random) {
        List<NodeDescriptor> types = catalog.all().stream().map(NodeType::descriptor)
                .sorted(Comparator.comparing(NodeDescriptor::typeId)).toList();
        NodeDescriptor source = catalog.find("ingest.csv").orElseThrow().descriptor();
        List<NodeDescriptor> fed = types.stream().filter(d -> !d.inputs().isEmpty()).toList();
        List<NodeDescriptor> joins = types.stream().filter(d -> d.inputs().size() > 1).toList();
        List<NodeInstance> nodes = new ArrayList<>();
        List<NodeDescriptor> kinds = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            // Enough nodes with two or more inputs that the wanted number of wires fits.
            NodeDescriptor d = i % 25 == 0 ? source
                    : !joins.isEmpty() && random.nextInt(10) < 5 ? joins.get(random.nextInt(joins.size()))
                    : fed.get(random.nextInt(fed.size()));
            nodes.add(new NodeInstance("n" + i, d.typeId(), d.version(), Map.of()));
            kinds.add(d);
        }
        List<Edge> edges = new ArrayList<>();
        List<int[]> inputs = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            for (int p = 0; p < kinds.get(i).inputs().size(); p++) {
                inputs.add(new int[] {i, p});
            }
        }
        // Required inputs first (in node order), so most nodes are fully wired; then optional extras.
        inputs.sort(Comparator.comparingInt((int[] a) -> a[1]).thenComparingInt(a -> a[0]));
        for (int[] input : inputs) {
            if (edges.size() == edgeCount) {
                break;
            }
            PortSpec in = kinds.get(input[0]).inputs().get(input[1]);
            List<PortRef> candidates = new ArrayList<>();
            for (int j = Math.max(0, input[0] - 60); j < input[0]; j++) {
                for (PortSpec out : kinds.get(j).outputs()) {
                    if (in.type().accepts(out.type())) {
                        candidates.add(new PortRef("n" + j, out.name()));
                    }
                }
            }
            if (!candidates.isEmpty()) {
                edges.add(new Edge(candidates.get(random.nextInt(candidates.size())), new PortRef("n" + input[0], in.name())));
            }
        }
        Pipeline p = new Pipeline("Canvas benchmark", nodes, edges);
        Map<String, NodeDescriptor> byId = new java.util.HashMap<>();
        for (int i = 0; i < nodeCount; i++) {
            byId.put("n" + i, kinds.get(i));
        }
        return p.withLayout(new Layout(LayeredLayout.arrange(p, id -> NodeGeometry.sizeOf(byId.get(id)))));
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of JavaFX's render thread(s), which draw each pulse apart from the FX thread. */
    private static long renderThreadsCpu() {
        long total = 0;
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("QuantumRenderer")) {
                total += THREADS.getThreadCpuTime(info.getThreadId());
            }
        }
        return total;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }
}
