package io.pipewright.app.models;

/** Whether a button of the Models view can be pressed, and a sentence saying what it would do or why it cannot. */
public record ActionState(boolean enabled, String why) {
    static ActionState enabled(String what) {
        return new ActionState(true, what);
    }

    static ActionState disabled(String why) {
        return new ActionState(false, why);
    }
}
