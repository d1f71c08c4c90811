package io.pipewright.app.project;

import io.pipewright.format.PipelineFormatException;
import io.pipewright.format.PipelineReader;
import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.Project;
import io.pipewright.store.ProjectSummary;
import io.pipewright.store.Revision;
import io.pipewright.store.Workspace;
import io.pipewright.store.WorkspaceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The designer's projects, on top of the workspace: importing the samples once, creating, opening and
 * saving projects (every save is a revision), importing and exporting pipeline files, and the list of
 * recently opened projects. Each project has a folder {@code projects/<id>-<name>/} in the workspace
 * directory holding its data and a copy of each pipeline, which is what its relative paths are
 * relative to. Blocking: call it on a background thread, never on the FX thread.
 */
public final class ProjectService {
    static final String SAMPLE_SETTING = "app.sample.";
    static final String RECENT_SETTING = "app.recent";
    static final int RECENT_LIMIT = 8;

    private final Workspace workspace;
    private final InputPaths inputPaths;

    public ProjectService(Workspace workspace, NodeCatalog catalog) {
        this.workspace = workspace;
        this.inputPaths = new InputPaths(catalog);
    }

    public Workspace workspace() {
        return workspace;
    }

    /**
     * Imports each sample that this workspace has not imported before as a project named after its
     * folder: its files (not its {@code output/}) are copied into the project's folder, which is
     * writable even when the samples are installed read-only, and each pipeline becomes revision 1.
     * The relative paths stay valid because the folder keeps the sample's layout. A project of that name
     * that the command line already filled with revisions keeps them and only gets the sample's data files
     * it lacks (none is overwritten).
     *
     * @return the samples imported by this call
     */
    public List<SampleProject> importSamples(List<SampleProject> samples) {
        List<SampleProject> imported = new ArrayList<>();
        for (SampleProject sample : samples) {
            if (workspace.setting(SAMPLE_SETTING + sample.key()).isPresent()) {
                continue;
            }
            Optional<Project> existing = workspace.projects().find(sample.key());
            if (existing.isEmpty() || workspace.revisions().pipelines(sample.key()).isEmpty()) {
                Project project = existing.orElseGet(() -> workspace.projects().create(sample.key(), sample.description()));
                Path folder = folderOf(project);
                copyData(sample.folder(), folder);
                for (Path file : sample.pipelines()) {
                    Pipeline pipeline = read(file);
                    workspace.revisions().save(project.name(), pipeline, "imported from the sample " + sample.key());
                    writeCopy(pipeline, fileFor(folder, pipeline));
                }
                imported.add(sample);
            } else {
                // The command line recorded runs of the sample's pipeline first (e.g. retail-churn's run-year.sh):
                // keep its revisions, but give the project folder the data its relative paths point to.
                copyData(sample.folder(), folderOf(existing.get()));
            }
            workspace.putSetting(SAMPLE_SETTING + sample.key(), sample.key());
        }
        return imported;
    }

    /** The project a sample was imported as, if it was. */
    public Optional<String> projectOfSample(SampleProject sample) {
        return workspace.setting(SAMPLE_SETTING + sample.key()).filter(name -> workspace.projects().find(name).isPresent());
    }

    public List<ProjectSummary> projects() {
        return workspace.projects().list();
    }

    /** Recently opened projects that still exist, most recent first. */
    public List<ProjectSummary> recent() {
        List<String> names = recentNames();
        List<ProjectSummary> all = projects();
        return names.stream().flatMap(n -> all.stream().filter(p -> p.project().name().equals(n)).limit(1)).toList();
    }

    /** Creates an empty project and opens a new, not yet saved pipeline named after it. */
    public OpenedPipeline create(String name, String description) {
        Optional<String> problem = ProjectNames.problem(name, projects().stream().map(p -> p.project().name()).toList());
        if (problem.isPresent()) {
            throw new WorkspaceException(WorkspaceException.Kind.INVALID, problem.get());
        }
        Project project = workspace.projects().create(name, description);
        Path folder = folderOf(project);
        createFolder(folder);
        remember(name);
        Pipeline empty = new Pipeline(name, List.of(), List.of());
        return new OpenedPipeline(name, empty, 0, null, folder, fileFor(folder, empty));
    }

