package io.pipewright.edit;

import io.pipewright.format.PipelineReader;
import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Edge;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Point;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PasteCommandTest {
    @Test
    void pastedNodesGetFreeIdsAndKeepOnlyTheirInternalWires() {
        Pipeline target = CommandStackTest.chain();
        Pipeline copied = Fragments.of(target, Set.of("split", "train"));

        Pipeline after = PasteCommand.of(target, copied).applyTo(target);

        assertThat(after.nodes()).extracting(NodeInstance::id).containsExactly("load", "split", "train", "split-2", "train-2");
        assertThat(after.edges()).contains(Edge.of("split-2:train", "train-2:data"))
                .noneMatch(e -> e.to().nodeId().equals("split-2"));
        assertThat(after.node("split-2").orElseThrow().params()).isEqualTo(target.node("split").orElseThrow().params());
    }

    @Test
    void pasteIsShiftedFromTheOriginalAndAgainFromAnEarlierPaste() {
        Pipeline target = CommandStackTest.chain();
        Pipeline copied = Fragments.of(target, Set.of("load"));
        Pipeline once = PasteCommand.of(target, copied).applyTo(target);
        Pipeline twice = PasteCommand.of(once, copied).applyTo(once);

        assertThat(once.layout().positionOf("load-2")).contains(new Point(80, 80));
        assertThat(twice.layout().positionOf("load-3")).contains(new Point(120, 120));
    }

    @Test
    void aCopyOfACopyCountsOnInsteadOfStackingSuffixes() {
        Pipeline target = PasteCommand.of(CommandStackTest.chain(), Fragments.of(CommandStackTest.chain(), Set.of("load")))
                .applyTo(CommandStackTest.chain());
        Pipeline after = PasteCommand.of(target, Fragments.of(target, Set.of("load-2"))).applyTo(target);
        assertThat(after.node("load-3")).isPresent();
    }

    @Test
    void aFragmentSurvivesTheClipboardAsPipelineJson() throws Exception {
        Pipeline copied = Fragments.of(CommandStackTest.chain(), Set.of("load", "split"));
        Pipeline read = new PipelineReader().read(new PipelineWriter().write(copied), "clipboard");
        assertThat(read.nodes()).isEqualTo(copied.nodes());
        assertThat(read.edges()).isEqualTo(copied.edges());
        assertThat(read.layout()).isEqualTo(copied.layout());
    }
}
