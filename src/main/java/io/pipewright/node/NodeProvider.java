package io.pipewright.node;

import java.util.List;

/** Supplies node types to the catalog; registered in META-INF/services so new families plug in. */
public interface NodeProvider {
    List<NodeType> nodeTypes();
}
