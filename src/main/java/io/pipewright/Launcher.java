package io.pipewright;

import io.pipewright.cli.PipewrightCli;
import io.pipewright.nodes.weka.WekaRuntime;

/**
 * The jar's entry point. With a subcommand it runs the command line headless; without one it will
 * open the desktop app. A separate launcher class is needed because a main class that extends
 * JavaFX's Application cannot start from a plain class-path jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        WekaRuntime.configure();
        System.exit(PipewrightCli.execute(args));
    }
}
