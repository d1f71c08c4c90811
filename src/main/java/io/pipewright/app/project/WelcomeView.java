package io.pipewright.app.project;

import io.pipewright.store.ProjectSummary;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The welcome page: what to start from. The sample projects as cards (title, one-line description,
 * Open), the recently opened projects, and the ways to start something new.
 */
public final class WelcomeView extends ScrollPane {
    /** What the page's buttons do. */
    public interface Actions {
        void openProject(String name);

        void newProject();

        void chooseProject();

        void openFile();

        void backToDesigner();
    }

    private static final String[] ACCENTS = {"accent-blue", "accent-orange", "accent-green", "accent-purple", "accent-red"};

    private final Actions actions;
    private final VBox content = new VBox();
    private final Hyperlink back = new Hyperlink("Back to the open pipeline");

    public WelcomeView(Actions actions) {
        this.actions = actions;
        setId("welcome");
        getStyleClass().add("welcome");
        setFitToWidth(true);
        content.getStyleClass().add("welcome-content");
        back.setId("welcome-back");
        back.setOnAction(e -> actions.backToDesigner());
        StackPane centred = new StackPane(content);
        centred.getStyleClass().add("welcome-page");
        StackPane.setAlignment(content, Pos.TOP_CENTER);
        setContent(centred);
        show(WelcomeModel.EMPTY, false);
    }

    /** Shows the model; {@code canGoBack} offers a link back to the pipeline that is open behind the page. */
    public void show(WelcomeModel model, boolean canGoBack) {
        content.getChildren().setAll(header(canGoBack), section("Sample projects",
                "Ready-made pipelines with their data. Open one and press Run."), samples(model));
        content.getChildren().addAll(section("Recent projects", null), recent(model));
    }

    private Region header(boolean canGoBack) {
        Label title = new Label("Welcome to Pipewright");
        title.getStyleClass().add("welcome-title");
        Label subtitle = new Label("Draw a machine-learning pipeline, run it with one click, and keep every run.");
        subtitle.getStyleClass().add("welcome-subtitle");
        VBox text = new VBox(4, title, subtitle);
        if (canGoBack) {
            text.getChildren().add(back);
        }
        Button create = button("New project", "welcome-new", actions::newProject);
        create.getStyleClass().add("welcome-primary");
        Button open = button("Open project\u2026", "welcome-open-project", actions::chooseProject);
        Button file = button("Open file\u2026", "welcome-open-file", actions::openFile);
        HBox buttons = new HBox(8, create, open, file);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(16, text, spacer, buttons);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("welcome-header");
        return header;
    }

    private static Region section(String name, String hint) {
        Label label = new Label(name);
        label.getStyleClass().add("welcome-section");
        VBox box = new VBox(2, label);
        if (hint != null) {
            Label text = new Label(hint);
            text.getStyleClass().add("welcome-hint");
            box.getChildren().add(text);
        }
        return box;
    }

    private Region samples(WelcomeModel model) {
        FlowPane cards = new FlowPane(16, 16);
        cards.setId("welcome-samples");
        cards.getStyleClass().add("welcome-cards");
        int i = 0;
        for (WelcomeModel.Sample sample : model.samples()) {
            cards.getChildren().add(sampleCard(sample, ACCENTS[i++ % ACCENTS.length]));
        }
        if (model.samples().isEmpty()) {
            cards.getChildren().add(hint("No sample projects were found next to the app."));
        }
        return cards;
    }

    private Region sampleCard(WelcomeModel.Sample sample, String accent) {
        Region stripe = new Region();
        stripe.getStyleClass().addAll("card-stripe", accent);
        Label title = new Label(sample.sample().title());
        title.getStyleClass().add("card-title");
        title.setWrapText(true);
        Label text = new Label(sample.sample().headline());
        text.setTooltip(new javafx.scene.control.Tooltip(sample.sample().description()));
        text.getTooltip().setWrapText(true);
        text.getTooltip().setMaxWidth(420);
        text.getStyleClass().add("card-text");
        text.setWrapText(true);
        VBox.setVgrow(text, Priority.ALWAYS);
        text.setMaxHeight(Double.MAX_VALUE);
        text.setAlignment(Pos.TOP_LEFT);
        Label meta = new Label(sample.sample().nodes() + " nodes");
        meta.setMinWidth(0);
        meta.getStyleClass().add("card-meta");
        Button open = button("Open", "welcome-sample-" + sample.sample().key(), () -> actions.openProject(sample.project()));
        open.getStyleClass().add("card-open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setDisable(sample.project() == null);
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, meta, spacer, open);
        footer.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(8, title, text, footer);
        body.getStyleClass().add("card-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox card = new VBox(stripe, body);
        card.getStyleClass().add("welcome-card");
        card.setId("sample-card-" + sample.sample().key());
        card.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && sample.project() != null) {
                actions.openProject(sample.project());
            }
        });
        return card;
    }

    private Region recent(WelcomeModel model) {
        VBox rows = new VBox(8);
        rows.setId("welcome-recent");
        if (model.recent().isEmpty()) {
            rows.getChildren().add(hint("Projects you open appear here, the most recent first."));
        }
        for (ProjectSummary summary : model.recent()) {
            rows.getChildren().add(recentRow(summary));
        }
        return rows;
    }

    private Region recentRow(ProjectSummary summary) {
        Label name = new Label(summary.project().name());
        name.getStyleClass().add("card-title");
        String description = summary.project().description();
        Label meta = new Label(plural(summary.pipelines(), "pipeline") + "  \u00b7  " + plural(summary.runs(), "run")
                + "  \u00b7  changed " + ago(summary.project().updatedAt()));
        meta.getStyleClass().add("card-meta");
        VBox text = new VBox(2, name, meta);
        if (description != null && !description.isBlank()) {
            Label line = new Label(description);
            line.getStyleClass().add("card-text");
            line.setMaxWidth(700);
            text.getChildren().add(1, line);
        }
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = button("Open", "welcome-recent-" + ProjectNames.slug(summary.project().name()),
                () -> actions.openProject(summary.project().name()));
        open.getStyleClass().add("card-open");
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, text, spacer, open);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("welcome-row");
        row.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                actions.openProject(summary.project().name());
            }
        });
        return row;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("welcome-hint");
        return label;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static String ago(Instant then) {
        long minutes = Duration.between(then, Instant.now()).toMinutes();
        if (minutes < 1) {
            return "just now";
        }
        if (minutes < 60) {
            return minutes + " min ago";
        }
        if (minutes < 48 * 60) {
            return minutes / 60 + " h ago";
        }
        return minutes / (24 * 60) + " days ago";
    }
}
