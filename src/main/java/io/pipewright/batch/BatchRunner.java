package io.pipewright.batch;

import io.pipewright.exec.Compilation;
import io.pipewright.exec.PipelineExecutor;
import io.pipewright.exec.RunHandle;
import io.pipewright.exec.RunListener;
import io.pipewright.exec.RunOptions;
import io.pipewright.exec.RunResult;
import io.pipewright.graph.NodeInstance;
import io.pipewright.graph.Pipeline;
import io.pipewright.graph.Problem;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeType;
import io.pipewright.param.FileParam;
import io.pipewright.param.ParamSpec;
import io.pipewright.store.RunStart;
import io.pipewright.store.Workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs a pipeline file on one batch file at a time, with the batch bound to a file parameter
 * ({@code NODE.PARAM}), and records each run in a project of the workspace exactly as
 * {@code pipewright run FILE --set NODE.PARAM=BATCH --record --project P} does.
 */
public final class BatchRunner {
    /**
     * @param pipeline  the pipeline file
     * @param bindTo    the input file parameter each batch is bound to, as NODE.PARAM
     * @param overrides further NODE.PARAM=VALUE overrides applied to every batch
     * @param project   the project the runs are recorded in (created when missing)
     */
    public record Settings(Path pipeline, String bindTo, List<String> overrides, String project, String appVersion,
                           String wekaVersion) {
        public Settings {
            overrides = List.copyOf(overrides == null ? List.of() : overrides);
        }
    }

    private final Settings settings;
    private final String nodeId;
    private final String paramKey;
    private final Workspace workspace;
    private final PipelineExecutor executor;
    private final RunOptions options;
    private final RunListener listener;
    private final NodeCatalog catalog;
    private volatile RunHandle current;

    private BatchRunner(Settings settings, String nodeId, String paramKey, Workspace workspace, PipelineExecutor executor,
                        RunOptions options, RunListener listener, NodeCatalog catalog) {
        this.settings = settings;
        this.nodeId = nodeId;
        this.paramKey = paramKey;
        this.workspace = workspace;
        this.executor = executor;
        this.options = options;
        this.listener = listener;
        this.catalog = catalog;
    }

    /**
     * Checks that the pipeline file reads and that {@code settings.bindTo()} names an input file
     * parameter of one of its nodes; the runner does not own the workspace or the executor.
     */
    public static BatchRunner create(Settings settings, Workspace workspace, PipelineExecutor executor, RunOptions options,
                                     RunListener listener, NodeCatalog catalog) throws PipelineFiles.Invalid {
        String bindTo = settings.bindTo() == null ? "" : settings.bindTo();
        int dot = bindTo.lastIndexOf('.');
        if (dot <= 0 || dot == bindTo.length() - 1) {
            throw new PipelineFiles.Invalid("the batch parameter '" + bindTo + "' is not NODE.PARAM, e.g. load.path");
        }
        String node = bindTo.substring(0, dot);
        String param = bindTo.substring(dot + 1);
        Pipeline pipeline = PipelineFiles.read(settings.pipeline());
        NodeInstance instance = pipeline.node(node).orElseThrow(() -> new PipelineFiles.Invalid(settings.pipeline()
                + ": no node '" + node + "' to bind the batches to; its nodes: "
                + pipeline.nodes().stream().map(NodeInstance::id).collect(Collectors.joining(", "))));
        NodeType type = catalog.find(instance.type()).orElseThrow(() -> new PipelineFiles.Invalid(settings.pipeline()
                + ": node '" + node + "' has the unknown type '" + instance.type() + "'"));
        ParamSpec<?> spec = type.descriptor().param(param).orElse(null);
        if (!(spec instanceof FileParam file) || file.output()) {
            List<String> inputs = type.descriptor().params().stream()
                    .filter(p -> p instanceof FileParam f && !f.output()).map(ParamSpec::key).toList();
            throw new PipelineFiles.Invalid(settings.pipeline() + ": node '" + node + "' (" + instance.type()
                    + ") has no input file parameter '" + param + "'" + (inputs.isEmpty() ? "; it reads no files"
                    : "; its input file parameters: " + String.join(", ", inputs)));
        }
        if (settings.project() == null || settings.project().isBlank()) {
            throw new PipelineFiles.Invalid("the batches need a project to be recorded in");
        }
        return new BatchRunner(settings, node, param, workspace, executor, options, listener, catalog);
    }

    public Settings settings() {
        return settings;
    }

    /** The batch files this project's finished runs have already read through the bound parameter. */
    public Set<Path> processed() {
        return workspace.monitoring().processedInputs(settings.project(), nodeId, paramKey).stream()
                .map(Path::of).collect(Collectors.toSet());
    }

    /**
     * Runs the pipeline on {@code batch} and records the run. A batch the pipeline cannot start on (a
     * missing column, an unreadable header) is reported as "invalid" and not recorded.
     *
     * @throws InterruptedException when the calling thread is interrupted; the run is cancelled and still recorded
     */
    public BatchOutcome run(Path batch) throws InterruptedException {
        Path file = batch.toAbsolutePath().normalize();
        List<String> overrides = new ArrayList<>(settings.overrides());
        overrides.add(settings.bindTo() + "=" + file);
        Compilation compilation;
        try {
            compilation = PipelineFiles.load(settings.pipeline(), overrides, catalog);
        } catch (PipelineFiles.Invalid e) {
            return BatchOutcome.invalid(file, e.getMessage());
        }
        if (!compilation.ok()) {
            return BatchOutcome.invalid(file, compilation.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("; ")));
        }
        long runId;
        try {
            runId = workspace.runs().start(RunStart.forFile(settings.pipeline(), compilation.compiled().pipeline(), overrides,
                    settings.project(), settings.appVersion(), settings.wekaVersion()));
        } catch (IOException e) {
            return BatchOutcome.invalid(file, settings.pipeline() + ": cannot be read (" + e.getMessage() + ")");
        }
        RunHandle handle = executor.start(compilation.compiled(), options, listener);
        current = handle;
        RunResult result;
        try {
            result = handle.await();
        } catch (InterruptedException e) {
            handle.cancel();
            result = handle.result().join();
            workspace.runs().finish(runId, result);
            throw e;
        } finally {
            current = null;
        }
        workspace.runs().finish(runId, result);
        return BatchOutcome.of(file, runId, result);
    }

    /** Asks the batch running now, if any, to stop; it is recorded as cancelled. */
    public void cancel() {
        RunHandle running = current;
        if (running != null) {
            running.cancel();
        }
    }
}
