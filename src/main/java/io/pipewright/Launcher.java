package io.pipewright;

import io.pipewright.app.PipewrightApp;
import io.pipewright.cli.PipewrightCli;
import io.pipewright.nodes.weka.WekaRuntime;

/**
 * The jar's entry point. With a subcommand it runs the command line headless; without one it opens
 * the desktop app. A separate launcher class is needed because a main class that extends JavaFX's
 * Application cannot start from a plain class-path jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        WekaRuntime.configure();
        if (args.length == 0) {
            PipewrightApp.launchDesktop(args);
            return;
        }
        System.exit(PipewrightCli.execute(args));
    }
}
