package io.pipewright.app.models;

import io.pipewright.store.AliasChange;
import io.pipewright.store.ModelRegistry;

/** What the buttons of the Models view do to the registry. */
public enum RegistryAction {
    PROMOTE_CHAMPION("Promote to champion"),
    MAKE_CHALLENGER("Make challenger"),
    ROLL_BACK_CHAMPION("Roll back champion");

    private final String label;

    RegistryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Applies the action; {@code version} is ignored by a rollback. Call it off the FX thread: it writes the store. */
    AliasChange perform(ModelRegistry registry, String model, Integer version) {
        return switch (this) {
            case PROMOTE_CHAMPION -> registry.promote(model, version, ModelRegistry.CHAMPION);
            case MAKE_CHALLENGER -> registry.promote(model, version, ModelRegistry.CHALLENGER);
            case ROLL_BACK_CHAMPION -> registry.rollback(model);
        };
    }
}
