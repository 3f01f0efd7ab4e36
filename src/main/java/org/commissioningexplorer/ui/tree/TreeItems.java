package org.commissioningexplorer.ui.tree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;

/**
 * The tree's rows for one dataset and date, made only when the tree asks for them: a branch's children are
 * built when it is first opened (or a body inside it is shown), so a dataset of 100,000 bodies, or another
 * date, costs only the rows that can be seen.
 */
final class TreeItems {

    private final DatasetQueries queries;
    private final LocalDate date;
    private final Map<String, Item> byId = new HashMap<>();
    private final Item root;

    TreeItems(DatasetQueries queries, LocalDate date) {
        this.queries = queries;
        this.date = date;
        this.root = new Item(null, queries == null ? List::of : queries::roots, true);
    }

    TreeItem<TreeEntry> root() {
        return root;
    }

    /**
     * The row of a body that exists on the date, building the branches above it from the top; null when it is not
     * in the tree. Without recursion, so a deep tree costs no stack.
     */
    TreeItem<TreeEntry> find(Body body) {
        Item known = byId.get(body.id());
        if (known != null || queries == null || !queries.existedOn(body, date)) {
            return known;
        }
        TreeItem<TreeEntry> above = root;
        for (Body b : queries.path(body)) {
            Item row = byId.get(b.id());
            if (row == null) {
                if (!queries.existedOn(b, date)) {
                    return null;
                }
                for (TreeItem<TreeEntry> child : above.getChildren()) {
                    if (child.getValue() instanceof TreeEntry.GroupEntry) {
                        child.getChildren(); // a heading's members get their rows
                    }
                }
                row = byId.get(b.id());
                if (row == null) {
                    return null;
                }
            }
            above = row;
        }
        return above;
    }

    /** How many body rows have been made so far (tests check that unopened branches cost nothing). */
    int made() {
        return byId.size();
    }

    /** Whether the row's children were built: an unbuilt branch was never open, so there is nothing inside to keep. */
    static boolean built(TreeItem<TreeEntry> item) {
        return !(item instanceof Item i) || i.built;
    }

    /** A row whose children are made on first use from {@code below}, grouped by kind when there are many. */
    private final class Item extends TreeItem<TreeEntry> {
        private final Supplier<List<Body>> below;
        private final boolean grouped;
        private boolean built;

        Item(TreeEntry entry, Supplier<List<Body>> below, boolean grouped) {
            super(entry);
            this.below = below;
            this.grouped = grouped;
        }

        @Override
        public ObservableList<TreeItem<TreeEntry>> getChildren() {
            if (!built) {
                built = true;
                super.getChildren().setAll(make());
            }
            return super.getChildren();
        }

        @Override
        public boolean isLeaf() {
            if (built) {
                return super.getChildren().isEmpty();
            }
            return below.get().stream().noneMatch(b -> queries.existedOn(b, date));
        }

        private List<TreeItem<TreeEntry>> make() {
            List<Body> shown = below.get().stream().filter(b -> queries.existedOn(b, date)).toList();
            List<TreeItem<TreeEntry>> out = new ArrayList<>();
            if (!grouped) {
                shown.forEach(b -> out.add(body(b)));
                return out;
            }
            for (TreeGrouping.Row row : TreeGrouping.rows(shown, kind -> queries.dataset().kind(kind).plural())) {
                if (row.entry() instanceof TreeEntry.GroupEntry) {
                    out.add(new Item(row.entry(), row::members, false));
                } else {
                    out.add(body(row.entry().bodyOrNull()));
                }
            }
            return out;
        }
    }

    private Item body(Body b) {
        Item item = new Item(new TreeEntry.BodyEntry(b), () -> queries.children(b.id()), true);
        byId.put(b.id(), item);
        return item;
    }
}
