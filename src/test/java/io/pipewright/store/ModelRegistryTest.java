package io.pipewright.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelRegistryTest {
    @TempDir
    Path dir;

    private Workspace open() {
        return Workspace.open(dir.resolve("ws"));
    }

    private static String read(Workspace ws, ModelVersion v) throws Exception {
        try (InputStream in = ws.models().open(v)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void runRequestBecomesVersionOneAndChampionWithLineageAndMetrics() throws Exception {
        try (Workspace ws = open()) {
            long run = ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.81);
            List<ModelVersion> versions = ws.models().versions("churn");
            assertThat(versions).hasSize(1);
            ModelVersion v1 = versions.get(0);
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v1.aliases()).containsExactly(ModelRegistry.CHAMPION);
            assertThat(v1.runId()).isEqualTo(run);
            assertThat(v1.nodeId()).isEqualTo("policy");
            assertThat(v1.revisionId()).isEqualTo(ws.runs().require(run).revisionId()).isNotNull();
            assertThat(v1.data()).singleElement().satisfies(f -> {
                assertThat(f.nodeId()).isEqualTo("load");
                assertThat(f.path()).endsWith("data.csv");
                assertThat(f.rows()).isEqualTo(120L);
            });
            assertThat(v1.metrics()).containsEntry("perf", java.util.Map.of("accuracy", 0.81));
            assertThat(v1.reason()).isEqualTo("dataset drift");
            assertThat(read(ws, v1)).isEqualTo("model A");
            assertThat(ws.models().list(null)).singleElement().satisfies(m -> {
                assertThat(m.name()).isEqualTo("churn");
                assertThat(m.project()).isEqualTo("Churn");
                assertThat(m.versions()).isEqualTo(1);
                assertThat(m.champion()).isEqualTo(1);
                assertThat(m.challenger()).isNull();
            });
            assertThat(ws.audit().recent(20)).extracting(AuditEvent::action).contains("model.registered", "model.promoted");
        }
    }

    @Test
    void sameModelBytesAreNotRegisteredTwice() {
        try (Workspace ws = open()) {
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.81);
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.80);
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model B", 0.70);
            assertThat(ws.models().versions("churn")).extracting(ModelVersion::version).containsExactly(1, 2);
            assertThat(ws.models().byAlias("churn", "champion")).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(1));
        }
    }

    @Test
    void promoteMovesTheAliasAndIsAudited() {
        try (Workspace ws = open()) {
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.81);
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model B", 0.85);
            AliasChange change = ws.models().promote("churn", 2, "champion");
            assertThat(change).isEqualTo(new AliasChange("churn", "champion", 2, 1, true));
            assertThat(ws.models().byAlias("churn", "champion").orElseThrow().version()).isEqualTo(2);
            AuditEvent last = ws.audit().recent(1).get(0);
            assertThat(last.action()).isEqualTo("model.promoted");
            assertThat(last.object()).isEqualTo("model churn");
            assertThat(last.details()).contains("\"version\":2").contains("\"previous\":1");
            assertThat(ws.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void promotingTheSameVersionAgainChangesNothing() {
        try (Workspace ws = open()) {
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.81);
            long entries = ws.audit().recent(1000).size();
            assertThat(ws.models().promote("churn", 1, "champion").changed()).isFalse();
            assertThat(ws.audit().recent(1000)).hasSize((int) entries);
        }
    }

    @Test
    void challengerPromotedToChampionLeavesTheChallengerAliasEmpty() {
        try (Workspace ws = open()) {
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.81);
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model B", 0.85);
            ws.models().promote("churn", 2, "challenger");
            assertThat(ws.models().list(null).get(0).challenger()).isEqualTo(2);
            ws.models().promote("churn", 2, "champion");
            assertThat(ws.models().byAlias("churn", "challenger")).isEmpty();
            assertThat(ws.models().version("churn", 2).aliases()).containsExactly("champion");
        }
    }

    @Test
    void championCannotAlsoBeChallenger() {
        try (Workspace ws = open()) {
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.81);
            assertThatThrownBy(() -> ws.models().promote("churn", 1, "challenger"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("is the champion");
        }
    }

    @Test
    void rollbackGivesTheChampionBackOneStepAtATime() {
        try (Workspace ws = open()) {
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.81);
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model B", 0.85);
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model C", 0.86);
            ws.models().promote("churn", 2, "champion");
            ws.models().promote("churn", 3, "champion");
            assertThat(ws.models().rollback("churn")).isEqualTo(new AliasChange("churn", "champion", 2, 3, true));
            assertThat(ws.audit().recent(1).get(0).action()).isEqualTo("model.rolled-back");
            assertThat(ws.models().rollback("churn").version()).isEqualTo(1);
            assertThatThrownBy(() -> ws.models().rollback("churn")).isInstanceOf(WorkspaceException.class)
                    .hasMessage("model 'churn' has no earlier champion to roll back to (version 1 is its first champion)");
            assertThat(ws.models().byAlias("churn", "champion").orElseThrow().version()).isEqualTo(1);
        }
    }

    @Test
    void registryAndAliasesSurviveReopening() throws Exception {
        try (Workspace ws = open()) {
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.81);
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model B", 0.85);
            ws.models().promote("churn", 2, "champion");
        }
        try (Workspace ws = open()) {
            ModelVersion champion = ws.models().byAlias("churn", "champion").orElseThrow();
            assertThat(champion.version()).isEqualTo(2);
            assertThat(read(ws, champion)).isEqualTo("model B");
            assertThat(ws.models().rollback("churn").version()).isEqualTo(1);
        }
    }

    @Test
    void unknownModelVersionOrAliasIsNamed() {
        try (Workspace ws = open()) {
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.81);
            assertThatThrownBy(() -> ws.models().versions("demand")).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("no model 'demand'").hasMessageContaining("its models: churn")
                    .extracting(e -> ((WorkspaceException) e).kind()).isEqualTo(WorkspaceException.Kind.NOT_FOUND);
            assertThatThrownBy(() -> ws.models().promote("churn", 4, "champion"))
                    .hasMessage("model 'churn' has no version 4; its versions are 1 to 1");
            assertThatThrownBy(() -> ws.models().promote("churn", 1, "production"))
                    .hasMessage("unknown alias 'production'; use champion or challenger");
            assertThatThrownBy(() -> ws.models().list("Nope")).hasMessageContaining("no project 'Nope'");
        }
    }

    @Test
    void modelNotAvailableToStoreIsSkippedAndAudited() {
        try (Workspace ws = open()) {
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "model A", 0.81, false);
            assertThat(ws.models().list(null)).isEmpty();
            assertThat(ws.audit().recent(5)).extracting(AuditEvent::action).contains("model.registration-skipped");
        }
    }

    @Test
    void encryptedWorkspaceKeepsModelBytesEncryptedOnDisk() throws Exception {
        char[] password = "s3cret pass".toCharArray();
        Path wsDir = dir.resolve("enc");
        try (Workspace ws = Workspace.open(wsDir, WorkspaceOptions.encrypted(password))) {
            ModelFixtures.recordRegisteringRun(ws, dir, "churn", "PLAIN MODEL BYTES", 0.81);
            ModelVersion v1 = ws.models().version("churn", 1);
            assertThat(read(ws, v1)).isEqualTo("PLAIN MODEL BYTES");
            Path file = ws.artifacts().folder().resolve(ws.artifacts().get(v1.artifactId()).fileName());
            assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("PLAIN MODEL");
        }
    }

    @Test
    void registeringAnArtifactDirectlyAddsAVersion() {
        try (Workspace ws = open()) {
            long run = ws.runs().record(StoreFixtures.start("Iris", StoreFixtures.pipeline("iris", 5), dir),
                    StoreFixtures.result(java.time.Instant.parse("2025-01-01T00:00:00Z"), 0.9, "iris model"));
            long artifact = ws.artifacts().forRun(run).get(0).id();
            ModelVersion v = ws.models().register("iris", artifact, "from the CLI");
            assertThat(v.version()).isEqualTo(1);
            assertThat(v.metrics().get("cv")).containsEntry("accuracy", 0.9);
            assertThat(ws.models().list("Iris")).extracting(ModelSummary::name).containsExactly("iris");
        }
    }
}
