package io.pipewright.app.models;

import io.pipewright.store.AliasChange;
import io.pipewright.store.ModelRegistry;
import io.pipewright.store.ModelSummary;
import io.pipewright.store.ModelVersion;

import java.util.Comparator;
import java.util.List;

/**
 * The state of the Models view without a toolkit: the loaded registry, the selected version, the rows
 * of both tables, which buttons can be pressed and why, what the confirmation asks and what the
 * outcome says. The view binds to it; tests drive it directly.
 */
public final class ModelsViewModel {
    private ModelsSnapshot snapshot = ModelsSnapshot.EMPTY;
    private Integer selectedVersion;

    /** Shows a freshly loaded snapshot; the selected version stays selected while the same model still has it. */
    public void show(ModelsSnapshot s) {
        boolean sameModel = s.selected() != null && s.selected().equals(snapshot.selected());
        snapshot = s;
        if (!sameModel || selectedVersion == null || version(selectedVersion) == null) {
            selectedVersion = null;
        }
    }

    public ModelsSnapshot snapshot() {
        return snapshot;
    }

    public String selectedModel() {
        return snapshot.selected();
    }

    public Integer selectedVersion() {
        return selectedVersion;
    }

    /** Selects a version of the shown model; null or a version it does not have clears the selection. */
    public void selectVersion(Integer version) {
        selectedVersion = version == null || version(version) == null ? null : version;
    }

    public List<ModelListRow> modelRows() {
        return snapshot.models().stream().map(ModelListRow::of).toList();
    }

    /** The versions of the selected model, newest first. */
    public List<VersionRow> versionRows() {
        return snapshot.versions().stream().sorted(Comparator.comparingInt(ModelVersion::version).reversed())
                .map(VersionRow::of).toList();
    }

    /** "churn · project Churn · 3 versions · champion v1 · no challenger", or what to do when there is no model. */
    public String heading() {
        ModelSummary m = snapshot.selectedSummary();
        if (m == null) {
            return "No model is registered in this workspace yet. A recorded run of a pipeline with "
                    + "monitor.retrain-policy registers one.";
        }
        return m.name() + (m.project() == null ? "" : "  \u00b7  project " + m.project()) + "  \u00b7  " + m.versions()
                + (m.versions() == 1 ? " version" : " versions") + "  \u00b7  champion "
                + (m.champion() == null ? "none" : "v" + m.champion()) + "  \u00b7  "
                + (m.challenger() == null ? "no challenger" : "challenger v" + m.challenger());
    }

    public ActionState state(RegistryAction action) {
        ModelSummary m = snapshot.selectedSummary();
        if (m == null) {
            return ActionState.disabled("No model is selected.");
        }
        if (action == RegistryAction.ROLL_BACK_CHAMPION) {
            if (m.champion() == null) {
                return ActionState.disabled("'" + m.name() + "' has no champion to roll back.");
            }
            if (m.versions() < 2) {
                return ActionState.disabled("'" + m.name() + "' has one version only: there is no earlier champion to roll back to.");
            }
            return ActionState.enabled("Gives the champion alias back to the version that was champion before v"
                    + m.champion() + ".");
        }
        if (selectedVersion == null) {
            return ActionState.disabled("Select a version to promote it or make it the challenger.");
        }
        List<String> aliases = version(selectedVersion).aliases();
        if (aliases.contains(ModelRegistry.CHAMPION)) {
            return ActionState.disabled(action == RegistryAction.PROMOTE_CHAMPION
                    ? "v" + selectedVersion + " is already the champion."
                    : "v" + selectedVersion + " is the champion; a champion cannot also be the challenger.");
        }
        if (action == RegistryAction.MAKE_CHALLENGER && aliases.contains(ModelRegistry.CHALLENGER)) {
            return ActionState.disabled("v" + selectedVersion + " is already the challenger.");
        }
        return action == RegistryAction.PROMOTE_CHAMPION
                ? ActionState.enabled("Makes v" + selectedVersion + " the champion"
                        + (m.champion() == null ? "." : " in place of v" + m.champion() + "."))
                : ActionState.enabled("Makes v" + selectedVersion + " the challenger"
                        + (m.challenger() == null ? "." : " in place of v" + m.challenger() + "."));
    }

    /** Why the version buttons cannot be pressed now, or empty when both can. */
    public String hint() {
        for (RegistryAction a : List.of(RegistryAction.PROMOTE_CHAMPION, RegistryAction.MAKE_CHALLENGER)) {
            ActionState s = state(a);
            if (!s.enabled()) {
                return s.why();
            }
        }
        return "";
    }

    /** The question the confirmation dialog asks, naming the versions involved; only for an enabled action. */
    public String confirmation(RegistryAction action) {
        ModelSummary m = snapshot.selectedSummary();
        String name = "'" + m.name() + "'";
        return switch (action) {
            case PROMOTE_CHAMPION -> "Make v" + selectedVersion + " the champion of " + name + "?\n\n"
                    + (m.champion() == null ? "The model has no champion now." : "v" + m.champion() + " stops being the champion.")
                    + (selectedVersion.equals(m.challenger()) ? " v" + selectedVersion + " stops being the challenger." : "")
                    + "\nRoll back champion undoes this.";
            case MAKE_CHALLENGER -> "Make v" + selectedVersion + " the challenger of " + name + "?\n\n"
                    + (m.challenger() == null ? "The model has no challenger now." : "v" + m.challenger()
                    + " stops being the challenger.") + " The champion stays v" + m.champion() + ".";
            case ROLL_BACK_CHAMPION -> "Roll back the champion of " + name + "?\n\nv" + m.champion()
                    + " stops being the champion; the alias goes back to the version that was champion before it.";
        };
    }

    /** What happened, in a sentence for the line under the buttons. */
    public static String outcome(AliasChange change) {
        String model = "'" + change.model() + "'";
        if (!change.changed()) {
            return "Nothing changed: the " + change.alias() + " of " + model + " is already v" + change.version() + ".";
        }
        return "The " + change.alias() + " of " + model + " is now v" + change.version()
                + (change.previous() == null ? "" : " (was v" + change.previous() + ")") + ".";
    }

    /** The in-line error for a refused or failed action; the store's message says what was wrong. */
    public static String failure(RegistryAction action, Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return action.label() + " failed: " + message;
    }

    private ModelVersion version(int v) {
        return snapshot.versions().stream().filter(x -> x.version() == v).findFirst().orElse(null);
    }
}
