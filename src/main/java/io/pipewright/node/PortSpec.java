package io.pipewright.node;

/** A named input or output port of a node type. Optional inputs may be left unwired. */
public record PortSpec(String name, PortType<?> type, boolean optional, String help) {
    public static PortSpec of(String name, PortType<?> type, String help) {
        return new PortSpec(name, type, false, help);
    }

    public static PortSpec optional(String name, PortType<?> type, String help) {
        return new PortSpec(name, type, true, help);
    }
}
