package io.pipewright.cli;

import io.pipewright.batch.PipelineFiles;
import io.pipewright.exec.Compilation;
import io.pipewright.exec.NodeResult;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunHandle;
import io.pipewright.exec.RunListener;
import io.pipewright.exec.RunOptions;
import io.pipewright.exec.RunResult;
import io.pipewright.exec.RunStatus;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.RunStart;
import io.pipewright.store.Workspace;
import io.pipewright.store.WorkspaceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Versions.class, description = "Runs a pipeline file. Exit codes: 0 succeeded, 1 a node failed, "
        + "2 invalid file or arguments, 130 cancelled (Ctrl-C).")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the pipeline file (*.pipeline.json)")
    Path file;

    @Option(names = "--set", paramLabel = "NODE.PARAM=VALUE",
            description = "override a parameter, e.g. --set cv.folds=5 or --set \"cv.learner=weka.classifiers.trees.J48 -C 0.1\"")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--json", description = "print exactly one JSON object with the run's outcome on stdout")
    boolean json;

    @Option(names = "--no-cache", description = "run every node again and store nothing in the cache")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "where cached node outputs live (default: $PIPEWRIGHT_HOME/cache)")
    Path cacheDir;

    @Option(names = "--to", paramLabel = "NODE", description = "run only these nodes and what they need")
    List<String> targets = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "print no progress on stderr")
    boolean quiet;

    @Option(names = "--record", description = "record the run (parameters, data fingerprints, metrics, logs, models) "
            + "in the workspace")
    boolean record;

    @Option(names = "--project", paramLabel = "NAME", description = "with --record: the project the run belongs to "
            + "(created if missing; the file is saved as a new revision when it changed)")
    String project;

    @CommandLine.Mixin
    WorkspaceOption workspace;

    private Workspace recordingIn;
    private long recordId;
    private boolean completed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NodeCatalog catalog = NodeCatalog.load();
        Compilation compilation;
        try {
            compilation = PipelineFiles.load(file, overrides, catalog);
        } catch (PipelineFiles.Invalid e) {
            err.println(e.getMessage());
            return ExitCodes.INVALID;
        }
        if (!compilation.ok()) {
            PipelineLoading.printProblems(file, compilation.problems(), err);
            return ExitCodes.INVALID;
        }
        for (String target : targets) {
            if (compilation.compiled().node(target) == null) {
                err.println("--to " + target + ": no node '" + target + "' in " + file);
                return ExitCodes.INVALID;
            }
        }
        if (project != null && !record) {
            err.println("--project only applies with --record");
            return ExitCodes.INVALID;
        }
        try {
            if (record) {
                startRecord(compilation);
            }
            RunListener listener = quiet ? RunListener.NONE : new ProgressPrinter(err);
            try (PipelineExecutor executor = PipelineExecutor.withCores(EngineSetup.cache(cacheDir, !noCache))) {
                RunHandle handle = executor.start(compilation.compiled(), new RunOptions(Set.copyOf(targets), !noCache), listener);
                Thread onCtrlC = new Thread(() -> finishOnInterrupt(handle, out, err));
                Runtime.getRuntime().addShutdownHook(onCtrlC);
                RunResult result = handle.await();
                try {
                    Runtime.getRuntime().removeShutdownHook(onCtrlC);
                } catch (IllegalStateException shuttingDown) {
                    // Ctrl-C arrived as the run ended: the hook records and prints the result.
                    return ExitCodes.CANCELLED;
                }
                complete(result, out, err);
                return exitCode(result.status());
            }
        } catch (WorkspaceException e) {
            err.println(e.getMessage());
            return StoreCommands.exitCode(e);
        } finally {
            if (recordingIn != null) {
                recordingIn.close();
            }
        }
    }

    private void startRecord(Compilation compilation) throws java.io.IOException {
        recordingIn = workspace.open();
        recordId = recordingIn.runs().start(RunStart.forFile(file, compilation.compiled().pipeline(), overrides, project,
                Versions.app(), Versions.weka()));
    }

    /** On Ctrl-C: cancel, wait briefly for the nodes to stop, and still record and print the outcome. */
    private void finishOnInterrupt(RunHandle handle, PrintWriter out, PrintWriter err) {
        handle.cancel();
        try {
            complete(handle.result().get(2, TimeUnit.SECONDS), out, err);
        } catch (Exception e) {
            // Nothing more can be said while the JVM is exiting; a recorded run is marked interrupted on next open.
        }
    }

    /** Records (with --record) and prints the outcome, once, whether the run ended or was interrupted. */
    private synchronized void complete(RunResult result, PrintWriter out, PrintWriter err) {
        if (completed) {
            return;
        }
        completed = true;
        if (recordingIn != null) {
            try {
                recordingIn.runs().finish(recordId, result);
                err.println("recorded as run " + recordId + " in " + workspace.directory());
            } catch (WorkspaceException e) {
                err.println("the run could not be recorded: " + e.getMessage());
            }
        }
        if (json) {
            out.println(JsonOutput.write(toJson(result)));
        } else {
            out.println(TextReport.of(result));
        }
        out.flush();
        err.flush();
    }

    static Map<String, Object> toJson(RunResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("pipeline", result.pipelineName());
        root.put("status", result.status().word());
        root.put("runId", result.runId());
        root.put("seconds", result.seconds());
        List<Object> nodes = new ArrayList<>();
        for (NodeResult n : result.nodes().values()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", n.nodeId());
            node.put("type", n.type());
            node.put("status", n.state().word());
            node.put("seconds", n.seconds());
            node.putAll(n.reports());
            if (n.error() != null) {
                node.put("error", n.error());
            }
            nodes.add(node);
        }
        root.put("nodes", nodes);
        return root;
    }

    static int exitCode(RunStatus status) {
        return switch (status) {
            case SUCCEEDED -> ExitCodes.SUCCEEDED;
            case FAILED -> ExitCodes.NODE_FAILED;
            case CANCELLED -> ExitCodes.CANCELLED;
        };
    }
}
