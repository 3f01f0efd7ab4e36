package org.commissioningexplorer.ui.tree;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.ui.main.MainViewModel;
import org.commissioningexplorer.ui.results.SearchResultCell;
import org.commissioningexplorer.ui.results.SearchRow;
import org.commissioningexplorer.ui.results.SearchViewModel;

/**
 * The organisation tree and the search box above it. The tree follows the view-model's selection (so links
 * elsewhere select here) and sets it when the user moves in it. While the box holds a query, the grouped
 * search results stand in for the tree; opening one shows it in the tree (see {@link SearchViewModel}).
 */
public final class OrganisationTreeController {

    private final MainViewModel model;
    private final SearchViewModel search;
    private final Map<String, TreeItem<TreeEntry>> items = new HashMap<>();
    private boolean syncing;

    @FXML
    private TextField searchField;
    @FXML
    private Label searchSummary;
    @FXML
    private TreeView<TreeEntry> tree;
    @FXML
    private ListView<SearchRow> results;

    public OrganisationTreeController(MainViewModel model) {
        this.model = model;
        this.search = new SearchViewModel(model);
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
        model.setTreeFocus(tree::requestFocus);
        initSearch();
        rebuild();
        // Start with the keyboard in the tree, so arrow keys work at once and the search box shows its hint.
        Platform.runLater(tree::requestFocus);
    }

    private void initSearch() {
        searchField.textProperty().bindBidirectional(search.queryProperty());
        searchSummary.textProperty().bind(search.summaryProperty());
        searchSummary.managedProperty().bind(searchSummary.visibleProperty());
        results.setItems(search.rows());
        results.setCellFactory(l -> {
            SearchResultCell cell = new SearchResultCell(b -> model.queries() == null
                    ? org.commissioningexplorer.core.model.Period.ALWAYS : model.queries().lifetime(b));
            // Only a click on a hit opens it: not on a heading, nor on the blank space below the list.
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && !cell.isEmpty()
                        && cell.getItem() instanceof SearchRow.Hit h) {
                    search.open(h.hit());
                    tree.requestFocus();
                }
            });
            return cell;
        });
        results.setPlaceholder(new Label("No results"));
        search.queryProperty().addListener((obs, old, text) -> showResults(search.isActive()));
        showResults(false);
        // Headings are not results: the selection steps over them.
        results.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            int i = index.intValue();
            if (i >= 0 && i < search.rows().size() && search.rows().get(i) instanceof SearchRow.Heading) {
                int step = old.intValue() > i ? -1 : 1;
                int next = i + step;
                if (next < 0 || next >= search.rows().size()) {
                    next = i - step;
                }
                int target = next;
                Platform.runLater(() -> {
                    if (target >= 0 && target < search.rows().size()) {
                        results.getSelectionModel().select(target);
                    }
                });
            }
        });
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                tree.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                search.open(search.first());
                tree.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && search.isActive() && search.first() != null) {
                results.requestFocus();
                results.getSelectionModel().select(search.firstHitIndex());
                e.consume();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                searchField.clear();
                tree.requestFocus();
                e.consume();
            }
        });
        // Up from the first hit goes back to the box; a filter sees the key before the list moves.
        results.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            int selected = results.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.UP && selected <= search.firstHitIndex()) {
                searchField.requestFocus();
                e.consume();
            }
        });
    }

    private void openSelected() {
        SearchRow row = results.getSelectionModel().getSelectedItem();
        if (row instanceof SearchRow.Hit h) {
            search.open(h.hit());
            tree.requestFocus();
        }
    }

    private void showResults(boolean show) {
        results.setVisible(show);
        tree.setVisible(!show);
        searchSummary.setVisible(show);
    }

    /** Puts the keyboard in the search box (Ctrl+F). */
    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private void rebuild() {
        DatasetQueries q = model.queries();
        // Keep what the user opened: moving the date must not fold the tree up again.
        Set<String> open = new HashSet<>();
        if (tree.getRoot() != null) {
            collectExpanded(tree.getRoot(), "", open);
        }
        boolean first = tree.getRoot() == null || tree.getRoot().getChildren().isEmpty();
        items.clear();
        TreeItem<TreeEntry> root = new TreeItem<>();
        if (q != null) {
            addChildren(q, root, q.roots(), 0);
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

    private void addChildren(DatasetQueries q, TreeItem<TreeEntry> parent, List<Body> children, int depth) {
        LocalDate date = model.asOf();
        List<Body> shown = children.stream().filter(b -> q.existedOn(b, date)).toList();
        for (TreeGrouping.Row row : TreeGrouping.rows(shown, kind -> q.dataset().kind(kind).plural())) {
            if (row.entry() instanceof TreeEntry.GroupEntry) {
                TreeItem<TreeEntry> group = new TreeItem<>(row.entry());
                parent.getChildren().add(group);
                for (Body b : row.members()) {
                    addItem(q, group, b, depth + 1);
                }
            } else {
                addItem(q, parent, row.entry().bodyOrNull(), depth);
            }
        }
    }

    private void addItem(DatasetQueries q, TreeItem<TreeEntry> parent, Body body, int depth) {
        TreeItem<TreeEntry> item = new TreeItem<>(new TreeEntry.BodyEntry(body));
        items.put(body.id(), item);
        // Open the top level so a first-time user sees the structure at once.
        item.setExpanded(depth == 0);
        parent.getChildren().add(item);
        addChildren(q, item, q.children(body.id()), depth + 1);
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
