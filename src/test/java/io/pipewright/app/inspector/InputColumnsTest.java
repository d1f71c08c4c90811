package io.pipewright.app.inspector;

import io.pipewright.format.PipelineReader;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InputColumnsTest {
    private static final Path IRIS = Path.of("sample-projects/iris/iris-j48.pipeline.json");
    private static final NodeCatalog CATALOG = NodeCatalog.load();

    @Test
    void aNodeWhoseOwnColumnIsStillEmptySeesTheColumnsOfItsInput() throws Exception {
        Pipeline iris = new PipelineReader().read(IRIS);
        Pipeline withSetClass = iris.withNode(new NodeInstance("set-class", "prep.set-class", 1, Map.of()))
                .withEdge(Edge.of("load:data", "set-class:data"));

        Map<String, java.util.List<String>> columns = InputColumns.of(withSetClass, "set-class", CATALOG, IRIS.getParent());

        assertThat(columns.get("data")).containsExactly("sepallength", "sepalwidth", "petallength", "petalwidth", "class");
    }

    @Test
    void anUnwiredNodeHasNoKnownColumns() throws Exception {
        Pipeline iris = new PipelineReader().read(IRIS)
                .withNode(new NodeInstance("set-class", "prep.set-class", 1, Map.of()));

        assertThat(InputColumns.of(iris, "set-class", CATALOG, IRIS.getParent())).isEmpty();
    }
}
