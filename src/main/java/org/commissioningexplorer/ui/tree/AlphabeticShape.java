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
                rows.add(new Row(heading, () -> TreeGrouping.members(heading, bodies,
                        b -> new Row(new TreeEntry.BodyEntry(b), List::<Row>of))));
            }
        });
        return rows;
    }

    @Override
    public List<Body> path(Body body) {
        return queries.existedOn(body, date) ? List.of(body) : List.of();
    }
}
