package io.pipewright.node;

/**
 * How a node asks for one of its output models to be registered in the workspace's model registry
 * without knowing the store: its report carries an entry (or a whole section) under {@link #REQUEST}
 * holding {@code {"name": model name, "port": output port of the model}} and optionally {@code "reason"}.
 */
public final class ModelRegistration {
    /** The report key the registry looks for. */
    public static final String REQUEST = "registerModel";

    private ModelRegistration() {
    }
}
