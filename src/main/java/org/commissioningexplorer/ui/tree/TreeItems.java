package org.commissioningexplorer.ui.tree;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

    TreeItem<TreeEntry> root() {
        return root;
    }

    /**
     * The shape of the date, kept for the last {@value #SHAPES} dates ({@value #LARGE_SHAPES} of a
     * dataset of over {@value #LARGE} bodies): a shape keeps what it has worked out (what is
     * where on its date), so going back to a date (the timeline's steps back and forth) works out nothing again.
     */
    private TreeShape shape(LocalDate date) {
        return queries == null ? TreeShape.EMPTY : shapes.computeIfAbsent(date, d -> mode == TreeMode.A_TO_Z
                ? new AlphabeticShape(queries, d) : new StructureShape(queries, d));
    }

    /** Dates whose shapes are kept: every change of a national dataset; fewer for a very large one. */
    private static final int SHAPES = 32;
    private static final int LARGE_SHAPES = 4;
    private static final int LARGE = 20_000;
    private final Map<LocalDate, TreeShape> shapes = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, TreeShape> eldest) {
            return size() > (queries.dataset().bodies().size() > LARGE ? LARGE_SHAPES : SHAPES);
        }
    };

    /** Whether these rows are of this dataset and arrangement, so that {@link #moveTo} can bring them to a date. */
    boolean of(DatasetQueries queries, TreeMode mode) {
        return this.queries == queries && this.mode == mode;
    }

    /**
     * The rows as on another date, worked out but not yet put in: running the changes returned (in order) puts them
     * in. A row still there stays the same row (open or folded as it was, its branch built if it was); its value
     * changes only if its count or breakdown did, and a list of rows changes only where a row came or went. Open
     * branches are worked out now, folded ones when next opened; branches never built stay unbuilt. Until the
     * changes have run, these rows are not to be used.
     */
    List<Runnable> moveTo(LocalDate date) {
        shape = shape(date);
        // Filled again with the rows that are refilled, now or when next opened: about as many as last time.
        byId = new HashMap<>(Math.max(16, byId.size() * 4 / 3 + 1));
        List<Runnable> changes = new ArrayList<>();
        root.refill(shape::top, changes);
        return changes;
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
                if (child.getValue() instanceof TreeEntry.GroupEntry && !(child instanceof Item i && i.lacks(b))) {
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

    /**
     * A row whose children are made on first use. After another date a folded branch that was built is refilled
     * only when it is next opened or looked inside ({@code stale} until then), so a date costs the open rows only.
     */
    private final class Item extends TreeItem<TreeEntry> {
        private Supplier<List<TreeShape.Row>> below;
        private List<TreeShape.Row> rows;
        private boolean built;
        private boolean stale;
        /**
         * The children list itself, for {@link #isLeaf}: the tree asks every row above and beside the one it looks for
         * whether it is a leaf, and TreeItem's own getChildren() walks up to the root each time (to check a sort the
         * tree never makes): on 100,000 bodies, much of a scroll's time.
         */
        private ObservableList<TreeItem<TreeEntry>> kids;

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

        /**
         * Whether this unbuilt heading's rows, all bodies, are sure not to hold the body: a part of a long heading
         * ({@link TreeGrouping#parts}) is then not built while the body is looked for in the others. Its rows are
         * worked out, for when it is built.
         */
        boolean lacks(Body b) {
            if (built) {
                return false;
            }
            for (TreeShape.Row row : rows()) {
                if (!(row.entry() instanceof TreeEntry.BodyEntry e) || e.body() == b) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public ObservableList<TreeItem<TreeEntry>> getChildren() {
            if (!built) {
                built = true;
                super.getChildren().setAll(rows().stream().map(TreeItems.this::item).toList());
                rows = null; // the rows are items now
            } else if (stale) {
                stale = false;
                List<Runnable> changes = new ArrayList<>();
                refillNow(changes);
                changes.forEach(Runnable::run);
            }
            return super.getChildren();
        }

        @Override
        public boolean isLeaf() {
            if (built && !stale) {
                if (kids == null) {
                    kids = super.getChildren();
                }
                return kids.isEmpty();
            }
            // A heading knows its count: its rows (a region for each council, say) wait until it is opened.
            return getValue() instanceof TreeEntry.GroupEntry g ? g.count() == 0 : rows().isEmpty();
        }

        /**
         * Takes the rows of another date: an open branch works out its new list of rows now, reusing the rows it has
         * for the same body or heading, and adds putting it in to {@code changes}; a folded one that was built gets
         * them when next opened; an unbuilt one only learns how to make them. The lists are changed only once all
         * are worked out: the tree counts its rows again after each change, asking every row above whether it is a
         * leaf, so changes made while rows still learn their new contents would make it work them out many times.
         */
        void refill(Supplier<List<TreeShape.Row>> rowsBelow, List<Runnable> changes) {
            below = rowsBelow;
            rows = null;
            if (!built) {
                return;
            }
            stale = !isExpanded() && getParent() != null; // the invisible root is always refilled
            if (!stale) {
                refillNow(changes);
            }
        }

        /**
         * The rows of the new date against the children there are: while they are the same bodies and headings in
         * the same order (on most dates, most lists), each child is taken as it stands; from the first that differs,
         * the rest are looked up by key. A list of thousands of rows (100,000 bodies) then costs a walk, not a map.
         */
        private void refillNow(List<Runnable> changes) {
            ObservableList<TreeItem<TreeEntry>> children = super.getChildren();
            List<TreeShape.Row> rows = rows();
            Map<String, Item> old = null; // the children not yet taken, by key, once the order differs
            List<TreeItem<TreeEntry>> next = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                TreeShape.Row row = rows.get(i);
                String key = key(row.entry());
                Item item = null;
                if (old == null) {
                    if (i < children.size() && key.equals(key(children.get(i).getValue()))) {
                        item = (Item) children.get(i);
                    } else {
                        old = new HashMap<>(Math.max(16, (children.size() - i) * 4 / 3 + 1));
                        for (TreeItem<TreeEntry> child : children.subList(Math.min(i, children.size()), children.size())) {
                            old.put(key(child.getValue()), (Item) child);
                        }
                    }
                }
                if (old != null) {
                    item = old.remove(key);
                }
                if (item == null) {
                    item = new Item(row.entry(), row.below());
                } else {
                    if (!same(item.getValue(), row.entry())) {
                        TreeEntry value = row.entry();
                        Item changed = item;
                        changes.add(() -> changed.setValue(value));
                    }
                    item.refill(row.below(), changes);
                }
                if (row.entry() instanceof TreeEntry.BodyEntry b) {
                    byId.put(b.body().id(), item);
                }
                next.add(item);
            }
            this.rows = null;
            if (!children.equals(next)) { // TreeItems are equal only to themselves
                changes.add(() -> children.setAll(next));
            }
        }
    }

    /** Tells siblings apart: a body by its id, a heading by its key (a string no id can be: ids are letters, digits, ".", "_" and "-"). */
    private static String key(TreeEntry e) {
        return e instanceof TreeEntry.GroupEntry g ? "\u0000" + g.key() : e.bodyOrNull().id();
    }

    /** The same row to show: the same body object (the dataset is the same) with the same count, or an equal heading. */
    private static boolean same(TreeEntry a, TreeEntry b) {
        if (a instanceof TreeEntry.BodyEntry x && b instanceof TreeEntry.BodyEntry y) {
            return x.body() == y.body() && x.count() == y.count() && x.breakdown().equals(y.breakdown());
        }
        return a.equals(b);
    }

    private Item item(TreeShape.Row row) {
        Item item = new Item(row.entry(), row.below());
        if (row.entry() instanceof TreeEntry.BodyEntry b) {
            byId.put(b.body().id(), item);
        }
        return item;
    }
}
