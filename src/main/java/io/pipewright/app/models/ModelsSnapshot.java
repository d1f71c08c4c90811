package io.pipewright.app.models;

import io.pipewright.store.ModelSummary;
import io.pipewright.store.ModelVersion;
import io.pipewright.store.Workspace;

import java.util.List;

/** What the Models view shows, read from the workspace in one go: every model, and the versions of the selected one. */
public record ModelsSnapshot(List<ModelSummary> models, String selected, List<ModelVersion> versions) {
    static final ModelsSnapshot EMPTY = new ModelsSnapshot(List.of(), null, List.of());

    public ModelsSnapshot {
        models = List.copyOf(models);
        versions = List.copyOf(versions);
    }

    /**
     * Reads the registry; {@code preferred} stays selected while it exists, else the first model by name is.
     * Reads the store: never on the FX thread.
     */
    public static ModelsSnapshot load(Workspace workspace, String preferred) {
        List<ModelSummary> models = workspace.models().list(null);
        String selected = models.stream().map(ModelSummary::name).filter(n -> n.equals(preferred)).findFirst()
                .orElse(models.isEmpty() ? null : models.get(0).name());
        List<ModelVersion> versions = selected == null ? List.of() : workspace.models().versions(selected);
        return new ModelsSnapshot(models, selected, versions);
    }

    ModelSummary selectedSummary() {
        return models.stream().filter(m -> m.name().equals(selected)).findFirst().orElse(null);
    }
}
