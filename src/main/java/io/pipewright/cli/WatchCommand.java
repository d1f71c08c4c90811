package io.pipewright.cli;

import io.pipewright.batch.BatchOutcome;
import io.pipewright.batch.BatchRunner;
import io.pipewright.batch.FolderWatch;
import io.pipewright.batch.PipelineFiles;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunListener;
import io.pipewright.exec.RunOptions;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

@Command(name = "watch", description = {"Runs a monitoring pipeline on every batch file in a folder, in name order, "
        + "and on each new file dropped there; every run is recorded in the project. Prints one line per batch: file, "
        + "status, run id, key metrics, dataset drift.",
        "A file that a finished run of the project has read is not run again, so a restart carries on where it stopped.",
        "Exit codes (with --once): 0 every batch succeeded, 1 a batch failed, 2 invalid arguments, 3 workspace unavailable."})
final class WatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FOLDER", description = "the folder batches arrive in")
    Path folder;

    @Option(names = "--pipeline", required = true, paramLabel = "FILE", description = "the pipeline file to run on each batch")
    Path pipeline;

    @Option(names = "--set-path", required = true, paramLabel = "NODE.PARAM",
            description = "the input file parameter each batch is bound to, e.g. load.path")
    String setPath;

    @Option(names = "--set", paramLabel = "NODE.PARAM=VALUE", description = "a further override applied to every batch")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--project", paramLabel = "NAME",
            description = "the project the runs are recorded in (default: the folder's name; created if missing)")
    String project;

    @Option(names = "--pattern", paramLabel = "GLOB", defaultValue = "*.csv",
            description = "which file names are batches (default: ${DEFAULT-VALUE})")
    String pattern;

    @Option(names = "--once", description = "run the batches there are now, then exit (for cron and tests)")
    boolean once;

    @Option(names = "--new-only", description = "leave the files already in the folder alone; run only files that arrive later")
    boolean newOnly;

    @Option(names = "--settle", paramLabel = "MILLIS", defaultValue = "1000",
            description = "while watching: run a file only once it has been unchanged this long (default: ${DEFAULT-VALUE})")
    long settleMillis;

    @Option(names = "--no-cache", description = "run every node again and store nothing in the cache")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "where cached node outputs live (default: $PIPEWRIGHT_HOME/cache)")
    Path cacheDir;

    @CommandLine.Mixin
    WorkspaceOption workspace;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println(folder + ": no such folder");
            return ExitCodes.INVALID;
        }
        if (once && newOnly) {
            err.println("--once and --new-only together would run nothing: drop one of them");
            return ExitCodes.INVALID;
        }
        String projectName = project != null ? project : folder.toAbsolutePath().normalize().getFileName().toString();
        BatchRunner.Settings settings = new BatchRunner.Settings(pipeline, setPath, overrides, projectName, Versions.app(),
                Versions.weka());
        return StoreCommands.withWorkspace(spec, workspace, (ws, out, e) -> watch(ws, settings, out, e));
    }

    private int watch(Workspace ws, BatchRunner.Settings settings, PrintWriter out, PrintWriter err) throws Exception {
        try (PipelineExecutor executor = PipelineExecutor.withCores(EngineSetup.cache(cacheDir, !noCache))) {
            BatchRunner runner;
            try {
                runner = BatchRunner.create(settings, ws, executor, new RunOptions(Set.of(), !noCache), RunListener.NONE,
                        NodeCatalog.load());
            } catch (PipelineFiles.Invalid e) {
                err.println(e.getMessage());
                return ExitCodes.INVALID;
            }
            FolderWatch watch = new FolderWatch(folder, pattern, newOnly, runner,
                    once ? Duration.ZERO : Duration.ofMillis(settleMillis));
            AtomicBoolean anyFailed = new AtomicBoolean();
            java.util.function.Consumer<BatchOutcome> print = outcome -> {
                anyFailed.compareAndSet(false, !outcome.succeeded());
                out.println(outcome.line());
                out.flush();
            };
            if (once) {
                List<BatchOutcome> done = watch.processPending(print);
                err.println(done.size() + (done.size() == 1 ? " batch" : " batches") + " run from " + watch.folder()
                        + ", recorded in project '" + settings.project() + "' of " + ws.directory());
                return anyFailed.get() ? ExitCodes.NODE_FAILED : ExitCodes.SUCCEEDED;
            }
            err.println("watching " + watch.folder() + " for " + pattern + " (Ctrl-C stops); runs go to project '"
                    + settings.project() + "' of " + ws.directory());
            err.flush();
            CountDownLatch ended = new CountDownLatch(1);
            Thread onCtrlC = new Thread(() -> {
                watch.stop();
                runner.cancel();
                try {
                    // Let the batch in flight be recorded as cancelled and the workspace close cleanly.
                    ended.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(onCtrlC);
            try {
                watch.watch(print);
            } finally {
                ended.countDown();
            }
            return ExitCodes.CANCELLED;
        }
    }
}
