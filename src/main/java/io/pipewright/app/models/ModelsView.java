package io.pipewright.app.models;

import io.pipewright.store.AliasChange;
import io.pipewright.store.Workspace;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The model registry of a workspace: the models on the left, the selected model's versions on the
 * right with their lineage and metrics, and buttons that move the champion and challenger aliases.
 * Every read and write of the store runs on {@code background}; results are shown on {@code fx}.
 */
public final class ModelsView extends BorderPane {
    private final Executor background;
    private final Executor fx;
    private final Supplier<Workspace> workspace;
    private final ModelsViewModel model = new ModelsViewModel();
    private final TableView<ModelListRow> models = new TableView<>();
    private final TableView<VersionRow> versions = new TableView<>();
    private final Label heading = new Label();
    private final Label hint = new Label();
    private final Label message = new Label();
    private final Label status = new Label("loading \u2026");
    private final Map<RegistryAction, Button> buttons = new EnumMap<>(RegistryAction.class);
    private boolean applying;
    private boolean busy;

    /** {@code workspace} is called on {@code background} only. */
    public ModelsView(Executor background, Executor fx, Supplier<Workspace> workspace) {
        this.background = background;
        this.fx = fx;
        this.workspace = workspace;
        getStyleClass().add("models-view");
        getStylesheets().add(ModelsView.class.getResource("models.css").toExternalForm());
        configureModels();
        configureVersions();

        Button reload = new Button("Refresh");
        reload.setId("models-refresh");
        reload.setTooltip(new Tooltip("Reads the registry again, e.g. after a run registered a new version"));
        reload.setOnAction(e -> refresh());
        Region fill = new Region();
        HBox.setHgrow(fill, Priority.ALWAYS);
        HBox modelsHeader = new HBox(6, title("Models"), fill, reload);
        modelsHeader.setAlignment(Pos.CENTER_LEFT);
        VBox left = new VBox(4, modelsHeader, models);
        VBox.setVgrow(models, Priority.ALWAYS);
        left.getStyleClass().add("models-section");
        left.setPadding(new Insets(6));

        heading.setId("models-heading");
        heading.getStyleClass().add("models-heading");
        heading.setWrapText(true);
        HBox actions = new HBox(8);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (RegistryAction a : RegistryAction.values()) {
            Button b = new Button(a.label());
            b.setId(switch (a) {
                case PROMOTE_CHAMPION -> "promote-champion";
                case MAKE_CHALLENGER -> "make-challenger";
                case ROLL_BACK_CHAMPION -> "rollback-champion";
            });
            b.getStyleClass().add(a == RegistryAction.ROLL_BACK_CHAMPION ? "rollback-button" : "alias-button");
            b.setOnAction(e -> act(a));
            buttons.put(a, b);
            if (a == RegistryAction.ROLL_BACK_CHAMPION) {
                Region gap = new Region();
                gap.setMinWidth(16);
                actions.getChildren().add(gap);
            }
            actions.getChildren().add(b);
        }
        hint.setId("models-hint");
        hint.getStyleClass().add("models-hint");
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        actions.getChildren().add(hint);
        message.setId("models-message");
        message.getStyleClass().add("models-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setManaged(false);
        message.setVisible(false);
        VBox right = new VBox(8, heading, actions, message, versions);
        VBox.setVgrow(versions, Priority.ALWAYS);
        right.getStyleClass().add("models-section");
        right.setPadding(new Insets(8));

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.34);
        setCenter(split);
        status.setId("models-status");
        status.getStyleClass().add("models-status");
        status.setPadding(new Insets(4, 10, 4, 10));
        setBottom(status);
        updateButtons();
    }

    ModelsViewModel model() {
        return model;
    }

    TableView<VersionRow> versionsTable() {
        return versions;
    }

    TableView<ModelListRow> modelsTable() {
        return models;
    }

    Label message() {
        return message;
    }

    /** Reloads the registry (keeping the selected model and version) in the background; completes on the FX thread. */
    public CompletableFuture<ModelsSnapshot> refresh() {
        return load(model.selectedModel());
    }

    private CompletableFuture<ModelsSnapshot> load(String preferred) {
        status.setText("loading \u2026");
        return CompletableFuture.supplyAsync(() -> ModelsSnapshot.load(workspace.get(), preferred), background)
                .whenCompleteAsync((s, failure) -> {
                    if (failure != null) {
                        status.setText("the workspace could not be read: " + cause(failure).getMessage());
                    } else {
                        apply(s);
                    }
                }, fx);
    }

    private void apply(ModelsSnapshot s) {
        Integer keep = model.selectedVersion();
        model.show(s);
        applying = true;
        try {
            models.setItems(FXCollections.observableArrayList(model.modelRows()));
            models.getItems().stream().filter(r -> r.name().equals(s.selected())).findFirst()
                    .ifPresent(r -> models.getSelectionModel().select(r));
            versions.setItems(FXCollections.observableArrayList(model.versionRows()));
            if (keep != null && keep.equals(model.selectedVersion())) {
                versions.getItems().stream().filter(r -> r.version() == keep).findFirst()
                        .ifPresent(r -> versions.getSelectionModel().select(r));
            }
        } finally {
            applying = false;
        }
        heading.setText(model.heading());
        status.setText(s.models().isEmpty() ? "no models registered"
                : s.models().size() + (s.models().size() == 1 ? " model" : " models") + " in the workspace");
        updateButtons();
    }

