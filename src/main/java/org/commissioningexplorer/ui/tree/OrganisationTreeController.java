package org.commissioningexplorer.ui.tree;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.main.MainViewModel;

/**
 * The organisation tree with its name filter. It follows the view-model's selection (so links elsewhere
 * select here) and sets it when the user moves in the tree.
 */
public final class OrganisationTreeController {

    private final MainViewModel model;
    private final Map<String, TreeItem<TreeEntry>> items = new HashMap<>();
    private boolean syncing;

    @FXML
    private TextField filterField;
    @FXML
    private TreeView<TreeEntry> tree;

    public OrganisationTreeController(MainViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new BodyTreeCell(() -> model.queries() == null ? null : model.queries().dataset()));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null && item.getValue() != null) {
                // A heading has no page of its own: the detail pane then shows its placeholder.
                model.selectedProperty().set(item.getValue().bodyOrNull());
            }
        });
        model.queriesProperty().addListener((obs, old, q) -> rebuild());
        model.asOfProperty().addListener((obs, old, date) -> rebuild());
        model.selectedProperty().addListener((obs, old, body) -> reveal(body));
        filterField.textProperty().addListener((obs, old, text) -> rebuild());
        filterField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filterField.clear();
                tree.requestFocus();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                selectFirstMatch();
                tree.requestFocus();
                e.consume();
            }
        });
        // Esc in the tree also drops the filter, keeping the selection, so the whole tree comes back.
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filterField.getText().isEmpty()) {
                filterField.clear();
                e.consume();
            }
        });
        model.setTreeFocus(tree::requestFocus);
        rebuild();
        // Start with the keyboard in the tree, so arrow keys work at once and the filter shows its hint.
        Platform.runLater(tree::requestFocus);
    }

    /** Puts the keyboard in the name filter (Ctrl+F). */
    public void focusFilter() {
        filterField.requestFocus();
        filterField.selectAll();
    }

    private void rebuild() {
        DatasetQueries q = model.queries();
        // Keep what the user opened: moving the date or typing must not fold the tree up again.
        Set<String> open = new HashSet<>();
        if (tree.getRoot() != null) {
            collectExpanded(tree.getRoot(), "", open);
        }
        boolean first = tree.getRoot() == null || tree.getRoot().getChildren().isEmpty();
        items.clear();
        TreeItem<TreeEntry> root = new TreeItem<>();
        if (q != null) {
            Set<String> visible = TreeFilter.visibleIds(q, filterField.getText());
            addChildren(q, root, q.roots(), visible, 0);
            if (!first && visible == null) {
                restoreExpanded(root, "", open);
            }
        }
        syncing = true;
        try {
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        reveal(model.selectedProperty().get());
    }

    private static String key(String parentKey, TreeEntry e) {
        return e instanceof TreeEntry.GroupEntry g ? parentKey + "/" + g.kind() : e.bodyOrNull().id();
    }

    private static void collectExpanded(TreeItem<TreeEntry> item, String key, Set<String> out) {
        for (TreeItem<TreeEntry> child : item.getChildren()) {
            String k = key(key, child.getValue());
            if (child.isExpanded()) {
                out.add(k);
            }
            collectExpanded(child, k, out);
        }
    }

    private static void restoreExpanded(TreeItem<TreeEntry> item, String key, Set<String> open) {
        for (TreeItem<TreeEntry> child : item.getChildren()) {
            String k = key(key, child.getValue());
            child.setExpanded(open.contains(k));
            restoreExpanded(child, k, open);
        }
    }

    private void addChildren(DatasetQueries q, TreeItem<TreeEntry> parent, List<Body> children, Set<String> visible,
                             int depth) {
        LocalDate date = model.asOf();
        List<Body> shown = children.stream()
                .filter(b -> q.existedOn(b, date) && (visible == null || visible.contains(b.id()))).toList();
        for (TreeGrouping.Row row : TreeGrouping.rows(shown, kind -> q.dataset().kind(kind).plural())) {
            if (row.entry() instanceof TreeEntry.GroupEntry) {
                TreeItem<TreeEntry> group = new TreeItem<>(row.entry());
                group.setExpanded(visible != null);
                parent.getChildren().add(group);
                for (Body b : row.members()) {
                    addItem(q, group, b, visible, depth + 1);
                }
            } else {
                addItem(q, parent, row.entry().bodyOrNull(), visible, depth);
            }
        }
    }

    private void addItem(DatasetQueries q, TreeItem<TreeEntry> parent, Body body, Set<String> visible, int depth) {
        TreeItem<TreeEntry> item = new TreeItem<>(new TreeEntry.BodyEntry(body));
        items.put(body.id(), item);
        // Without a filter, open the top level so a first-time user sees the structure at once;
        // with one, open everything that leads to a match.
        item.setExpanded(visible != null || depth == 0);
        parent.getChildren().add(item);
        addChildren(q, item, q.children(body.id()), visible, depth + 1);
    }

    private void selectFirstMatch() {
        String text = filterField.getText();
        items.values().stream()
                .filter(i -> TreeFilter.matches(i.getValue().bodyOrNull(), text))
                .min(Comparator.comparingInt(tree::getRow))
                .ifPresent(i -> model.selectedProperty().set(i.getValue().bodyOrNull()));
    }

    /** Selects and scrolls to the body, clearing a filter that hides it. */
    private void reveal(Body body) {
        if (body == null) {
            return;
        }
        TreeItem<TreeEntry> item = items.get(body.id());
        if (item == null && !filterField.getText().isEmpty()) {
            filterField.clear(); // rebuilds, then comes back here
            return;
        }
        if (item == null) {
            return;
        }
        for (TreeItem<TreeEntry> p = item.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        if (tree.getSelectionModel().getSelectedItem() != item) {
            syncing = true;
            try {
                tree.getSelectionModel().select(item);
            } finally {
                syncing = false;
            }
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }
}
