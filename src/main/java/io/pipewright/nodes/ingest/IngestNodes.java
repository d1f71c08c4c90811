package io.pipewright.nodes.ingest;

import io.pipewright.node.NodeProvider;
import io.pipewright.node.NodeType;
import io.pipewright.nodes.weka.WekaRuntime;

import java.util.List;

/** The built-in Ingest node types. */
public final class IngestNodes implements NodeProvider {
    public IngestNodes() {
        WekaRuntime.configure();
    }

    @Override
    public List<NodeType> nodeTypes() {
        return List.of(new CsvIngestNode(), new ArffIngestNode(), new JsonIngestNode(), new JdbcIngestNode(),
                new HttpIngestNode());
    }
}
