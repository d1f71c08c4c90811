package io.pipewright.format;

/**
 * A class that records being initialised. Tests name it in a pipeline file and check that loading
 * the file never ran its static initialiser: the format layer must treat class names as plain text.
 */
public final class InstantiationTripwire {
    static {
        TripwireRecord.initialised = true;
    }

    private InstantiationTripwire() {
    }

    /** Kept apart from the tripwire so reading the flag does not itself initialise the tripwire. */
    static final class TripwireRecord {
        static volatile boolean initialised;

        private TripwireRecord() {
        }
    }
}
