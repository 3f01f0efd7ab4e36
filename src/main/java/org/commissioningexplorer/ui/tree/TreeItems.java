package org.commissioningexplorer.ui.tree;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * The tree's rows for one dataset, date and {@link TreeMode}, made only when the tree asks for them: a branch's
 * children are built when it is first opened (or a body inside it is shown), so a dataset of 100,000 bodies, or
 * another date, costs only the rows that can be seen.
 */
final class TreeItems {

    private final TreeShape shape;
    private final Map<String, Item> byId = new HashMap<>();
    private final Item root;

    TreeItems(DatasetQueries queries, LocalDate date) {
        this(queries, date, TreeMode.STRUCTURE);
    }

    TreeItems(DatasetQueries queries, LocalDate date, TreeMode mode) {
        this.shape = queries == null ? TreeShape.EMPTY
                : mode == TreeMode.A_TO_Z ? new AlphabeticShape(queries, date) : new StructureShape(queries, date);
        this.root = new Item(null, shape::top);
    }

    TreeItem<TreeEntry> root() {
        return root;
    }

    /**
     * The row of a body shown on the date, building the branches above it from the top (and the headings between
     * them); null when it has no row. Without recursion, so a deep tree costs no stack.
     */
    TreeItem<TreeEntry> find(Body body) {
        Item known = byId.get(body.id());
        if (known != null) {
            return known;
        }
        TreeItem<TreeEntry> above = root;
        for (Body b : shape.path(body)) {
            Item row = byId.get(b.id());
            if (row == null) {
                row = findUnder(above, b);
                if (row == null) {
                    return null;
                }
            }
            above = row;
        }
        return above == root ? null : above;
    }

    /** The body's row among a row's children or inside the headings among them (headings within headings too). */
    private Item findUnder(TreeItem<TreeEntry> above, Body b) {
        Deque<TreeItem<TreeEntry>> todo = new ArrayDeque<>();
        todo.add(above);
        while (!todo.isEmpty()) {
            for (TreeItem<TreeEntry> child : todo.poll().getChildren()) {
                if (child.getValue() instanceof TreeEntry.GroupEntry) {
                    todo.add(child);
                }
            }
            Item row = byId.get(b.id());
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    /** How many body rows have been made so far (tests check that unopened branches cost nothing). */
    int made() {
        return byId.size();
    }

    /** Whether the row's children were built: an unbuilt branch was never open, so there is nothing inside to keep. */
    static boolean built(TreeItem<TreeEntry> item) {
        return !(item instanceof Item i) || i.built;
    }

    /** A row whose children are made on first use. */
    private final class Item extends TreeItem<TreeEntry> {
        private final Supplier<List<TreeShape.Row>> below;
        private List<TreeShape.Row> rows;
        private boolean built;

        Item(TreeEntry entry, Supplier<List<TreeShape.Row>> below) {
            super(entry);
            this.below = below;
        }

        private List<TreeShape.Row> rows() {
            if (rows == null) {
                rows = below.get();
            }
            return rows;
        }

        @Override
        public ObservableList<TreeItem<TreeEntry>> getChildren() {
            if (!built) {
                built = true;
                super.getChildren().setAll(rows().stream().map(TreeItems.this::item).toList());
                rows = null; // the rows are items now
            }
            return super.getChildren();
        }

        @Override
        public boolean isLeaf() {
            if (built) {
                return super.getChildren().isEmpty();
            }
            // A heading knows its count: its rows (a region for each council, say) wait until it is opened.
            return getValue() instanceof TreeEntry.GroupEntry g ? g.count() == 0 : rows().isEmpty();
        }
    }

    private Item item(TreeShape.Row row) {
        Item item = new Item(row.entry(), row.below());
        if (row.entry() instanceof TreeEntry.BodyEntry b) {
            byId.put(b.body().id(), item);
        }
        return item;
    }
}
