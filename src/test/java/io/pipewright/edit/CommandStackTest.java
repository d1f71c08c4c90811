package io.pipewright.edit;

import io.pipewright.graph.Edge;
import io.pipewright.graph.Layout;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandStackTest {
    /** load -> split -> train, with positions; toy types, since commands never look at the catalog. */
    static Pipeline chain() {
        return new Pipeline("Chain", List.of(
                NodeInstance.of("load", "ingest.csv", Map.of("path", "iris.csv")),
                NodeInstance.of("split", "prep.split", Map.of("trainPercent", 66)),
                NodeInstance.of("train", "train.weka-classifier", Map.of())),
                List.of(Edge.of("load:data", "split:data"), Edge.of("split:train", "train:data")),
                new Layout(Map.of("load", new Point(40, 40), "split", new Point(240, 40), "train", new Point(440, 40))),
                Map.of("description", "kept"));
    }

    static Stream<PipelineCommand> everyKindOfCommand() {
        Pipeline copy = Fragments.of(chain(), Set.of("load", "split"));
        return Stream.of(
                new AddNodeCommand(NodeInstance.of("cv", "evaluate.cross-validation", Map.of("folds", 5)), new Point(1, 2)),
                new RemoveCommand(Set.of("split"), Set.of()),
                new RemoveCommand(Set.of("load"), Set.of(Edge.of("split:train", "train:data"))),
                new ConnectCommand(Edge.of("split:test", "train:other")),
                new DisconnectCommand(Edge.of("load:data", "split:data")),
                MoveNodesCommand.of(Map.of("load", new Point(0, 0), "train", new Point(900, 300))),
                new SetParamCommand("split", "trainPercent", 80),
                new RenameNodeCommand("split", "divide"),
                PasteCommand.of(chain(), copy),
                LayeredLayout.command(chain(), id -> new NodeSize(176, 80)));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfCommand")
    void undoRestoresTheExactPipelineAndRedoTheExactEdit(PipelineCommand command) {
        Pipeline before = chain();
        CommandStack stack = new CommandStack(before);
        Pipeline after = stack.execute(command);
        assertThat(after).isNotEqualTo(before);

        assertThat(stack.undo()).isEqualTo(before);
        assertThat(stack.redo()).isEqualTo(after).isEqualTo(command.applyTo(before));
    }

    @Test
    void hundredAndFiftyEditsUndoBackToTheStart() {
        Pipeline start = chain();
        CommandStack stack = new CommandStack(start);
        for (int i = 0; i < 150; i++) {
            stack.execute(MoveNodesCommand.of(Map.of("load", new Point(i, 2 * i))));
        }
        int undone = 0;
        while (stack.canUndo()) {
            stack.undo();
            undone++;
        }
        assertThat(undone).isEqualTo(150);
        assertThat(stack.current()).isEqualTo(start);
    }

    @Test
    void theOldestEditsFallOffBeyondTheLimit() {
        CommandStack stack = new CommandStack(chain());
        for (int i = 0; i < CommandStack.LIMIT + 50; i++) {
            stack.execute(MoveNodesCommand.of(Map.of("load", new Point(i, 0))));
        }
        assertThat(stack.undoDepth()).isEqualTo(CommandStack.LIMIT);
        assertThat(stack.dirty()).isTrue();
    }

    @Test
    void dirtyFlagFollowsTheSavePointThroughUndoAndRedo() {
        CommandStack stack = new CommandStack(chain());
        stack.markSaved();
        assertThat(stack.dirty()).isFalse();
        stack.execute(new SetParamCommand("split", "trainPercent", 70));
        stack.execute(MoveNodesCommand.of(Map.of("load", new Point(5, 5))));
        assertThat(stack.dirty()).isTrue();
        stack.markSaved();
        stack.undo();
        assertThat(stack.dirty()).isTrue();
        stack.redo();
        assertThat(stack.dirty()).isFalse();
    }

    @Test
    void aNewEditAfterUndoingPastTheSavePointLosesIt() {
        CommandStack stack = new CommandStack(chain());
        stack.execute(MoveNodesCommand.of(Map.of("load", new Point(5, 5))));
        stack.markSaved();
        stack.undo();
        stack.execute(MoveNodesCommand.of(Map.of("load", new Point(9, 9))));
        stack.undo();
        assertThat(stack.canRedo()).isTrue();
        assertThat(stack.dirty()).isTrue();
    }

    @Test
    void typingIntoOneParameterIsOneUndoStep() {
        AtomicLong now = new AtomicLong(1000);
        Pipeline start = chain();
        CommandStack stack = new CommandStack(start, now::get);
        for (int value : new int[] {7, 75, 76}) {
            stack.execute(new SetParamCommand("split", "trainPercent", value));
            now.addAndGet(300);
        }
        assertThat(stack.undoDepth()).isEqualTo(1);
        assertThat(stack.undoDescription()).contains("Set split.trainPercent");
        assertThat(stack.undo()).isEqualTo(start);
    }

    @Test
    void parameterChangesFarApartInTimeStayTwoSteps() {
        AtomicLong now = new AtomicLong(1000);
        CommandStack stack = new CommandStack(chain(), now::get);
        stack.execute(new SetParamCommand("split", "trainPercent", 70));
        now.addAndGet(CommandStack.MERGE_WINDOW_MILLIS + 1);
        stack.execute(new SetParamCommand("split", "trainPercent", 80));
        assertThat(stack.undoDepth()).isEqualTo(2);
    }

    @Test
    void aParameterChangeIsNotMergedIntoTheSavedState() {
        CommandStack stack = new CommandStack(chain(), () -> 0L);
        stack.execute(new SetParamCommand("split", "trainPercent", 70));
        stack.markSaved();
        stack.execute(new SetParamCommand("split", "trainPercent", 80));
        assertThat(stack.undoDepth()).isEqualTo(2);
        stack.undo();
        assertThat(stack.dirty()).isFalse();
    }

    @Test
    void typingBackToTheOriginalValueLeavesNothingToUndo() {
        CommandStack stack = new CommandStack(chain(), () -> 0L);
        stack.markSaved();
        stack.execute(new SetParamCommand("split", "trainPercent", 6));
        stack.execute(new SetParamCommand("split", "trainPercent", 66));
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.dirty()).isFalse();
    }

    @Test
    void twoDragsOfTheSameNodeAreTwoUndoSteps() {
        CommandStack stack = new CommandStack(chain(), () -> 0L);
        stack.execute(MoveNodesCommand.of(Map.of("load", new Point(1, 1))));
        stack.execute(MoveNodesCommand.of(Map.of("load", new Point(2, 2))));
        assertThat(stack.undoDepth()).isEqualTo(2);
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        CommandStack stack = new CommandStack(chain());
        stack.execute(MoveNodesCommand.of(Map.of("load", new Point(40, 40))));
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.dirty()).isFalse();
    }

    @Test
    void aRefusedCommandChangesNothing() {
        Pipeline start = chain();
        CommandStack stack = new CommandStack(start);
        assertThatThrownBy(() -> stack.execute(new ConnectCommand(Edge.of("load:data", "split:data"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already wired");
        assertThat(stack.current()).isSameAs(start);
        assertThat(stack.canUndo()).isFalse();
    }

    @Test
    void aCommandMayNotExecuteAnotherCommand() {
        CommandStack stack = new CommandStack(chain());
        PipelineCommand nested = new PipelineCommand() {
            @Override
            public String description() {
                return "nested";
            }

            @Override
            public Pipeline applyTo(Pipeline p) {
                return stack.execute(new SetParamCommand("split", "trainPercent", 1));
            }
        };
        assertThatThrownBy(() -> stack.execute(nested)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("may not execute another command");
    }

    @Test
    void renamingANodeCarriesItsWiresAndPosition() {
        Pipeline renamed = new RenameNodeCommand("split", "divide").applyTo(chain());
        assertThat(renamed.nodes()).extracting(NodeInstance::id).containsExactly("load", "divide", "train");
        assertThat(renamed.edges()).containsExactly(Edge.of("load:data", "divide:data"), Edge.of("divide:train", "train:data"));
        assertThat(renamed.layout().positionOf("divide")).contains(new Point(240, 40));
    }

    @Test
    void renamingToATakenIdIsRefused() {
        assertThat(RenameNodeCommand.refusal(chain(), "split", "train")).contains("already");
        assertThat(RenameNodeCommand.refusal(chain(), "split", "a:b")).contains("':'");
    }
}
