package io.pipewright.store;

import java.util.Arrays;

/**
 * How to open a workspace. {@code password} opens an encrypted workspace (it is ignored for a plain
 * one); {@code encryptNew} makes a workspace created by this open encrypted with that password.
 */
public record WorkspaceOptions(char[] password, boolean encryptNew) {
    public static final WorkspaceOptions DEFAULT = new WorkspaceOptions(null, false);

    public static WorkspaceOptions withPassword(char[] password) {
        return new WorkspaceOptions(password, false);
    }

    public static WorkspaceOptions encrypted(char[] password) {
        return new WorkspaceOptions(password, true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkspaceOptions w && Arrays.equals(password, w.password) && encryptNew == w.encryptNew;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(password) * 31 + Boolean.hashCode(encryptNew);
    }

    @Override
    public String toString() {
        return "WorkspaceOptions[password=" + (password == null ? "none" : "****") + ", encryptNew=" + encryptNew + "]";
    }
}
