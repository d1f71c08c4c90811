package io.pipewright.param;

/**
 * Records being initialised. A test names it as a Weka class and checks that refusing it never ran
 * its static initialiser: parameter binding looks at class names without initialising anything.
 */
public final class ParamTripwire {
    static {
        Record.initialised = true;
    }

    private ParamTripwire() {
    }

    /** Kept apart so reading the flag does not initialise the tripwire. */
    static final class Record {
        static volatile boolean initialised;

        private Record() {
        }
    }
}
