package io.pipewright.exec;

import io.pipewright.node.Category;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeContext;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeEnvironment;
import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeTrait;
import io.pipewright.node.NodeType;
import io.pipewright.node.PortSpec;
import io.pipewright.node.PortType;
import io.pipewright.node.ReportSection;
import io.pipewright.param.FileParam;
import io.pipewright.param.IntParam;
import io.pipewright.param.Params;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Node types over integers and text, so the engine is tested without Weka. Each catalog instance
 * counts how often each type executed, so a test can tell a cache hit from a run.
 */
final class ToyNodes {
    static final PortType<Integer> NUMBER = new PortType<>("number", Integer.class, "an integer");
    static final PortType<String> TEXT = new PortType<>("text", String.class, "some text");
    static final IntParam VALUE = IntParam.of("value", "Value", 1, -1000, 1000, "the number to emit or add");
    static final FileParam FILE = FileParam.input("path", "File", List.of("txt"), "a text file holding a number");

    final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();
    final CyclicBarrier barrier = new CyclicBarrier(2);

    record Score(int value) implements ReportSection, java.io.Serializable {
        @Override
        public String section() {
            return "metrics";
        }

        @Override
        public Map<String, Object> content() {
            return Map.of("score", value);
        }
    }

    static final PortType<Score> SCORE = new PortType<>("score", Score.class, "a score");

    NodeCatalog catalog() {
        return new NodeCatalog(List.of(
                type("toy.source", List.of(), List.of(PortSpec.of("out", NUMBER, "")), List.of(VALUE), Set.of(),
                        (in, p, ctx) -> Map.of("out", p.get(VALUE))),
                type("toy.file", List.of(), List.of(PortSpec.of("out", NUMBER, "")), List.of(FILE), Set.of(),
                        (in, p, ctx) -> Map.of("out", Integer.parseInt(Files.readString(ctx.resolvePath(p.get(FILE))).trim()))),
                type("toy.add", List.of(PortSpec.of("in", NUMBER, "")), List.of(PortSpec.of("out", NUMBER, "")), List.of(VALUE),
                        Set.of(), (in, p, ctx) -> Map.of("out", in.get("in", Integer.class) + p.get(VALUE))),
                type("toy.sum", List.of(PortSpec.of("a", NUMBER, ""), PortSpec.of("b", NUMBER, "")),
                        List.of(PortSpec.of("out", NUMBER, "")), List.of(), Set.of(),
                        (in, p, ctx) -> Map.of("out", in.get("a", Integer.class) + in.get("b", Integer.class))),
                type("toy.score", List.of(PortSpec.of("in", NUMBER, "")), List.of(PortSpec.of("score", SCORE, "")), List.of(),
                        Set.of(NodeTrait.HEAVY), (in, p, ctx) -> Map.of("score", new Score(in.get("in", Integer.class)))),
                type("toy.text", List.of(), List.of(PortSpec.of("out", TEXT, "")), List.of(), Set.of(),
                        (in, p, ctx) -> Map.of("out", "hello")),
                type("toy.meet", List.of(PortSpec.of("in", NUMBER, "")), List.of(PortSpec.of("out", NUMBER, "")), List.of(),
                        Set.of(NodeTrait.HEAVY), (in, p, ctx) -> {
                            // Succeeds only if a second node reaches the barrier while this one waits.
                            barrier.await(10, TimeUnit.SECONDS);
                            return Map.of("out", in.get("in", Integer.class));
                        }),
                type("toy.fail", List.of(PortSpec.of("in", NUMBER, "")), List.of(PortSpec.of("out", NUMBER, "")), List.of(),
                        Set.of(), (in, p, ctx) -> {
                            throw new NodeFailure("data.csv, line 7: expected 5 fields, found 3");
                        }),
                type("toy.forever", List.of(PortSpec.of("in", NUMBER, "")), List.of(PortSpec.of("out", NUMBER, "")), List.of(),
                        Set.of(NodeTrait.HEAVY), (in, p, ctx) -> {
                            while (true) {
                                ctx.checkCancelled();
                                Thread.onSpinWait();
                            }
                        }),
                type("toy.stubborn", List.of(PortSpec.of("in", NUMBER, "")), List.of(PortSpec.of("out", NUMBER, "")), List.of(),
                        Set.of(), (in, p, ctx) -> {
                            // Like a Weka learner that never checks: ignores interrupts for a long time.
                            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                            while (System.nanoTime() < end) {
                                Thread.onSpinWait();
                            }
                            return Map.of("out", 0);
                        }),
                type("toy.positive", List.of(PortSpec.of("in", NUMBER, "")), List.of(PortSpec.of("out", NUMBER, "")),
                        List.of(VALUE), Set.of(), (in, p, ctx) -> Map.of("out", in.get("in", Integer.class)))
        ));
    }

    interface Body {
        Map<String, Object> run(NodeInputs in, Params p, NodeContext ctx) throws Exception;
    }

    private NodeType type(String id, List<PortSpec> inputs, List<PortSpec> outputs, List<io.pipewright.param.ParamSpec<?>> params,
                          Set<NodeTrait> traits, Body body) {
        NodeDescriptor descriptor = new NodeDescriptor(id, 1, id, Category.PREPARE, "toy node " + id, inputs, outputs, params, traits);
        return new NodeType() {
            @Override
            public NodeDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public Map<String, Object> configure(Map<String, Object> inputSpecs, Params params, NodeEnvironment env)
                    throws NodeFailure {
                if (id.equals("toy.positive") && params.get(VALUE) <= 0) {
                    throw new NodeFailure("parameter 'value' must be positive for this toy");
                }
                return Map.of();
            }

            @Override
            public Map<String, Object> execute(NodeInputs in, Params p, NodeContext ctx) throws Exception {
                executions.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                return body.run(in, p, ctx);
            }
        };
    }

    int executed(String typeId) {
        AtomicInteger n = executions.get(typeId);
        return n == null ? 0 : n.get();
    }
}
