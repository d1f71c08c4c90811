package io.pipewright.app;

import io.pipewright.node.Category;
import io.pipewright.node.NodeCatalog;
import io.pipewright.node.NodeDescriptor;
import io.pipewright.node.NodeType;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The node palette: every catalog node type grouped by category, a search field that filters by name
 * and help text, the help as a tooltip; double-clicking a node type hands it to {@code onAdd}.
 */
final class PaletteView extends VBox {
    /** What a palette drag carries: this prefix and the node type id. */
    /** The node type a palette drag carries, given a drag event's gesture source; empty for other drags. */
    static Optional<NodeDescriptor> draggedType(Object gestureSource) {
        return gestureSource instanceof PaletteCell cell && cell.getItem() instanceof NodeDescriptor d
                ? Optional.of(d) : Optional.empty();
    }

    private final List<NodeDescriptor> descriptors;
    private final TreeView<Object> tree = new TreeView<>();
    private final TextField search = TextFields.createClearableTextField();

    PaletteView(NodeCatalog catalog, Consumer<NodeDescriptor> onAdd) {
        this.descriptors = catalog.all().stream().map(NodeType::descriptor)
                .sorted(Comparator.comparing(NodeDescriptor::category).thenComparing(NodeDescriptor::name)).toList();
        getStyleClass().add("palette");
        Label title = new Label("Nodes");
        title.getStyleClass().add("dock-title");
        search.setPromptText("Search nodes");
        search.setId("palette-search");
        search.textProperty().addListener((obs, old, now) -> fill(now));
        tree.setId("palette-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new PaletteCell());
        tree.setOnMouseClicked(e -> {
            TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && item != null
                    && item.getValue() instanceof NodeDescriptor d) {
                onAdd.accept(d);
            }
        });
        VBox.setMargin(search, new javafx.geometry.Insets(0, 8, 2, 8));
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(title, search, tree);
        fill("");
    }

    private void fill(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        TreeItem<Object> root = new TreeItem<>("Nodes");
        for (Category category : Category.values()) {
            TreeItem<Object> group = new TreeItem<>(category);
            descriptors.stream().filter(d -> d.category() == category).filter(d -> matches(d, q))
                    .forEach(d -> group.getChildren().add(new TreeItem<>(d)));
            if (!group.getChildren().isEmpty()) {
                group.setExpanded(true);
                root.getChildren().add(group);
            }
        }
        tree.setRoot(root);
    }

    private static boolean matches(NodeDescriptor d, String q) {
        return q.isEmpty() || d.name().toLowerCase(Locale.ROOT).contains(q) || d.help().toLowerCase(Locale.ROOT).contains(q)
                || d.typeId().contains(q);
    }

    /** Node types and categories as they appear in the tree, with the node's help as tooltip. */
    private static final class PaletteCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(c -> c.startsWith("palette-"));
            setOnDragDetected(null);
            setOnMouseReleased(null);
            if (empty || item == null) {
                setText(null);
                setTooltip(null);
            } else if (item instanceof NodeDescriptor d) {
                setText(d.name());
                // A full press-drag-release gesture inside the window: the canvas takes the drop. It needs no
                // system drag-and-drop (clipboard), which headless and some Linux desktops handle badly.
                setOnDragDetected(e -> {
                    startFullDrag();
                    setCursor(Cursor.CLOSED_HAND);
                    e.consume();
                });
                setOnMouseReleased(e -> setCursor(null));
                getStyleClass().addAll("palette-node", "palette-" + d.category().name().toLowerCase(Locale.ROOT));
                Tooltip tip = new Tooltip(d.name() + " (" + d.typeId() + ")\n\n" + d.help());
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                setTooltip(tip);
            } else if (item instanceof Category c) {
                setText(c.label());
                getStyleClass().add("palette-category");
                setTooltip(null);
            }
        }
    }
}
