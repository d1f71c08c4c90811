package io.pipewright.app;

import io.pipewright.graph.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditHistoryTest {
    @Test
    void keepsTheLastTwoHundredEditsAndStaysDirtyOnceTheSavedStateIsDropped() {
        EditHistory history = new EditHistory(new Pipeline("p0", List.of(), List.of()));
        history.markSaved();
        for (int i = 1; i <= 250; i++) {
            history.push(new Pipeline("p" + i, List.of(), List.of()));
        }
        int undone = 0;
        while (history.canUndo()) {
            history.undo();
            undone++;
        }

        assertThat(undone).isEqualTo(EditHistory.LIMIT);
        assertThat(history.current().name()).isEqualTo("p50");
        assertThat(history.dirty()).isTrue();
    }
}
