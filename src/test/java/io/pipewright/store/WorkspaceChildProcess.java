package io.pipewright.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A second JVM using a workspace, started by tests with the test class path.
 * {@code start-and-sleep DIR}: starts a run, prints "STARTED id", then sleeps (to be killed).
 * {@code record DIR N}: records N runs in project "Child", prints "DONE".
 */
public final class WorkspaceChildProcess {
    private WorkspaceChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        try (Workspace ws = Workspace.open(dir)) {
            if (args[0].equals("start-and-sleep")) {
                long id = ws.runs().start(StoreFixtures.start("Killed", StoreFixtures.pipeline("iris", 5), dir));
                System.out.println("STARTED " + id);
                System.out.flush();
                Thread.sleep(120_000);
            } else {
                int n = Integer.parseInt(args[2]);
                for (int i = 0; i < n; i++) {
                    ws.runs().record(StoreFixtures.start("Child", StoreFixtures.pipeline("iris", 5), dir),
                            StoreFixtures.result(Instant.now(), 0.5, "child model " + i));
                }
                System.out.println("DONE");
            }
        } catch (WorkspaceException e) {
            System.out.println("ERROR " + e.getMessage());
            System.exit(3);
        }
    }

    /** Starts this class in a new JVM with the current class path. */
    static Process launch(String... args) throws java.io.IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(javaBin, "-cp",
                System.getProperty("java.class.path"), WorkspaceChildProcess.class.getName()));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
