package io.pipewright.app;

import io.pipewright.graph.Pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Undo and redo over pipeline snapshots. A {@link Pipeline} is immutable, so each edit's "before" is
 * simply the previous instance; the saved position tells whether the document is dirty.
 */
final class EditHistory {
    static final int LIMIT = 200;

    private final List<Pipeline> states = new ArrayList<>();
    private int index;
    private int savedIndex;

    EditHistory(Pipeline initial) {
        states.add(initial);
    }

    Pipeline current() {
        return states.get(index);
    }

    void push(Pipeline next) {
        states.subList(index + 1, states.size()).clear();
        if (savedIndex > index) {
            savedIndex = -1;
        }
        states.add(next);
        index++;
        if (states.size() > LIMIT + 1) {
            states.remove(0);
            index--;
            savedIndex--;
        }
    }

    boolean canUndo() {
        return index > 0;
    }

    boolean canRedo() {
        return index < states.size() - 1;
    }

    Pipeline undo() {
        if (canUndo()) {
            index--;
        }
        return current();
    }

    Pipeline redo() {
        if (canRedo()) {
            index++;
        }
        return current();
    }

    void markSaved() {
        savedIndex = index;
    }

    boolean dirty() {
        return index != savedIndex;
    }
}
