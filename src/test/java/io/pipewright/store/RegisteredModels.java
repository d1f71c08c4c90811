package io.pipewright.store;

import java.nio.file.Path;

/** For tests outside the store: a model registered from recorded runs, as {@link ModelFixtures} records them. */
public final class RegisteredModels {
    private RegisteredModels() {
    }

    /** Records one run per accuracy, each registering a different model file as the next version of {@code name}. */
    public static void record(Workspace ws, Path dir, String name, double... accuracies) {
        for (int i = 0; i < accuracies.length; i++) {
            ModelFixtures.recordRegisteringRun(ws, dir, name, name + " model " + (i + 1), accuracies[i]);
        }
    }
}