    /** Opens the latest revision of the project's most recently saved pipeline (or a new one if it has none). */
    public OpenedPipeline open(String projectName) {
        Project project = workspace.projects().require(projectName);
        Path folder = folderOf(project);
        createFolder(folder);
        remember(projectName);
        Optional<Revision> newest = workspace.revisions().pipelines(projectName).stream()
                .map(p -> workspace.revisions().get(projectName, p, null))
                .max(Comparator.comparing(Revision::savedAt).thenComparing(Revision::id));
        if (newest.isEmpty()) {
            Pipeline empty = new Pipeline(projectName, List.of(), List.of());
            return new OpenedPipeline(projectName, empty, 0, null, folder, fileFor(folder, empty));
        }
        Revision r = newest.get();
        Pipeline pipeline = workspace.revisions().open(r);
        return new OpenedPipeline(projectName, pipeline, r.revision(), r.savedAt(), folder, fileFor(folder, pipeline));
    }

    /**
     * Saves the pipeline as a new revision of its project and refreshes the project folder's copy of it.
     * Content identical to the latest revision saved without a message is that revision (e.g. the one
     * a run saved just before), so saving twice does not fill the history with copies.
     */
    public OpenedPipeline save(OpenedPipeline current, Pipeline pipeline, String message) {
        String text = message == null ? "" : message.strip();
        Revision r = text.isEmpty() ? workspace.revisions().saveIfChanged(current.project(), pipeline, text)
                : workspace.revisions().save(current.project(), pipeline, text);
        Path file = fileFor(current.folder(), pipeline);
        writeCopy(pipeline, file);
        return new OpenedPipeline(current.project(), pipeline, r.revision(), r.savedAt(), current.folder(), file);
    }

    /**
     * Saves a pipeline file into a project as a revision of the pipeline of the same name; input paths
     * are rewritten so that the file's data is still found from the project folder.
     */
    public OpenedPipeline importFile(Path file, String projectName) {
        Pipeline read = read(file);
        Project project = workspace.projects().getOrCreate(projectName);
        Path folder = folderOf(project);
        createFolder(folder);
        Pipeline moved = inputPaths.rebase(read, file.toAbsolutePath().getParent(), folder);
        remember(projectName);
        OpenedPipeline base = new OpenedPipeline(projectName, moved, 0, null, folder, fileFor(folder, moved));
        return save(base, moved, "imported from " + file.toAbsolutePath());
    }

    /** The folder of a project: {@code projects/<id>-<name>} in the workspace directory (the id keeps it unique). */
    public Path folderOf(Project project) {
        return workspace.directory().resolve("projects").resolve(project.id() + "-" + ProjectNames.slug(project.name()));
    }

    public Path folderOf(String projectName) {
        return folderOf(workspace.projects().require(projectName));
    }

    static Path fileFor(Path folder, Pipeline pipeline) {
        return folder.resolve(ProjectNames.slug(pipeline.name()) + ".pipeline.json");
    }

    private List<String> recentNames() {
        return workspace.setting(RECENT_SETTING).map(s -> Arrays.stream(s.split("\n")).filter(n -> !n.isBlank()).toList())
                .orElse(List.of());
    }

    private void remember(String projectName) {
        Set<String> names = new LinkedHashSet<>();
        names.add(projectName);
        names.addAll(recentNames());
        workspace.putSetting(RECENT_SETTING, String.join("\n", names.stream().limit(RECENT_LIMIT).toList()));
    }

    private static Pipeline read(Path file) {
        try {
            return new PipelineReader().read(file);
        } catch (PipelineFormatException e) {
            throw new WorkspaceException(WorkspaceException.Kind.INVALID, e.getMessage(), e);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void writeCopy(Pipeline pipeline, Path file) {
        try {
            new PipelineWriter().write(pipeline, file);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, file + " cannot be written: " + e.getMessage(), e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkspaceException(WorkspaceException.Kind.IO, "the folder " + folder + " cannot be created: "
                    + e.getMessage(), e);
        }
    }

    /** Copies a sample's files except its pipelines (stored as revisions) and any {@code output/} it produced. */
    private static void copyData(Path from, Path to) {
        createFolder(to);
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(from) && from.relativize(dir).toString().equals("output")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (!file.getFileName().toString().endsWith(".pipeline.json") && !Files.exists(target)) {
                        Files.copy(file, target);
                        target.toFile().setWritable(true, true);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the sample " + from + " cannot be copied to " + to + ": " + e.getMessage(), e);
        }
    }
}
