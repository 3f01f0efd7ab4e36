package org.commissioningexplorer.ui.tree;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.View;

/**
 * The organisation tree. It follows the window's view (so links elsewhere select here): another dataset or
 * date rebuilds it, another selection only moves to it; and it selects a body when the user moves in it.
 */
public final class OrganisationTreeController {

    private final ExplorerState state;
    private final Map<String, TreeItem<TreeEntry>> items = new HashMap<>();
    private boolean syncing;

    @FXML
    private TreeView<TreeEntry> tree;

    public OrganisationTreeController(ExplorerState state) {
        this.state = state;
    }

    @FXML
    private void initialize() {
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new BodyTreeCell(() -> state.session().queries() == null ? null
                : state.session().queries().dataset()));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && item != null && item.getValue() != null) {
                // A heading has no page of its own: the detail pane then shows its placeholder.
                state.navigation().select(item.getValue().bodyOrNull());
            }
        });
        state.navigation().viewProperty().addListener((obs, old, view) -> {
            if (view.sameDataAndDate(old)) {
                reveal(view.selected());
            } else {
                rebuild();
            }
        });
        state.treeRequestsProperty().addListener((obs, old, n) -> tree.requestFocus());
        rebuild();
        // Start with the keyboard in the tree, so arrow keys work at once and the search box shows its hint.
        Platform.runLater(tree::requestFocus);
    }

    private void rebuild() {
        View view = state.navigation().view();
        DatasetQueries q = view.queries();
        // Keep what the user opened: moving the date must not fold the tree up again.
        Set<String> open = new HashSet<>();
        if (tree.getRoot() != null) {
            collectExpanded(tree.getRoot(), "", open);
        }
        boolean first = tree.getRoot() == null || tree.getRoot().getChildren().isEmpty();
        items.clear();
        TreeItem<TreeEntry> root = new TreeItem<>();
        if (q != null) {
            addChildren(q, view.asOf(), root, q.roots(), 0);
            if (!first) {
                restoreExpanded(root, "", open);
            }
        }
        syncing = true;
        try {
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        reveal(view.selected());
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

    private void addChildren(DatasetQueries q, LocalDate date, TreeItem<TreeEntry> parent, List<Body> children,
                             int depth) {
        List<Body> shown = children.stream().filter(b -> q.existedOn(b, date)).toList();
        for (TreeGrouping.Row row : TreeGrouping.rows(shown, kind -> q.dataset().kind(kind).plural())) {
            if (row.entry() instanceof TreeEntry.GroupEntry) {
                TreeItem<TreeEntry> group = new TreeItem<>(row.entry());
                parent.getChildren().add(group);
                for (Body b : row.members()) {
                    addItem(q, date, group, b, depth + 1);
                }
            } else {
                addItem(q, date, parent, row.entry().bodyOrNull(), depth);
            }
        }
    }

    private void addItem(DatasetQueries q, LocalDate date, TreeItem<TreeEntry> parent, Body body, int depth) {
        TreeItem<TreeEntry> item = new TreeItem<>(new TreeEntry.BodyEntry(body));
        items.put(body.id(), item);
        // Open the top level so a first-time user sees the structure at once.
        item.setExpanded(depth == 0);
        parent.getChildren().add(item);
        addChildren(q, date, item, q.children(body.id()), depth + 1);
    }

    /** Selects and scrolls to the body, clearing a filter that hides it. */
    private void reveal(Body body) {
        if (body == null) {
            return;
        }
        TreeItem<TreeEntry> item = items.get(body.id());
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
