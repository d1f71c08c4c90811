package io.pipewright.app;

import io.pipewright.exec.NodeState;
import io.pipewright.exec.RunEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.assertj.core.api.Assertions.assertThat;

class FxRunListenerTest {
    private final Queue<Runnable> fxQueue = new ArrayDeque<>();
    private final List<RunEvent> delivered = new ArrayList<>();
    private final FxRunListener listener = new FxRunListener(fxQueue::add, delivered::add);

    @Test
    void burstOfProgressIsCoalescedToTheLatestPerNodeInOneTask() {
        for (int i = 1; i <= 100; i++) {
            listener.onEvent(new RunEvent.NodeProgress("r", "train", i / 100.0, "step " + i));
        }
        listener.onEvent(new RunEvent.NodeProgress("r", "cv", 0.3, null));

        assertThat(fxQueue).hasSize(1);
        fxQueue.poll().run();
        assertThat(delivered).extracting(e -> ((RunEvent.NodeProgress) e).fraction()).containsExactly(1.0, 0.3);
    }

    @Test
    void stateEventsKeepTheirOrderAndNothingIsDeliveredBeforeTheFxThreadRuns() {
        listener.onEvent(new RunEvent.NodeStateChanged("r", "load", NodeState.RUNNING, null));
        listener.onEvent(new RunEvent.NodeStateChanged("r", "load", NodeState.SUCCEEDED, null));

        assertThat(delivered).isEmpty();
        fxQueue.poll().run();
        assertThat(delivered).extracting(e -> ((RunEvent.NodeStateChanged) e).state())
                .containsExactly(NodeState.RUNNING, NodeState.SUCCEEDED);
    }
}
