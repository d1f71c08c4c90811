package io.pipewright.store;

import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineRevisionsTest {
    @TempDir
    Path dir;

    @Test
    void everySaveIsANewNumberedRevisionThatOpensAgain() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.projects().create("P", "demo");
            Revision r1 = ws.revisions().save("P", StoreFixtures.pipeline("iris", 5), "first");
            Revision r2 = ws.revisions().save("P", StoreFixtures.pipeline("iris", 5), "same content, still saved");
            assertThat(r1.revision()).isEqualTo(1);
            assertThat(r2.revision()).isEqualTo(2);
            assertThat(r2.sha256()).isEqualTo(r1.sha256()).isEqualTo(PipelineRevisions.sha256(
                    new PipelineWriter().write(StoreFixtures.pipeline("iris", 5))));
            Pipeline reopened = ws.revisions().open(ws.revisions().get("P", "iris", 1));
            assertThat(reopened).isEqualTo(StoreFixtures.pipeline("iris", 5));
            assertThat(ws.revisions().get("P", "iris", null).message()).isEqualTo("same content, still saved");
            assertThat(ws.revisions().pipelines("P")).containsExactly("iris");
        }
    }

    @Test
    void twoRevisionsDiffAtParameterLevel() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.projects().create("P", "");
            ws.revisions().save("P", StoreFixtures.pipeline("iris", 5), "a");
            ws.revisions().save("P", StoreFixtures.pipeline("iris", 10), "b");
            assertThat(ws.revisions().diff("P", "iris", 1, 2).lines()).containsExactly("~ param cv.folds: 5 -> 10");
        }
    }

    @Test
    void unknownProjectPipelineOrRevisionNamesWhatExists() {
        try (Workspace ws = Workspace.open(dir)) {
            ws.projects().create("P", "");
            ws.revisions().save("P", StoreFixtures.pipeline("iris", 5), "a");
            assertThatThrownBy(() -> ws.revisions().save("Q", StoreFixtures.pipeline("iris", 5), "a"))
                    .hasMessageContaining("no project 'Q'").hasMessageContaining("its projects: P");
            assertThatThrownBy(() -> ws.revisions().get("P", "glass", null))
                    .hasMessageContaining("no pipeline 'glass' in project 'P'; its pipelines: iris");
            assertThatThrownBy(() -> ws.revisions().get("P", "iris", 4))
                    .hasMessageContaining("P/iris has no revision 4; its revisions are 1 to 1");
        }
    }

    @Test
    void projectNamesWithSlashOrDuplicatesAreRefused() {
        try (Workspace ws = Workspace.open(dir)) {
            assertThatThrownBy(() -> ws.projects().create("a/b", "")).hasMessageContaining("no '/'");
            ws.projects().create("A", "");
            assertThatThrownBy(() -> ws.projects().create("A", "")).hasMessageContaining("already exists");
            assertThat(ws.projects().list()).extracting(s -> s.project().name()).containsExactly("A");
        }
    }
}
