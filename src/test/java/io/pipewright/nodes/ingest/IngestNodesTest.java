package io.pipewright.nodes.ingest;

import io.pipewright.node.Category;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeType;
import io.pipewright.nodes.PortTypes;
import io.pipewright.param.ParamSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestNodesTest {
    @Test
    void catalogHasEveryIngestNodeWithOneDataOutputAndNoInputs() {
        NodeCatalog catalog = NodeCatalog.load();

        for (String id : new String[] {"ingest.csv", "ingest.arff", "ingest.json", "ingest.jdbc", "ingest.http"}) {
            NodeDescriptor descriptor = catalog.find(id).map(NodeType::descriptor).orElseThrow();
            assertThat(descriptor.category()).isEqualTo(Category.INGEST);
            assertThat(descriptor.inputs()).isEmpty();
            assertThat(descriptor.outputs()).hasSize(1);
            assertThat(descriptor.outputs().get(0).name()).isEqualTo("data");
            assertThat(descriptor.outputs().get(0).type()).isEqualTo(PortTypes.DATA);
            assertThat(descriptor.help()).isNotBlank();
            assertThat(descriptor.params()).extracting(ParamSpec::help).allMatch(h -> !h.isBlank());
            assertThat(descriptor.param("classColumn")).isPresent();
        }
    }

    @Test
    void jdbcPasswordIsSecret() {
        assertThat(JdbcIngestNode.PASSWORD.secret()).isTrue();
    }
}
