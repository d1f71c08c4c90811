package io.pipewright.node;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every node type known to this build, by type id. */
public final class NodeCatalog {
    private final Map<String, NodeType> types;

    public NodeCatalog(Collection<NodeType> nodeTypes) {
        Map<String, NodeType> byId = new LinkedHashMap<>();
        for (NodeType type : nodeTypes) {
            NodeType earlier = byId.putIfAbsent(type.descriptor().typeId(), type);
            if (earlier != null) {
                throw new IllegalStateException("two node types claim the id '" + type.descriptor().typeId() + "'");
            }
        }
        this.types = Collections.unmodifiableMap(byId);
    }

    /** The catalog of every {@link NodeProvider} registered with {@link ServiceLoader}. */
    public static NodeCatalog load() {
        List<NodeType> all = ServiceLoader.load(NodeProvider.class, NodeCatalog.class.getClassLoader()).stream()
                .flatMap(p -> p.get().nodeTypes().stream()).toList();
        return new NodeCatalog(all);
    }

    public Optional<NodeType> find(String typeId) {
        return Optional.ofNullable(types.get(typeId));
    }

    public Collection<NodeType> all() {
        return types.values();
    }
}
