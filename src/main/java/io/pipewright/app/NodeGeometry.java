package io.pipewright.app;

import io.pipewright.edit.NodeSize;
import io.pipewright.node.NodeDescriptor;

/** The size of a node card, known without a toolkit, so layout and view agree on it. */
final class NodeGeometry {
    static final double WIDTH = 176;
    static final double HEADER = 46;
    static final double PORT_GAP = 20;

    private NodeGeometry() {
    }

    static NodeSize sizeOf(NodeDescriptor descriptor) {
        int ports = descriptor == null ? 0 : Math.max(descriptor.inputs().size(), descriptor.outputs().size());
        return new NodeSize(WIDTH, HEADER + Math.max(1, ports) * PORT_GAP + 8);
    }
}
