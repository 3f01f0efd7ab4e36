package org.commissioningexplorer.ui.tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commissioningexplorer.core.model.Body;

/**
 * How a long list of children is shown: when a body has many children, each kind with several members
 * goes under a heading ("Integrated Care Boards (42)") placed where its first member was; a kind with few
 * members stays in the list as it is. Short lists are shown as they are.
 */
public final class TreeGrouping {

    /** Lists longer than this are grouped. */
    static final int GROUP_ABOVE = 12;
    /** A kind needs at least this many members to get a heading. */
    static final int MIN_GROUP = 4;

    private TreeGrouping() {
    }

    /** A row and, for a heading, the bodies under it. */
    public record Row(TreeEntry entry, List<Body> members) {
    }

    public static List<Row> rows(List<Body> children, Function<String, String> plural) {
        List<Row> rows = new ArrayList<>();
        if (children.size() <= GROUP_ABOVE) {
            children.forEach(b -> rows.add(new Row(new TreeEntry.BodyEntry(b), List.of())));
            return rows;
        }
        Map<String, List<Body>> byKind = new LinkedHashMap<>();
        for (Body b : children) {
            byKind.computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(b);
        }
        for (Body b : children) {
            List<Body> same = byKind.get(b.kind());
            if (same.size() < MIN_GROUP) {
                rows.add(new Row(new TreeEntry.BodyEntry(b), List.of()));
            } else if (same.get(0) == b) {
                rows.add(new Row(new TreeEntry.GroupEntry("kind:" + b.kind(), b.kind(),
                        plural.apply(b.kind()), same.size()), same));
            }
        }
        return rows;
    }
}
