package org.commissioningexplorer.ui.tree;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.View;

/**
 * The organisation tree, arranged by the structure (NHS England, regions, the bodies in each) or as A–Z lists, as
 * the user last chose. It follows the window's view (so links elsewhere select here): another dataset rebuilds
 * it, another date changes only the rows that changed ({@link TreeItems#moveTo}), another selection only moves to
 * it; and it selects a body when the user moves in it.
 */
public final class OrganisationTreeController {

    static final String MODE_SETTING = "tree.mode";
    /** At most this many rows changed by another date go into the tree while it watches (see {@link #rebuild}). */
    static final int LIVE_CHANGES = 64;
    /** ... and only while it shows at most this many rows, open or scrolled out of sight. */
    static final int LIVE_ROWS = 2_000;

    private final ExplorerState state;
    private final Settings settings;
    private TreeItems items;
    private TreeMode mode;
    private boolean syncing;
    /** Keeps the chosen row chosen while a branch opens; made with the tree. */
    private OpeningGuard guard;

    @FXML
    private TreeView<TreeEntry> tree;
    @FXML
    private javafx.scene.control.Label emptyTree;
    @FXML
    private ToggleGroup modes;
    @FXML
    private ToggleButton byStructure;
    @FXML
    private ToggleButton byName;

    public OrganisationTreeController(ExplorerState state, Settings settings) {
        this.state = state;
        this.settings = settings;
    }

    /** With settings kept in memory, for tests. */
    public OrganisationTreeController(ExplorerState state) {
        this(state, Settings.inMemory());
    }

