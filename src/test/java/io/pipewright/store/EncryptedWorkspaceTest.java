package io.pipewright.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncryptedWorkspaceTest {
    @TempDir
    Path dir;

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    private long createWithOneRun() {
        try (Workspace ws = Workspace.open(dir, WorkspaceOptions.encrypted(PASSWORD))) {
            assertThat(ws.encrypted()).isTrue();
            return ws.runs().record(StoreFixtures.start("Secret", StoreFixtures.pipeline("iris", 5), dir),
                    StoreFixtures.result(Instant.parse("2025-01-01T00:00:00Z"), 0.97, "SECRET MODEL CONTENT"));
        }
    }

    @Test
    void rightPasswordOpensIt() {
        long id = createWithOneRun();
        try (Workspace ws = Workspace.open(dir, WorkspaceOptions.withPassword(PASSWORD))) {
            assertThat(ws.runs().require(id).metrics().get("cv")).containsEntry("accuracy", 0.97);
        }
    }

    @Test
    void databaseFileHoldsNoPlainText() throws Exception {
        createWithOneRun();
        String bytes = new String(Files.readAllBytes(dir.resolve(Workspace.DATABASE_FILE)), StandardCharsets.ISO_8859_1);
        assertThat(bytes).startsWith("H2encrypt").doesNotContain("Secret").doesNotContain("accuracy");
    }

    @Test
    void wrongPasswordGivesAClearMessageAndLeavesTheFileAsItWas() throws Exception {
        long id = createWithOneRun();
        byte[] before = Files.readAllBytes(dir.resolve(Workspace.DATABASE_FILE));
        assertThatThrownBy(() -> Workspace.open(dir, WorkspaceOptions.withPassword("wrong".toCharArray())))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("wrong password for the encrypted workspace " + dir.toAbsolutePath()
                        + ": check PIPEWRIGHT_PASSWORD or --password (the workspace was not changed)");
        assertThat(Files.readAllBytes(dir.resolve(Workspace.DATABASE_FILE))).isEqualTo(before);
        try (Workspace ws = Workspace.open(dir, WorkspaceOptions.withPassword(PASSWORD))) {
            assertThat(ws.runs().require(id).status()).isEqualTo("succeeded");
        }
    }

    @Test
    void noPasswordSaysHowToGiveOne() {
        createWithOneRun();
        assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(WorkspaceException.class)
                .hasMessage("the workspace " + dir.toAbsolutePath() + " is encrypted: set PIPEWRIGHT_PASSWORD or pass --password");
    }

    @Test
    void artifactsAreEncryptedOnDiskAndExportDecrypts() throws Exception {
        long id = createWithOneRun();
        try (Workspace ws = Workspace.open(dir, WorkspaceOptions.withPassword(PASSWORD))) {
            StoredArtifact art = ws.runs().require(id).artifacts().get(0);
            assertThat(art.encrypted()).isTrue();
            assertThat(art.fileName()).endsWith(".model.enc");
            byte[] onDisk = Files.readAllBytes(ws.artifacts().folder().resolve(art.fileName()));
            assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("SECRET");
            Path out = dir.resolve("exported.model");
            ws.artifacts().export(art.id(), out);
            assertThat(Files.readString(out)).isEqualTo("SECRET MODEL CONTENT");
        }
    }

    @Test
    void changedEncryptedArtifactIsRefused() throws Exception {
        long id = createWithOneRun();
        try (Workspace ws = Workspace.open(dir, WorkspaceOptions.withPassword(PASSWORD))) {
            StoredArtifact art = ws.runs().require(id).artifacts().get(0);
            Path file = ws.artifacts().folder().resolve(art.fileName());
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length - 1] ^= 1;
            Files.write(file, bytes);
            assertThatThrownBy(() -> ws.artifacts().export(art.id(), dir.resolve("x.model")))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("exporting artifact " + art.id());
        }
    }

    @Test
    void encryptOnAnExistingPlainWorkspaceIsRefused() {
        Workspace.open(dir).close();
        assertThatThrownBy(() -> Workspace.open(dir, WorkspaceOptions.encrypted(PASSWORD)))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("already exists and is not encrypted");
    }
}
