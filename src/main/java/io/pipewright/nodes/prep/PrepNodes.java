package io.pipewright.nodes.prep;

import io.pipewright.node.NodeProvider;
import io.pipewright.node.NodeType;
import io.pipewright.nodes.weka.WekaRuntime;

import java.util.List;

/** The built-in Prepare node types. */
public final class PrepNodes implements NodeProvider {
    public PrepNodes() {
        WekaRuntime.configure();
    }

    @Override
    public List<NodeType> nodeTypes() {
        return List.of(
                new SetClassNode(),
                new SelectColumnsNode(),
                new FilterRowsNode(),
                new ReplaceMissingNode(),
                new NormalizeNode(),
                new StandardizeNode(),
                new NominalToBinaryNode(),
                new DiscretizeNode(),
                new RemoveDuplicatesNode(),
                new TrainTestSplitNode(),
                new WekaFilterNode());
    }
}
