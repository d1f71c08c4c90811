package io.pipewright.app.project;

import io.pipewright.app.PipelineDocumentViewModel;
import io.pipewright.format.PipelineFormatException;
import io.pipewright.format.PipelineReader;
import io.pipewright.format.PipelineWriter;
import io.pipewright.graph.Pipeline;
import io.pipewright.node.NodeCatalog;
import io.pipewright.store.ProjectSummary;
import io.pipewright.store.Revision;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * What the File menu and the welcome page do, on the FX thread: every workspace call goes to the
 * background executor and its result comes back through {@code fxThread}, so the window never waits
 * for the store. Holds which project pipeline is open ({@link #currentProperty()}; null for a plain
 * file) and drives the autosave to the recovery slot.
 */
public final class ProjectController implements WelcomeView.Actions {
    static final Duration AUTOSAVE_INTERVAL = Duration.ofMinutes(1);

    private final PipelineDocumentViewModel document;
    private final WorkspaceAccess access;
    private final NodeCatalog catalog;
    private final Executor background;
    private final Executor fxThread;
    private final Supplier<List<SampleProject>> samples;
    private final RecoverySlot slot;
    private final Autosaver autosaver;
    private final ObjectProperty<OpenedPipeline> current = new SimpleObjectProperty<>();
    private final ObjectProperty<WelcomeModel> welcome = new SimpleObjectProperty<>(WelcomeModel.EMPTY);
    private final BooleanProperty welcomeShown = new SimpleBooleanProperty();
    private final ObservableList<ProjectSummary> recent = FXCollections.observableArrayList();
    private Supplier<Window> owner = () -> null;
    private Runnable onOpened = () -> { };
    private ProjectService service;
    private Timeline timer;

    public ProjectController(PipelineDocumentViewModel document, WorkspaceAccess access, NodeCatalog catalog,
                             Executor background, Executor fxThread, Supplier<List<SampleProject>> samples) {
        this.document = document;
        this.access = access;
        this.catalog = catalog;
        this.background = background;
        this.fxThread = fxThread;
        this.samples = samples;
        this.slot = new RecoverySlot(access.directory());
        this.autosaver = new Autosaver(slot, Clock.systemUTC(), AUTOSAVE_INTERVAL, task -> background.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                fxThread.execute(() -> document.log("autosave: " + e.getMessage()));
            }
        }));
    }

    /** The window dialogs belong to, and what to do after a pipeline was opened (validate, fit, hide the welcome page). */
    public void attach(Supplier<Window> window, Runnable afterOpen) {
        this.owner = window;
        this.onOpened = afterOpen;
    }

    private synchronized ProjectService service() {
        if (service == null) {
            service = new ProjectService(access.get(), catalog);
        }
        return service;
    }

    private <T> CompletableFuture<T> inBackground(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, background).whenCompleteAsync((result, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                document.log("workspace " + access.directory() + ": " + cause.getMessage());
                ProjectDialogs.error(owner.get(), "The workspace could not do that", cause.getMessage());
            }
        }, fxThread);
    }

    /**
     * Start-up: imports the samples not imported yet, then offers recovery if the last session did not
     * end cleanly, else opens {@code file} (when the app was started with one) or shows the welcome page.
     */
    public CompletableFuture<Void> startUp(Path file) {
        startAutosave();
        return inBackground(() -> {
            ProjectService svc = service();
            List<SampleProject> found = samples.get();
            List<SampleProject> imported = svc.importSamples(found);
            Optional<RecoveryState> recovery = slot.read().filter(s -> Autosaver.worthRecovering(s, lastSaved(svc, s)));
            if (slot.read().isPresent() && recovery.isEmpty()) {
                slot.clear();
            }
            return new Start(imported, recovery, WelcomeModel.load(svc, found));
        }).thenAcceptAsync(start -> {
            start.imported().forEach(s -> document.log("imported the sample '" + s.title() + "' as project '" + s.key() + "'"));
            welcome.set(start.welcome());
            recent.setAll(start.welcome().recent());
            if (start.recovery().isPresent() && offerRecovery(start.recovery().get())) {
                return;
            }
            if (file != null) {
                openFile(file);
            } else {
                welcomeShown.set(true);
            }
        }, fxThread);
    }

    private record Start(List<SampleProject> imported, Optional<RecoveryState> recovery, WelcomeModel welcome) {
    }

    private static Instant lastSaved(ProjectService svc, RecoveryState state) {
        try {
            if (state.project() != null) {
                Pipeline recovered = new PipelineReader().read(state.pipelineJson(), "recovery");
                return svc.workspace().revisions().latest(state.project(), recovered.name()).map(Revision::savedAt).orElse(null);
            }
            return state.file() != null && Files.exists(state.file()) ? Files.getLastModifiedTime(state.file()).toInstant() : null;
        } catch (IOException | PipelineFormatException e) {
            return null;
        }
    }

    private boolean offerRecovery(RecoveryState state) {
        String where = state.project() != null ? "the project '" + state.project() + "'"
                : state.file() != null ? state.file().getFileName().toString() : "a new pipeline";
        if (!ProjectDialogs.recover(owner.get(), state, where)) {
            background.execute(slot::clear);
            document.log("discarded the unsaved changes to " + where);
            return false;
        }
        Pipeline recovered;
        try {
            recovered = new PipelineReader().read(state.pipelineJson(), "recovered changes");
        } catch (PipelineFormatException e) {
            document.log("the unsaved changes cannot be read back: " + e.getMessage());
            return false;
        }
        if (state.project() != null) {
            // Saved as a revision at once: the work is safe, and the revision before it is still there to go back to.
            inBackground(() -> {
                ProjectService svc = service();
                OpenedPipeline opened = svc.open(state.project());
                OpenedPipeline saved = svc.save(opened, recovered, "recovered unsaved changes after a crash");
                slot.clear();
                return saved;
            }).thenAcceptAsync(this::show, fxThread);
            return true;
        }
        Path original = state.file() != null ? state.file() : access.directory().resolve("untitled.pipeline.json");
        Path target = original.resolveSibling(original.getFileName().toString().replace(".pipeline.json", "")
                + ".recovered.pipeline.json");
        try {
            new PipelineWriter().write(recovered, target);
            background.execute(slot::clear);
            openFile(target);
            document.log("recovered the unsaved changes into " + target + " (the original file is unchanged)");
            return true;
        } catch (IOException e) {
            document.log("the unsaved changes cannot be written to " + target + ": " + e.getMessage());
            return false;
        }
    }

    private void startAutosave() {
        if (timer != null) {
            return;
        }
        timer = new Timeline(new KeyFrame(javafx.util.Duration.seconds(5), e -> autosave()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    /** One autosave poll (the timer calls it every few seconds; it writes at most once a minute). */
    void autosave() {
        OpenedPipeline open = current.get();
        Path file = document.fileProperty().get();
        autosaver.poll(document.dirtyProperty().get(), now -> new RecoveryState(open == null ? null : open.project(),
                file, now, new PipelineWriter().write(document.pipeline())));
    }

    /** A clean end of the session: nothing to recover next time. */
    public void closeCleanly() {
        if (timer != null) {
            timer.stop();
        }
        autosaver.saved();
    }

    // ---- opening ---------------------------------------------------------------------------------

    @Override
    public void openProject(String name) {
        whenClean(() -> inBackground(() -> service().open(name)).thenAcceptAsync(this::show, fxThread));
    }

    private void show(OpenedPipeline opened) {
        current.set(opened);
        document.open(opened.pipeline(), opened.file());
        document.log("project '" + opened.project() + "', pipeline '" + opened.pipeline().name() + "'"
                + (opened.revision() == 0 ? " (not saved yet)" : ", revision " + opened.revision()));
        welcomeShown.set(false);
        onOpened.run();
        refreshRecent();
    }

    @Override
    public void newProject() {
        whenClean(() -> inBackground(() -> service().projects().stream().map(p -> p.project().name()).toList())
                .thenAcceptAsync(names -> ProjectDialogs.newProject(owner.get(), names).ifPresent(answer ->
                        inBackground(() -> service().create(answer[0], answer[1])).thenAcceptAsync(this::show, fxThread)),
                        fxThread));
    }

    @Override
    public void chooseProject() {
        whenClean(() -> inBackground(() -> service().projects()).thenAcceptAsync(projects ->
                ProjectDialogs.openProject(owner.get(), projects).ifPresent(this::openProjectNow), fxThread));
    }

    private void openProjectNow(String name) {
        inBackground(() -> service().open(name)).thenAcceptAsync(this::show, fxThread);
    }

    @Override
    public void openFile() {
        File chosen = chooser("Open a pipeline file").showOpenDialog(owner.get());
        if (chosen != null) {
            whenClean(() -> openFile(chosen.toPath()));
        }
    }

    /** Opens a pipeline file outside any project (a file manager's double-click, File > Open file). */
    public void openFile(Path file) {
        try {
            Pipeline pipeline = new PipelineReader().read(file);
            current.set(null);
            document.open(pipeline, file.toAbsolutePath());
            welcomeShown.set(false);
            onOpened.run();
        } catch (PipelineFormatException | IOException e) {
            document.log("cannot open " + file + ": " + e.getMessage());
            ProjectDialogs.error(owner.get(), "The file could not be opened", file + ": " + e.getMessage());
        }
    }

    @Override
    public void backToDesigner() {
        welcomeShown.set(false);
    }

    /** Shows the welcome page with fresh lists of samples and recent projects. */
    public void showWelcome() {
        welcomeShown.set(true);
        inBackground(() -> WelcomeModel.load(service(), samples.get())).thenAcceptAsync(model -> {
            welcome.set(model);
            recent.setAll(model.recent());
        }, fxThread);
    }

    private void refreshRecent() {
        inBackground(() -> service().recent()).thenAcceptAsync(recent::setAll, fxThread);
    }

    // ---- saving ----------------------------------------------------------------------------------

    /**
     * Saves: a project pipeline becomes a new revision; a plain file is written (a new document asks where).
     * The future completes only when it was saved: a cancelled file chooser or a failed write fails it, so
     * "save, then close" never closes on unsaved changes.
     */
    public CompletableFuture<Void> save(String message) {
        OpenedPipeline open = current.get();
        Pipeline snapshot = document.pipeline();
        if (open == null) {
            return saveFile(snapshot) ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.failedFuture(new CancellationException("not saved"));
        }
        return inBackground(() -> service().save(open, snapshot, message)).thenAcceptAsync(saved -> {
            current.set(saved);
            if (document.pipeline() == snapshot) {
                document.markSaved(saved.file());
                autosaver.saved();
            }
            document.log("saved '" + saved.project() + "' as revision " + saved.revision()
                    + (message == null || message.isBlank() ? "" : ": " + message.strip()));
        }, fxThread);
    }

    /** Save with a message: asks for it first (projects only; a file has no revisions). */
    public void saveWithMessage() {
        OpenedPipeline open = current.get();
        if (open == null) {
            save(null);
            return;
        }
        ProjectDialogs.saveMessage(owner.get(), open.project()).ifPresent(this::save);
    }

    /** Writes the pipeline to its file (asking where when it has none); false when cancelled or not written. */
    private boolean saveFile(Pipeline snapshot) {
        Path target = document.fileProperty().get();
        if (target == null) {
            File chosen = chooser("Save the pipeline").showSaveDialog(owner.get());
            if (chosen == null) {
                return false;
            }
            target = chosen.toPath();
        }
        try {
            new PipelineWriter().write(snapshot, target);
            document.markSaved(target);
            autosaver.saved();
            return true;
        } catch (IOException e) {
            document.log("cannot save " + target + ": " + e.getMessage());
            ProjectDialogs.error(owner.get(), "The pipeline could not be saved", target + ": " + e.getMessage());
            return false;
        }
    }

    /** Imports a pipeline file as a revision of the open project (a new project named after the file when none is open). */
    public void importFile() {
        File chosen = chooser("Import a pipeline file").showOpenDialog(owner.get());
        if (chosen == null) {
            return;
        }
        OpenedPipeline open = current.get();
        String project = open != null ? open.project()
                : chosen.getName().replace(".pipeline.json", "").replace(".json", "").replace('/', '-').strip();
        whenClean(() -> inBackground(() -> service().importFile(chosen.toPath(), project)).thenAcceptAsync(this::show, fxThread));
    }

    /** Exports the pipeline as it is now to a file that runs unchanged with {@code pipewright run}. */
    public void exportFile() {
        FileChooser chooser = chooser("Export the pipeline");
        chooser.setInitialFileName(ProjectNames.slug(document.pipeline().name()) + ".pipeline.json");
        File chosen = chooser.showSaveDialog(owner.get());
        if (chosen != null) {
            exportTo(chosen.toPath());
        }
    }

    /** Writes the export in the background; the future completes on the FX thread with the file written. */
    public CompletableFuture<Path> exportTo(Path target) {
        Pipeline snapshot = document.pipeline();
        OpenedPipeline open = current.get();
        Path file = document.fileProperty().get();
        Path folder = open != null ? open.folder() : file != null ? file.toAbsolutePath().getParent() : Path.of("").toAbsolutePath();
        return inBackground(() -> new PipelineExporter(catalog).export(snapshot, folder, target)).thenApplyAsync(written -> {
            document.log("exported '" + snapshot.name() + "' to " + written + "; run it with: pipewright run " + written);
            return written;
        }, fxThread);
    }

    /**
     * Runs {@code next} when the open document has no unsaved changes, or after the user chose to
     * save them or to let them go; does nothing on Cancel.
     */
    public void whenClean(Runnable next) {
        if (!document.dirtyProperty().get()) {
            next.run();
            return;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "'" + document.pipeline().name()
                + "' has unsaved changes. Save them first?", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save changes to '" + document.pipeline().name() + "'?");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        if (answer.get() == save) {
            save(null).thenRunAsync(next, fxThread);
        } else {
            autosaver.saved();
            next.run();
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Pipewright pipelines", "*.pipeline.json", "*.json"));
        Path at = document.fileProperty().get();
        if (at != null && at.toAbsolutePath().getParent() != null && Files.isDirectory(at.toAbsolutePath().getParent())) {
            chooser.setInitialDirectory(at.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    public ReadOnlyObjectProperty<OpenedPipeline> currentProperty() {
        return current;
    }

    /** The open project's name, or null when a plain file (or nothing) is open. */
    public String currentProject() {
        return current.get() == null ? null : current.get().project();
    }

    public ReadOnlyObjectProperty<WelcomeModel> welcomeProperty() {
        return welcome;
    }

    public ReadOnlyBooleanProperty welcomeShownProperty() {
        return welcomeShown;
    }

    public ObservableList<ProjectSummary> recent() {
        return recent;
    }
}
