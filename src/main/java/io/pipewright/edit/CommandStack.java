package io.pipewright.edit;

import io.pipewright.graph.Pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The document's edit history: executes commands, undoes and redoes them, and tells whether the
 * pipeline differs from the last save. Each entry keeps the pipeline before and after its command
 * (both immutable and sharing their unchanged nodes), so undo restores the exact earlier pipeline.
 * Not thread-safe: the app calls it on the FX thread.
 */
public final class CommandStack {
    /** Edits kept for undo; the oldest fall off beyond this. */
    public static final int LIMIT = 200;
    /** Changes of one parameter closer together than this merge into one undo step. */
    public static final long MERGE_WINDOW_MILLIS = 1500;

    private record Entry(PipelineCommand command, Pipeline before, Pipeline after, long at) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final LongSupplier clock;
    private Pipeline current;
    /** How many entries are applied: entries[0..applied) are undoable, the rest redoable. */
    private int applied;
    /** The value of {@link #applied} when the document was saved, or -1 when that state was lost. */
    private int savedAt;
    private boolean executing;

    public CommandStack(Pipeline initial) {
        this(initial, System::currentTimeMillis);
    }

    public CommandStack(Pipeline initial, LongSupplier clock) {
        this.current = initial;
        this.clock = clock;
    }

    public Pipeline current() {
        return current;
    }

    /**
     * Applies the command and records it; a command that changes nothing is not recorded.
     *
     * @return the pipeline after the command
     * @throws IllegalArgumentException from the command when it does not fit the pipeline; nothing changes
     * @throws IllegalStateException when called from inside another command
     */
    public Pipeline execute(PipelineCommand command) {
        if (executing) {
            throw new IllegalStateException("a command may not execute another command: " + command.description());
        }
        Pipeline after;
        executing = true;
        try {
            after = command.applyTo(current);
        } finally {
            executing = false;
        }
        if (after.equals(current)) {
            return current;
        }
        entries.subList(applied, entries.size()).clear();
        if (savedAt > applied) {
            savedAt = -1;
        }
        long now = clock.getAsLong();
        Optional<PipelineCommand> merged = mergeable(now).flatMap(top -> top.command.mergeWith(command));
        if (merged.isPresent()) {
            Entry top = entries.remove(applied - 1);
            if (after.equals(top.before)) {
                // The merged edit came back to where it started: nothing left to undo.
                applied--;
            } else {
                entries.add(new Entry(merged.get(), top.before, after, now));
            }
        } else {
            entries.add(new Entry(command, current, after, now));
            applied++;
            if (entries.size() > LIMIT) {
                entries.remove(0);
                applied--;
                savedAt = savedAt > 0 ? savedAt - 1 : -1;
            }
        }
        current = after;
        return current;
    }

    private Optional<Entry> mergeable(long now) {
        if (applied == 0 || applied == savedAt) {
            return Optional.empty();
        }
        Entry top = entries.get(applied - 1);
        return now - top.at <= MERGE_WINDOW_MILLIS ? Optional.of(top) : Optional.empty();
    }

    public boolean canUndo() {
        return applied > 0;
    }

    public boolean canRedo() {
        return applied < entries.size();
    }

    /** Undoes the last applied command; does nothing when there is none. */
    public Pipeline undo() {
        if (canUndo()) {
            applied--;
            current = entries.get(applied).before;
        }
        return current;
    }

    public Pipeline redo() {
        if (canRedo()) {
            current = entries.get(applied).after;
            applied++;
        }
        return current;
    }

    /** What Undo would undo, e.g. "Move 3 nodes". */
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(entries.get(applied - 1).command.description()) : Optional.empty();
    }

    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(entries.get(applied).command.description()) : Optional.empty();
    }

    /** The pipeline as it is now is what was saved. */
    public void markSaved() {
        savedAt = applied;
    }

    /** True when the pipeline differs from the last save (or was never saved and has edits). */
    public boolean dirty() {
        return applied != savedAt;
    }

    /** How many steps can be undone now. */
    public int undoDepth() {
        return applied;
    }
}
