package io.pipewright.app.project;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Decides when the open document goes to the recovery slot: while it is dirty, at most once per
 * interval (a minute in the app), counted from when it became dirty or was last written. The app
 * polls it from a timer; tests drive it with a clock they advance.
 */
public final class Autosaver {
    private final RecoverySlot slot;
    private final Clock clock;
    private final Duration interval;
    private final Executor io;
    private Instant due;
    private String lastWritten;

    /**
     * @param io where the slot is written and cleared (the app's background thread; {@code Runnable::run} in tests)
     */
    public Autosaver(RecoverySlot slot, Clock clock, Duration interval, Executor io) {
        this.slot = slot;
        this.clock = clock;
        this.interval = interval;
        this.io = io;
    }

    /**
     * Writes the document's state to the slot when it is dirty and the interval has passed.
     *
     * @param state builds the state to write, given the time of writing
     * @return whether the slot was written
     */
    public boolean poll(boolean dirty, Function<Instant, RecoveryState> state) {
        Instant now = clock.instant();
        if (!dirty) {
            due = null;
            return false;
        }
        if (due == null) {
            due = now.plus(interval);
            return false;
        }
        if (now.isBefore(due)) {
            return false;
        }
        due = now.plus(interval);
        RecoveryState next = state.apply(now);
        if (next.pipelineJson().equals(lastWritten)) {
            return false;
        }
        io.execute(() -> slot.write(next));
        lastWritten = next.pipelineJson();
        return true;
    }

    /** The document was saved (or closed cleanly): its state needs no recovery. */
    public void saved() {
        due = null;
        lastWritten = null;
        io.execute(slot::clear);
    }

    /**
     * Whether a state found in the slot at start is worth offering: it was written after the last save
     * of the document it belongs to ({@code lastSaved} null: never saved).
     */
    public static boolean worthRecovering(RecoveryState found, Instant lastSaved) {
        return lastSaved == null || found.writtenAt().isAfter(lastSaved);
    }
}