    private void act(RegistryAction action) {
        ActionState state = model.state(action);
        if (busy || !state.enabled() || !confirm(action)) {
            return;
        }
        String name = model.selectedModel();
        Integer version = model.selectedVersion();
        busy = true;
        updateButtons();
        showMessage(action.label() + " \u2026", "pending");
        record Outcome(AliasChange change, ModelsSnapshot snapshot) {
        }
        CompletableFuture.supplyAsync(() -> {
            Workspace ws = workspace.get();
            AliasChange change = action.perform(ws.models(), name, version);
            return new Outcome(change, ModelsSnapshot.load(ws, name));
        }, background).whenCompleteAsync((outcome, failure) -> {
            busy = false;
            if (failure != null) {
                showMessage(ModelsViewModel.failure(action, cause(failure)), "error");
                load(name);
            } else {
                apply(outcome.snapshot());
                showMessage(ModelsViewModel.outcome(outcome.change()), "done");
            }
            updateButtons();
        }, fx);
    }

    private boolean confirm(RegistryAction action) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, model.confirmation(action), ButtonType.OK, ButtonType.CANCEL);
        alert.setTitle(action.label());
        alert.setHeaderText(action.label() + " \u2014 " + model.selectedModel());
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        Button ok = (Button) alert.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("models-confirm-ok");
        ok.setText(action.label());
        Button cancel = (Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setId("models-confirm-cancel");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ButtonType.OK;
    }

    private void showMessage(String text, String kind) {
        message.getStyleClass().removeAll("pending", "error", "done");
        message.getStyleClass().add(kind);
        message.setText(text);
        message.setManaged(true);
        message.setVisible(true);
    }

    private void clearMessage() {
        message.setText("");
        message.setManaged(false);
        message.setVisible(false);
    }

    private void updateButtons() {
        buttons.forEach((a, b) -> {
            ActionState s = model.state(a);
            b.setDisable(busy || !s.enabled());
            b.setTooltip(new Tooltip(s.why()));
        });
        hint.setText(model.hint());
    }

    private void configureModels() {
        models.setId("models-table");
        models.setPlaceholder(new Label("No models registered"));
        models.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        models.getColumns().add(text("Model", ModelListRow::name, 120));
        models.getColumns().add(text("Project", ModelListRow::project, 80));
        TableColumn<ModelListRow, String> count = fixed(text("Versions", r -> Integer.toString(r.versions()), 66));
        count.getStyleClass().add("numeric");
        models.getColumns().add(count);
        models.getColumns().add(fixed(text("Champion", ModelListRow::champion, 76)));
        models.getColumns().add(fixed(text("Challenger", ModelListRow::challenger, 82)));
        models.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!applying && now != null && !now.name().equals(model.selectedModel())) {
                clearMessage();
                load(now.name());
            }
        });
    }

    private void configureVersions() {
        versions.setId("versions-table");
        versions.setPlaceholder(new Label("Select a model to see its versions"));
        versions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<VersionRow, String> version = fixed(text("Version", r -> "v" + r.version(), 64));
        version.getStyleClass().add("version-column");
        versions.getColumns().add(version);
        TableColumn<VersionRow, List<String>> aliases = new TableColumn<>("Aliases");
        aliases.setPrefWidth(104);
        aliases.setMinWidth(104);
        aliases.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().aliases()));
        aliases.setCellFactory(c -> new BadgeCell());
        versions.getColumns().add(aliases);
        versions.getColumns().add(fixed(text("Created (UTC)", VersionRow::created, 124)));
        versions.getColumns().add(withTooltip(text("Metrics", VersionRow::metrics, 170), VersionRow::metricsDetail));
        versions.getColumns().add(fixed(text("Run", VersionRow::run, 54)));
        versions.getColumns().add(text("Node", VersionRow::node, 70));
        versions.getColumns().add(fixed(text("Revision", VersionRow::revision, 72)));
        versions.getColumns().add(withTooltip(text("Data", VersionRow::data, 150), VersionRow::dataDetail));
        versions.getColumns().add(withTooltip(text("Reason", VersionRow::reason, 120), VersionRow::reason));
        versions.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VersionRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("champion-row");
                if (!empty && row != null && row.aliases().contains(io.pipewright.store.ModelRegistry.CHAMPION)) {
                    getStyleClass().add("champion-row");
                }
            }
        });
        versions.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!applying) {
                model.selectVersion(now == null ? null : now.version());
                updateButtons();
            }
        });
    }

    private static <R> TableColumn<R, String> text(String title, Function<R, String> value, double width) {
        TableColumn<R, String> col = new TableColumn<>(title);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return col;
    }

    /** A column of short values whose header must stay readable: never narrower than it starts. */
    private static <R> TableColumn<R, String> fixed(TableColumn<R, String> col) {
        col.setMinWidth(col.getPrefWidth());
        return col;
    }

    /** Cells of {@code col} show {@code detail} of their row as a tooltip. */
    private static TableColumn<VersionRow, String> withTooltip(TableColumn<VersionRow, String> col,
                                                                Function<VersionRow, String> detail) {
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                VersionRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(detail.apply(row)));
            }
        });
        return col;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("models-section-title");
        return l;
    }

    private static Throwable cause(Throwable failure) {
        return failure.getCause() != null ? failure.getCause() : failure;
    }

    /** The aliases of a version as coloured badges. */
    private static final class BadgeCell extends TableCell<VersionRow, List<String>> {
        @Override
        protected void updateItem(List<String> aliases, boolean empty) {
            super.updateItem(aliases, empty);
            setText(null);
            if (empty || aliases == null || aliases.isEmpty()) {
                setGraphic(null);
                return;
            }
            HBox box = new HBox(4);
            box.setAlignment(Pos.CENTER_LEFT);
            for (String alias : aliases) {
                Label badge = new Label(alias);
                badge.getStyleClass().addAll("alias-badge", alias);
                box.getChildren().add(badge);
            }
            setGraphic(box);
        }
    }
}