    @FXML
    private void initialize() {
        mode = TreeMode.of(settings.get(MODE_SETTING, TreeMode.STRUCTURE.name()));
        (mode == TreeMode.A_TO_Z ? byName : byStructure).setSelected(true);
        byStructure.setTooltip(new Tooltip(Texts.get("tree.mode.structure.tooltip")));
        byName.setTooltip(new Tooltip(Texts.get("tree.mode.az.tooltip")));
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
                return;
            }
            TreeMode chosen = now == byName ? TreeMode.A_TO_Z : TreeMode.STRUCTURE;
            if (chosen != mode) {
                mode = chosen;
                settings.put(MODE_SETTING, chosen.name());
                items = null; // the rows of one arrangement mean nothing in the other
                rebuild();
            }
        });
        tree.setShowRoot(false);
        guard = new OpeningGuard(tree, () -> {
            Body chosen = state.navigation().selected();
            return chosen == null || items == null ? null : items.find(chosen);
        }, () -> syncing);
        tree.setCellFactory(t -> new BodyTreeCell(() -> state.session().queries() == null ? null
                : state.session().queries().dataset()));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncing && !guard.isOpening() && item != null && item.getValue() != null) {
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
        if (items != null && items.of(view.queries(), mode) && tree.getRoot() == items.root()
                && !items.root().getChildren().isEmpty()) {
            // Another date of the same dataset: the rows still there stay (open, folded, selected), and only the
            // lists that changed are refilled, so the tree redraws only what changed.
            TreeItem<TreeEntry> selected = tree.getSelectionModel().getSelectedItem();
            int rowBefore = selected == null ? -1 : tree.getRow(selected);
            Reset reset = null;
            syncing = true;
            try {
                List<Runnable> changes = items.moveTo(view.asOf());
                if (changes.size() <= LIVE_CHANGES && tree.getExpandedItemCount() <= LIVE_ROWS) {
                    changes.forEach(Runnable::run);
                } else {
                    reset = new Reset(firstInView(), rowBefore >= 0 && inView(rowBefore), selected);
                    // After each change the tree finds its focused row again, which costs the rows above it: many
                    // changes, or a tree with long lists open (a large dataset), go in while the tree does not watch.
                    TreeItem<TreeEntry> root = tree.getRoot();
                    guard.show(null);
                    changes.forEach(Runnable::run);
                    guard.show(root);
                }
            } finally {
                syncing = false;
            }
            showEmpty(view);
            reveal(view.selected(), rowBefore, reset);
            return;
        }
        // Keep what the user opened: moving the date must not fold the tree up again.
        Set<String> open = new HashSet<>();
        Set<String> built = new HashSet<>();
        boolean first = items == null || tree.getRoot() == null || tree.getRoot().getChildren().isEmpty();
        if (!first) {
            collectExpanded(tree.getRoot(), "", open, built);
        }
        items = new TreeItems(view.queries(), view.asOf(), mode);
        TreeItem<TreeEntry> root = items.root();
        for (TreeItem<TreeEntry> top : root.getChildren()) {
            // Open the top-level bodies (not the long lists under headings) so a first-time user sees the
            // structure at once.
            top.setExpanded(first ? top.getValue() instanceof TreeEntry.BodyEntry : open.contains(key("", top.getValue())));
        }
        if (!first) {
            restoreExpanded(root, "", open, built);
        }
        // The branches above the selection are opened before the tree has the rows: opened after, each one would
        // make the tree count its rows and refill the visible ones again.
        openAbove(view.selected());
        syncing = true;
        try {
            guard.show(root);
        } finally {
            syncing = false;
        }
        showEmpty(view);
        reveal(view.selected());
    }

    /**
     * An empty tree says why and what to do, instead of being a blank box. (Before a dataset is open the status bar
     * shows it loading, and a failure has its banner.)
     */
    private void showEmpty(View view) {
        emptyTree.setText(view.queries() != null && tree.getRoot().getChildren().isEmpty()
                ? Texts.format("tree.empty", Period.format(view.asOf())) : "");
        emptyTree.setVisible(!emptyTree.getText().isEmpty());
    }

    private static String key(String parentKey, TreeEntry e) {
        return e instanceof TreeEntry.GroupEntry g ? parentKey + "/" + g.key() : e.bodyOrNull().id();
    }

    /** The arrangement shown now. */
    TreeMode mode() {
        return mode;
    }

    /**
     * The rows that are open, and the branches that were built (opened once, perhaps folded since): only those
     * are looked inside, since an unbuilt branch was never open.
     */
    private static void collectExpanded(TreeItem<TreeEntry> item, String key, Set<String> open, Set<String> built) {
        for (TreeItem<TreeEntry> child : item.getChildren()) {
            String k = key(key, child.getValue());
            if (child.isExpanded()) {
                open.add(k);
            }
            if (TreeItems.built(child)) {
                built.add(k);
                collectExpanded(child, k, open, built);
            }
        }
    }

    /** Opens again the rows that were open, also inside branches folded since, building only those branches. */
    private static void restoreExpanded(TreeItem<TreeEntry> item, String key, Set<String> open, Set<String> built) {
        for (TreeItem<TreeEntry> child : item.getChildren()) {
            String k = key(key, child.getValue());
            if (open.contains(k)) {
                child.setExpanded(true);
            }
            if (open.contains(k) || built.contains(k)) {
                restoreExpanded(child, k, open, built);
            }
        }
    }

    /** The deepest body the tree opens its branches for; no real structure is more than a few levels deep. */
    static final int MAX_REVEALED_DEPTH = 500;

    /**
     * Selects and scrolls to the body. Building and opening the branches above it moves rows under the tree's
     * current selection, which must not count as the user choosing another body.
     */
    private void reveal(Body body) {
        reveal(body, -1, null);
    }

    /**
     * How the tree was before the rows of another date went in while it did not watch, which loses its selection and
     * scrolls it to the top: the top row on screen, whether the chosen row was on screen, and the row chosen (a heading
     * perhaps).
     */
    private record Reset(int top, boolean chosenInView, TreeItem<TreeEntry> chosen) {
    }

    /**
     * Selects and scrolls to the body, as {@link #reveal(Body)}; {@code rowBefore} is the row the same selection was
     * on before the rows changed (-1 if none): it is scrolled to again only if it moved. Scrolling lays out every
     * row on screen again, so a row already in full view is not scrolled to. After a {@code reset} (null if none) the
     * list is put back where the user had it: the chosen row on the same line of the screen if it was on screen,
     * else the same top row, so that another date does not move the list under the user's eyes.
     */
    private void reveal(Body body, int rowBefore, Reset reset) {
        syncing = true;
        try {
            TreeItem<TreeEntry> item = openAbove(body);
            if (item == null) {
                if (body != null) {
                    // Not in the tree on the date: no other row is to look chosen (the rows kept on another date may
                    // have moved the selection onto the one that took the removed row's place). With no body, a
                    // heading may be chosen, and stays so.
                    tree.getSelectionModel().clearSelection();
                } else if (reset != null && reset.chosen() != null && tree.getRow(reset.chosen()) >= 0) {
                    tree.getSelectionModel().select(reset.chosen()); // the heading the tree lost
                }
                if (reset != null) {
                    tree.scrollTo(reset.top());
                }
                return;
            }
            if (tree.getSelectionModel().getSelectedItem() != item) {
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0 && reset != null) {
                    tree.scrollTo(Math.max(0, reset.chosenInView() ? reset.top() + row - rowBefore : reset.top()));
                } else if (row >= 0 && !inView(row)) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            } else if (rowBefore >= 0) {
                int row = tree.getRow(item);
                if (row >= 0 && row != rowBefore) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * Whether the row is on screen in full, as the tree last laid its rows out. Rows that changed since (above the
     * screen or on it) leave its first or last cell showing another row than the one now at its place: then it
     * cannot say. (Not the tree's or its flow's flag for a layout to come: the flow, whose cells move while it lays
     * them out, is left marked after most passes, and the tree too.)
     */
    private boolean inView(int row) {
        if (!(tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)
                || !(flow.getFirstVisibleCell() instanceof TreeCell<?> first)
                || !(flow.getLastVisibleCell() instanceof TreeCell<?> last)) {
            return false;
        }
        return row > first.getIndex() && row < last.getIndex()
                && first.getTreeItem() == tree.getTreeItem(first.getIndex())
                && last.getTreeItem() == tree.getTreeItem(last.getIndex());
    }

    /** The top row on screen (perhaps in part), the tree laid out as it is now (0 if it cannot say). */
    private int firstInView() {
        return tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                ? flow.getFirstVisibleCell().getIndex() : 0;
    }

    /** The body's row with the branches above it open (built if need be); null when it has none to show. */
    private TreeItem<TreeEntry> openAbove(Body body) {
        if (body == null || items == null) {
            return null;
        }
        if (state.navigation().view().queries().path(body).size() > MAX_REVEALED_DEPTH) {
            // JavaFX's tree counts open rows recursively: a branch this deep would overflow its stack. The detail
            // pane still shows the body and the path above it.
            return null;
        }
        TreeItem<TreeEntry> item = items.find(body);
        if (item != null) {
            for (TreeItem<TreeEntry> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
        }
        return item;
    }
}
