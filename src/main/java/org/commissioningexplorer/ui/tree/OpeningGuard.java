package org.commissioningexplorer.ui.tree;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * Keeps the chosen row chosen while a branch opens. A branch whose rows are made as it opens (never opened before)
 * tells JavaFX's tree twice that rows came above the selection, once as they are made and once as it opens, and the
 * tree moves its selection down twice: onto another row, while the detail pane still shows the chosen body. While a
 * branch opens, the tree's selection is not the user's choice ({@link #isOpening}); once it is open, the chosen
 * body's row, or the heading chosen before, is chosen again.
 */
final class OpeningGuard {

    private final TreeView<TreeEntry> tree;
    private final Supplier<TreeItem<TreeEntry>> chosenRow;
    private final BooleanSupplier busy;
    private final EventHandler<TreeItem.TreeModificationEvent<TreeEntry>> opening = this::opening;
    private final EventHandler<TreeItem.TreeModificationEvent<TreeEntry>> opened = this::opened;
    /** The branch being opened, between {@link #opening} and {@link #opened}, and the row chosen before. */
    private TreeItem<TreeEntry> openingWith;
    private TreeItem<TreeEntry> chosenBefore;

    /**
     * @param chosenRow the chosen body's row (null when no body is chosen)
     * @param busy      true while the tree's own code changes the rows: branches it opens are not watched
     */
    OpeningGuard(TreeView<TreeEntry> tree, Supplier<TreeItem<TreeEntry>> chosenRow, BooleanSupplier busy) {
        this.tree = tree;
        this.chosenRow = chosenRow;
        this.busy = busy;
    }

    /** Gives the tree its rows (null for none), watching their branches open. */
    void show(TreeItem<TreeEntry> root) {
        TreeItem<TreeEntry> old = tree.getRoot();
        if (old != null) {
            old.removeEventFilter(TreeItem.expandedItemCountChangeEvent(), opening);
            old.removeEventHandler(TreeItem.expandedItemCountChangeEvent(), opened);
        }
        tree.setRoot(root);
        if (root != null) {
            root.addEventFilter(TreeItem.expandedItemCountChangeEvent(), opening);
            // After the tree's selection has handled it: the handlers of one kind of event run in the order added.
            root.addEventHandler(TreeItem.expandedItemCountChangeEvent(), opened);
        }
    }

    /** Whether a branch is opening: the tree's selection then moves on its own. */
    boolean isOpening() {
        return openingWith != null;
    }

    private void opening(TreeItem.TreeModificationEvent<TreeEntry> e) {
        if (e.wasExpanded() && !busy.getAsBoolean() && openingWith == null) {
            TreeItem<TreeEntry> item = e.getTreeItem();
            openingWith = item;
            chosenBefore = tree.getSelectionModel().getSelectedItem();
            // Should a handler between the two fail, the tree must not stay deaf to the user's choices.
            Platform.runLater(() -> {
                if (openingWith == item) {
                    done();
                }
            });
        }
    }

    private void opened(TreeItem.TreeModificationEvent<TreeEntry> e) {
        if (!e.wasExpanded() || e.getTreeItem() != openingWith) {
            return;
        }
        try {
            TreeItem<TreeEntry> row = chosenRow.get();
            if (row == null && chosenBefore != null && chosenBefore.getValue() instanceof TreeEntry.GroupEntry
                    && tree.getRow(chosenBefore) >= 0) {
                row = chosenBefore; // a heading, which has no body to find it by
            }
            if (row != null && tree.getSelectionModel().getSelectedItem() != row) {
                tree.getSelectionModel().select(row);
            }
        } finally {
            done();
        }
    }

    private void done() {
        openingWith = null;
        chosenBefore = null;
    }
}
