package io.pipewright.app.models;

import io.pipewright.store.AliasChange;
import io.pipewright.store.InputFingerprint;
import io.pipewright.store.ModelSummary;
import io.pipewright.store.ModelVersion;
import io.pipewright.store.RegisteredModels;
import io.pipewright.store.Workspace;
import io.pipewright.store.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The toolkit-free state of the Models view. */
class ModelsViewModelTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:30:00Z");

    @TempDir
    Path dir;

    private static ModelVersion version(int v, List<String> aliases) {
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("perf", Map.of("accuracy", 0.8 + v / 100.0));
        return new ModelVersion(v, "churn", v, 10 + v, "ab".repeat(32), 100L + v, "policy", 7L,
                List.of(new InputFingerprint("load", "path", "/data/batches/batch-0" + v + ".csv", "3f2a9c01" + "0".repeat(56),
                        120L, 9)), metrics, "dataset drift", "ana", T0.plusSeconds(v * 3600L), aliases);
    }

    /** churn with versions 1..3; champion and challenger as given (null: unset). */
    private static ModelsViewModel churn(Integer champion, Integer challenger) {
        List<ModelVersion> versions = new ArrayList<>();
        for (int v = 1; v <= 3; v++) {
            List<String> aliases = new ArrayList<>();
            if (Integer.valueOf(v).equals(champion)) {
                aliases.add("champion");
            }
            if (Integer.valueOf(v).equals(challenger)) {
                aliases.add("challenger");
            }
            versions.add(version(v, aliases));
        }
        ModelSummary summary = new ModelSummary(1, "churn", "Churn", 3, 3, champion, challenger, T0, T0);
        ModelsViewModel vm = new ModelsViewModel();
        vm.show(new ModelsSnapshot(List.of(summary), "churn", versions));
        return vm;
    }

    @Test
    void versionRowsAreNewestFirstWithShortLineage() {
        List<VersionRow> rows = churn(1, null).versionRows();

        assertThat(rows).extracting(VersionRow::version).containsExactly(3, 2, 1);
        VersionRow v1 = rows.get(2);
        assertThat(v1.created()).isEqualTo("2026-03-01 10:30");
        assertThat(v1.run()).isEqualTo("#101");
        assertThat(v1.revision()).isEqualTo("#7");
        assertThat(v1.metrics()).isEqualTo("accuracy 0.8100");
        assertThat(v1.data()).isEqualTo("batch-01.csv 3f2a9c01");
        assertThat(v1.dataDetail()).contains("/data/batches/batch-01.csv", "120 rows", "9 columns");
        assertThat(v1.aliases()).containsExactly("champion");
    }

    @Test
    void metricsOfSeveralNodesNameTheirNode() {
        Map<String, Map<String, Double>> metrics = new LinkedHashMap<>();
        metrics.put("cv", Map.of("accuracy", 0.79));
        metrics.put("perf", Map.of("accuracy", 0.8));

        assertThat(VersionRow.metrics(metrics, false)).isEqualTo("cv.accuracy 0.7900, perf.accuracy 0.8000");
    }

    @Test
    void modelRowsShowAliasVersionsAndADashWhenUnset() {
        assertThat(churn(2, null).modelRows()).containsExactly(new ModelListRow("churn", "Churn", 3, "v2", "\u2014"));
    }

    @Test
    void versionButtonsWaitForASelectedVersion() {
        ModelsViewModel vm = churn(1, null);

        assertThat(vm.state(RegistryAction.PROMOTE_CHAMPION).enabled()).isFalse();
        assertThat(vm.state(RegistryAction.MAKE_CHALLENGER).enabled()).isFalse();
        assertThat(vm.hint()).isEqualTo("Select a version to promote it or make it the challenger.");
    }

    @Test
    void theChampionCanBeNeitherPromotedNorMadeChallenger() {
        ModelsViewModel vm = churn(1, null);
        vm.selectVersion(1);

        assertThat(vm.state(RegistryAction.PROMOTE_CHAMPION)).isEqualTo(ActionState.disabled("v1 is already the champion."));
        assertThat(vm.state(RegistryAction.MAKE_CHALLENGER).why()).contains("cannot also be the challenger");
    }

    @Test
    void anotherVersionCanBePromotedInPlaceOfTheChampion() {
        ModelsViewModel vm = churn(1, null);
        vm.selectVersion(2);

        assertThat(vm.state(RegistryAction.PROMOTE_CHAMPION)).isEqualTo(ActionState.enabled("Makes v2 the champion in place of v1."));
        assertThat(vm.state(RegistryAction.MAKE_CHALLENGER).enabled()).isTrue();
        assertThat(vm.hint()).isEmpty();
    }

    @Test
    void theChallengerCannotBeMadeChallengerAgain() {
        ModelsViewModel vm = churn(1, 3);
        vm.selectVersion(3);

        assertThat(vm.state(RegistryAction.MAKE_CHALLENGER)).isEqualTo(ActionState.disabled("v3 is already the challenger."));
        assertThat(vm.state(RegistryAction.PROMOTE_CHAMPION).enabled()).isTrue();
    }

    @Test
    void rollbackNeedsAChampionAndAnEarlierVersion() {
        ModelSummary single = new ModelSummary(1, "churn", null, 1, 1, 1, null, T0, T0);
        ModelsViewModel vm = new ModelsViewModel();
        vm.show(new ModelsSnapshot(List.of(single), "churn", List.of(version(1, List.of("champion")))));

        assertThat(vm.state(RegistryAction.ROLL_BACK_CHAMPION).enabled()).isFalse();
        assertThat(vm.state(RegistryAction.ROLL_BACK_CHAMPION).why()).contains("one version only");
        assertThat(churn(null, null).state(RegistryAction.ROLL_BACK_CHAMPION).why()).contains("no champion");
        assertThat(churn(2, null).state(RegistryAction.ROLL_BACK_CHAMPION).enabled()).isTrue();
    }

    @Test
    void noModelDisablesEverythingAndSaysHowModelsArrive() {
        ModelsViewModel vm = new ModelsViewModel();
        vm.show(ModelsSnapshot.EMPTY);

        for (RegistryAction a : RegistryAction.values()) {
            assertThat(vm.state(a).enabled()).as(a.name()).isFalse();
        }
        assertThat(vm.heading()).contains("monitor.retrain-policy");
    }

    @Test
    void promoteConfirmationNamesTheNewAndTheOutgoingChampionAndTheChallengerItReplaces() {
        ModelsViewModel vm = churn(1, 2);
        vm.selectVersion(2);

        assertThat(vm.confirmation(RegistryAction.PROMOTE_CHAMPION)).startsWith("Make v2 the champion of 'churn'?")
                .contains("v1 stops being the champion.").contains("v2 stops being the challenger.");
    }

    @Test
    void rollbackConfirmationNamesTheCurrentChampion() {
        assertThat(churn(3, null).confirmation(RegistryAction.ROLL_BACK_CHAMPION)).contains("v3 stops being the champion");
    }

    @Test
    void selectionSurvivesAReloadOfTheSameModelButNotAnotherModel() {
        ModelsViewModel vm = churn(1, null);
        vm.selectVersion(2);
        vm.show(churn(2, null).snapshot());
        assertThat(vm.selectedVersion()).isEqualTo(2);

        ModelSummary other = new ModelSummary(2, "fraud", null, 1, 1, 1, null, T0, T0);
        vm.show(new ModelsSnapshot(List.of(other), "fraud", List.of(version(1, List.of("champion")))));
        assertThat(vm.selectedVersion()).isNull();
    }

    @Test
    void outcomeSaysWhatChangedOrThatNothingDid() {
        assertThat(ModelsViewModel.outcome(new AliasChange("churn", "champion", 2, 1, true)))
                .isEqualTo("The champion of 'churn' is now v2 (was v1).");
        assertThat(ModelsViewModel.outcome(new AliasChange("churn", "champion", 2, 2, false)))
                .isEqualTo("Nothing changed: the champion of 'churn' is already v2.");
    }

    @Test
    void aRefusedRollbackReportsTheRegistrysReason() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            RegisteredModels.record(ws, dir, "churn", 0.81, 0.85);
            String error;
            try {
                RegistryAction.ROLL_BACK_CHAMPION.perform(ws.models(), "churn", null);
                error = null;
            } catch (WorkspaceException e) {
                error = ModelsViewModel.failure(RegistryAction.ROLL_BACK_CHAMPION, e);
            }
            assertThat(error).startsWith("Roll back champion failed: model 'churn' has no earlier champion to roll back to");
        }
    }

    @Test
    void snapshotKeepsThePreferredModelAndFallsBackToTheFirst() {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            RegisteredModels.record(ws, dir, "churn", 0.81, 0.85, 0.86);
            RegisteredModels.record(ws, dir, "attrition", 0.7);

            assertThat(ModelsSnapshot.load(ws, "churn").versions()).hasSize(3);
            ModelsSnapshot fallback = ModelsSnapshot.load(ws, "gone");
            assertThat(fallback.selected()).isEqualTo("attrition");
            assertThat(fallback.versions()).hasSize(1);
        }
    }
}
