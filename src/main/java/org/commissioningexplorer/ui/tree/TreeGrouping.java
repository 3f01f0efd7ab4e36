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
 * members stays in the list as it is. Short lists are shown as they are. A heading of hundreds of bodies is split
 * again into parts of neighbouring names ({@link #parts}), as an index is, so that no list is thousands of rows long.
 */
public final class TreeGrouping {

    /** Lists longer than this are grouped. */
    static final int GROUP_ABOVE = 12;
    /** A kind needs at least this many members to get a heading. */
    static final int MIN_GROUP = 4;

    /** A heading with more members than this is split into parts (no kind of the national dataset has so many on a date). */
    static final int SPLIT_ABOVE = 300;
    /** A part has at least this many members (but the last); a heading has at most {@value #MAX_PARTS} parts. */
    static final int MIN_PART = 100;
    static final int MAX_PARTS = 40;

    /** Words a part's name does not end on. */
    private static final java.util.Set<String> JOINING = java.util.Set.of("and", "&", "of", "the", "for", "in", "on", "-", "\u2013");

    private TreeGrouping() {
    }

    /**
     * A heading's members (in the order shown, by name) in parts of neighbouring names and about the same size, each
     * under a heading named by enough of its first and last names to tell them from the parts beside it ("Abbey –
     * Barnet"); none when there are no more than {@value #SPLIT_ABOVE} members, which are shown as they are. A part's
     * key is its heading's key and its place, so that a part open on one date is open on the next.
     */
    public static List<Row> parts(TreeEntry.GroupEntry heading, List<Body> members) {
        int n = members.size();
        if (n <= SPLIT_ABOVE) {
            return List.of();
        }
        int parts = Math.min(MAX_PARTS, Math.max(2, n / MIN_PART));
        int size = (n + parts - 1) / parts;
        List<Row> rows = new ArrayList<>();
        for (int from = 0, i = 0; from < n; from += size, i++) {
            int to = Math.min(n, from + size);
            List<Body> part = members.subList(from, to);
            String first = part.get(0).name();
            String last = part.get(part.size() - 1).name();
            // The first part's first name, and the last one's last, are told from the other end of their part.
            String label = enough(first, from == 0 ? last : members.get(from - 1).name()) + " \u2013 "
                    + enough(last, to == n ? first : members.get(to).name());
            rows.add(new Row(new TreeEntry.GroupEntry(heading.key() + "/" + i, heading.kind(), label, part.size()), part));
        }
        return rows;
    }

    /**
     * A heading's rows for a tree's shape: a row for each member ({@code row}), or, for hundreds, a heading for each
     * part ({@link #parts}) whose rows are made when it is opened.
     */
    static List<TreeShape.Row> members(TreeEntry.GroupEntry heading, List<Body> bodies,
            Function<Body, TreeShape.Row> row) {
        List<Row> parts = parts(heading, bodies);
        if (parts.isEmpty()) {
            return bodies.stream().map(row).toList();
        }
        return parts.stream().map(p -> new TreeShape.Row(p.entry(), () -> p.members().stream().map(row).toList()))
                .toList();
    }

    /**
     * As many words of a name as tell it from its neighbour across a part's edge, as an index's guide words do
     * ("Ashborough", "Central Ashchester"; "Trust 0099" beside "Trust 0100"), never ending on a joining word ("and");
     * the first word when it has no neighbour.
     */
    static String enough(String name, String neighbour) {
        String[] words = name.strip().split("\\s+");
        String[] other = neighbour == null ? new String[0] : neighbour.strip().split("\\s+");
        int n = 1;
        while (n < words.length && n <= other.length && words[n - 1].equalsIgnoreCase(other[n - 1])) {
            n++;
        }
        while (n < words.length && JOINING.contains(words[n - 1].toLowerCase(java.util.Locale.ROOT))) {
            n++; // not "Harwood and": the word it joins
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(0, n));
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
