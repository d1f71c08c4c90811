package io.pipewright.app;

import io.pipewright.exec.RunEvent;
import io.pipewright.exec.RunListener;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one adapter that moves run events from engine threads to the FX thread. Events keep their
 * order; progress events are coalesced so that only each node's latest progress is delivered, and
 * at most one delivery task is pending on the FX thread at a time, however fast the engine reports.
 */
public final class FxRunListener implements RunListener {
    private final Executor fxThread;
    private final Consumer<RunEvent> sink;
    private final Queue<RunEvent> pending = new ConcurrentLinkedQueue<>();
    private final Map<String, RunEvent.NodeProgress> latestProgress = new LinkedHashMap<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /**
     * @param fxThread runs a task on the FX thread ({@code Platform::runLater} in the app)
     * @param sink     receives each event on that thread
     */
    public FxRunListener(Executor fxThread, Consumer<RunEvent> sink) {
        this.fxThread = fxThread;
        this.sink = sink;
    }

    @Override
    public void onEvent(RunEvent event) {
        if (event instanceof RunEvent.NodeProgress progress) {
            synchronized (latestProgress) {
                latestProgress.put(progress.nodeId(), progress);
            }
        } else {
            pending.add(event);
        }
        if (scheduled.compareAndSet(false, true)) {
            fxThread.execute(this::drain);
        }
    }

    private void drain() {
        scheduled.set(false);
        Map<String, RunEvent.NodeProgress> progress;
        synchronized (latestProgress) {
            progress = new LinkedHashMap<>(latestProgress);
            latestProgress.clear();
        }
        RunEvent event;
        while ((event = pending.poll()) != null) {
            if (event instanceof RunEvent.RunFinished) {
                progress.values().forEach(sink);
                progress.clear();
            }
            sink.accept(event);
        }
        progress.values().forEach(sink);
    }
}
