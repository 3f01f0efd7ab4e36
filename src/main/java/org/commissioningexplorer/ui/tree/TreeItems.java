package org.commissioningexplorer.ui.tree;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * The tree's rows for one dataset and {@link TreeMode}, on one date at a time, made only when the tree asks for
 * them: a branch's children are built when it is first opened (or a body inside it is shown), so a dataset of
 * 100,000 bodies costs only the rows that can be seen. Another date ({@link #moveTo}) keeps every row that is
 * still there, open or not, and changes only the lists that changed, so the tree redraws only those.
 */
final class TreeItems {

    private final DatasetQueries queries;
    private final TreeMode mode;
    private TreeShape shape;
    private Map<String, Item> byId = new HashMap<>();
    private final Item root;

    TreeItems(DatasetQueries queries, LocalDate date) {
        this(queries, date, TreeMode.STRUCTURE);
    }

    TreeItems(DatasetQueries queries, LocalDate date, TreeMode mode) {
        this.queries = queries;
        this.mode = mode;
        this.shape = shape(date);
        this.root = new Item(null, shape::top);
    }

    private TreeShape shape(LocalDate date) {
        return queries == null ? TreeShape.EMPTY
                : mode == TreeMode.A_TO_Z ? new AlphabeticShape(queries, date) : new StructureShape(queries, date);
    }

    /** Whether these rows are of this dataset and arrangement, so that {@link #moveTo} can bring them to a date. */
    boolean of(DatasetQueries queries, TreeMode mode) {
        return this.queries == queries && this.mode == mode;
    }

    /**
     * The rows as on another date. A row still there stays the same row (open or folded as it was, its branch built
     * if it was); its value changes only if its count or breakdown did, and a list of rows changes only where a
     * row came or went. Branches that were never built stay unbuilt.
     */
    void moveTo(LocalDate date) {
        shape = shape(date);
        Map<String, Item> kept = new HashMap<>();
        root.refill(shape::top, kept);
        byId = kept;
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
        private Supplier<List<TreeShape.Row>> below;
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

        /**
         * Takes the rows of another date: a built branch gets them now, reusing the rows it has for the same body
         * or heading (recorded in {@code kept}); an unbuilt one only learns how to make them.
         */
        void refill(Supplier<List<TreeShape.Row>> rowsBelow, Map<String, Item> kept) {
            below = rowsBelow;
            rows = null;
            if (!built) {
                return;
            }
            ObservableList<TreeItem<TreeEntry>> children = super.getChildren();
            Map<String, Item> old = new HashMap<>();
            for (TreeItem<TreeEntry> child : children) {
                old.put(key(child.getValue()), (Item) child);
            }
            List<TreeItem<TreeEntry>> next = new ArrayList<>();
            for (TreeShape.Row row : rowsBelow.get()) {
                Item item = old.remove(key(row.entry()));
                if (item == null) {
                    item = new Item(row.entry(), row.below());
                } else {
                    if (!same(item.getValue(), row.entry())) {
                        item.setValue(row.entry());
                    }
                    item.refill(row.below(), kept);
                }
                if (row.entry() instanceof TreeEntry.BodyEntry b) {
                    kept.put(b.body().id(), item);
                }
                next.add(item);
            }
            if (!sameItems(children, next)) {
                children.setAll(next);
            }
        }
    }

    /** Tells siblings apart: a body by its id, a heading by its key. */
    private static String key(TreeEntry e) {
        return e instanceof TreeEntry.GroupEntry g ? "group:" + g.key() : "body:" + e.bodyOrNull().id();
    }

    /** The same row to show: the same body object (the dataset is the same) with the same count, or an equal heading. */
    private static boolean same(TreeEntry a, TreeEntry b) {
        if (a instanceof TreeEntry.BodyEntry x && b instanceof TreeEntry.BodyEntry y) {
            return x.body() == y.body() && x.count() == y.count() && x.breakdown().equals(y.breakdown());
        }
        return a.equals(b);
    }

    private static boolean sameItems(List<TreeItem<TreeEntry>> a, List<TreeItem<TreeEntry>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private Item item(TreeShape.Row row) {
        Item item = new Item(row.entry(), row.below());
        if (row.entry() instanceof TreeEntry.BodyEntry b) {
            byId.put(b.body().id(), item);
        }
        return item;
    }
}
