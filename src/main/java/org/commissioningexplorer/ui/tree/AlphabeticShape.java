package org.commissioningexplorer.ui.tree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Geography;

/**
 * The tree as A–Z lists: one heading per kind, in the dataset's order of kinds, its bodies of the date by name (in
 * parts by name when there are hundreds, {@link TreeGrouping#parts}).
 */
final class AlphabeticShape implements TreeShape {

    private final DatasetQueries queries;
    private final LocalDate date;

    AlphabeticShape(DatasetQueries queries, LocalDate date) {
        this.queries = queries;
        this.date = date;
    }

    @Override
    public List<Row> top() {
        Map<String, List<Body>> byKind = new LinkedHashMap<>();
        queries.dataset().kinds().keySet().forEach(k -> byKind.put(k, new ArrayList<>()));
        for (Body b : queries.dataset().bodies()) {
            if (queries.existedOn(b, date)) {
                byKind.computeIfAbsent(b.kind(), k -> new ArrayList<>()).add(b);
            }
        }
        List<Row> rows = new ArrayList<>();
        byKind.forEach((kind, bodies) -> {
            if (!bodies.isEmpty()) {
                bodies.sort(Geography.BY_NAME);
                TreeEntry.GroupEntry heading = new TreeEntry.GroupEntry("kind:" + kind, kind,
                        queries.dataset().kind(kind).plural(), bodies.size());
                rows.add(new Row(heading, () -> members(heading, bodies)));
            }
        });
        return rows;
    }

    /** A heading's rows: its bodies, or parts of them by name when there are hundreds ({@link TreeGrouping#parts}). */
    private static List<Row> members(TreeEntry.GroupEntry heading, List<Body> bodies) {
        List<TreeGrouping.Row> parts = TreeGrouping.parts(heading, bodies);
        if (parts.isEmpty()) {
            return leaves(bodies);
        }
        return parts.stream().map(p -> new Row(p.entry(), () -> leaves(p.members()))).toList();
    }

    private static List<Row> leaves(List<Body> bodies) {
        return bodies.stream().map(b -> new Row(new TreeEntry.BodyEntry(b), List::<Row>of)).toList();
    }

    @Override
    public List<Body> path(Body body) {
        return queries.existedOn(body, date) ? List.of(body) : List.of();
    }
}
