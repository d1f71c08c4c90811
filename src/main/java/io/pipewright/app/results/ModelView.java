package io.pipewright.app.results;

import io.pipewright.nodes.train.TrainedModel;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Locale;

/** A trained model: its learner and options, then Weka's own text for it (e.g. the J48 tree), in monospace. */
public final class ModelView extends VBox {
    private final Label caption = new Label();
    private final Label options = new Label();
    private final TextArea text = new TextArea();

    public ModelView() {
        setId("model-view");
        setSpacing(4);
        caption.getStyleClass().add("results-caption");
        options.getStyleClass().add("model-options");
        options.setWrapText(true);
        text.setEditable(false);
        text.setId("model-text");
        text.getStyleClass().add("model-text");
        VBox.setVgrow(text, Priority.ALWAYS);
        getChildren().addAll(caption, options, text);
    }

    public void show(String title, TrainedModel model) {
        int rows = model.trainingClasses() == null ? -1 : model.trainingClasses().numInstances();
        caption.setText(title + ": " + model.learner().shortName() + " predicting '" + model.header().classAttribute().name()
                + "' from " + (model.header().numAttributes() - 1) + " columns"
                + (rows >= 0 ? String.format(Locale.ROOT, ", trained on %,d rows", rows) : ""));
        options.setText("Options: " + (model.learnerOptions().isEmpty() ? "(Weka's defaults)" : String.join(" ", model.learnerOptions())));
        text.setText(text(model));
        text.positionCaret(0);
    }

    /** The learner's command line, a blank line, then Weka's description of the model. */
    public static String text(TrainedModel model) {
        return model.learner().toCommandLine() + "\n\n" + model.classifier();
    }

    public TextArea textArea() {
        return text;
    }
}
