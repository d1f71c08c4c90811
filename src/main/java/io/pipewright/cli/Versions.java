package io.pipewright.cli;

import picocli.CommandLine;

/** The versions a run records and {@code --version} prints. */
public final class Versions implements CommandLine.IVersionProvider {
    public static String app() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    public static String weka() {
        return weka.core.Version.VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Pipewright " + app(), "Weka " + weka(), "Java " + System.getProperty("java.version")};
    }
}
