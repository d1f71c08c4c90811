package io.pipewright.app;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ListView;

/** The Console dock: the document's log lines, following the newest one. */
final class ConsoleView extends ListView<String> {
    ConsoleView(PipelineDocumentViewModel document) {
        super(document.console());
        setId("console");
        getStyleClass().add("console");
        document.console().addListener((ListChangeListener<String>) c -> scrollTo(getItems().size() - 1));
    }
}
