package io.pipewright.node;

import io.pipewright.param.ParamSpec;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the outside world knows about a node type, declared once as data: the palette, the
 * inspector form, validation and the command line's {@code nodes} listing all read it.
 * {@code typeId} and the port and parameter names are a public contract: files store them.
 */
public record NodeDescriptor(String typeId, int version, String name, Category category, String help,
                             List<PortSpec> inputs, List<PortSpec> outputs, List<ParamSpec<?>> params,
                             Set<NodeTrait> traits) {
    public NodeDescriptor {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        params = List.copyOf(params);
        traits = Set.copyOf(traits);
    }

    public Optional<PortSpec> input(String port) {
        return inputs.stream().filter(p -> p.name().equals(port)).findFirst();
    }

    public Optional<PortSpec> output(String port) {
        return outputs.stream().filter(p -> p.name().equals(port)).findFirst();
    }

    public Optional<ParamSpec<?>> param(String key) {
        return params.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public boolean has(NodeTrait trait) {
        return traits.contains(trait);
    }
}
