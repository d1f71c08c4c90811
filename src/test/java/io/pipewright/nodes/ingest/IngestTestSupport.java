package io.pipewright.nodes.ingest;

import io.pipewright.node.NodeFailure;
import io.pipewright.node.NodeInputs;
import io.pipewright.node.NodeType;
import io.pipewright.param.Params;
import io.pipewright.testing.DirectNodeContext;
import weka.core.Instances;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Runs an ingest node the way the executor does: bind the raw parameters, then execute or configure. */
final class IngestTestSupport {
    private IngestTestSupport() {
    }

    static Params bind(NodeType node, Map<String, Object> raw) {
        Params.Binding binding = Params.bind(node.descriptor().params(), raw);
        assertThat(binding.problems()).isEmpty();
        assertThat(binding.ok()).isTrue();
        return binding.params();
    }

    static Instances run(NodeType node, Path dir, Map<String, Object> raw) throws Exception {
        Map<String, Object> out = node.execute(new NodeInputs(Map.of()), bind(node, raw), new DirectNodeContext(dir));
        Instances data = (Instances) out.get("data");
        assertThat(data.classIndex()).isGreaterThanOrEqualTo(0);
        return data;
    }

    static NodeFailure failure(NodeType node, Path dir, Map<String, Object> raw) {
        Params params = bind(node, raw);
        return catchThrowableOfType(NodeFailure.class,
                () -> node.execute(new NodeInputs(Map.of()), params, new DirectNodeContext(dir)));
    }

    static Instances configure(NodeType node, Path dir, Map<String, Object> raw) throws NodeFailure {
        return (Instances) node.configure(Map.of(), bind(node, raw), new DirectNodeContext(dir)).get("data");
    }
}
