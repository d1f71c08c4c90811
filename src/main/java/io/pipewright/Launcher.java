package io.pipewright;

import io.pipewright.app.PipewrightApp;
import io.pipewright.cli.PipewrightCli;
import io.pipewright.nodes.weka.WekaRuntime;

/**
 * The jar's entry point. With a subcommand it runs the command line headless; without one, or with
 * just a pipeline file, it opens the desktop app. A separate launcher class is needed because a main class that extends JavaFX's
 * Application cannot start from a plain class-path jar.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        WekaRuntime.configure();
        // No arguments, or one pipeline file (as a file manager passes it on a double-click): the designer.
        if (args.length == 0 || args.length == 1 && args[0].endsWith(".pipeline.json")) {
            PipewrightApp.launchDesktop(args);
            return;
        }
        System.exit(PipewrightCli.execute(args));
    }
}
