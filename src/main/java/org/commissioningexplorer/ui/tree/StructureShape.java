package org.commissioningexplorer.ui.tree;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Geography;
import org.commissioningexplorer.ui.common.Texts;

/**
 * The tree as a trainer explains the structure: NHS England, its regions, their area teams or local offices and
 * the CCGs or ICBs in each, by name ({@link Geography}); then the local authorities under one heading, by region,
 * each with its Health and Wellbeing Board. A long list under a body, or a long top level, is gathered by kind,
 * and a kind of hundreds split into parts by name ({@link TreeGrouping}).
 */
final class StructureShape implements TreeShape {

    private final DatasetQueries queries;
    private final Geography geography;
    private final Map<String, TreeEntry.BodyEntry> entries = new HashMap<>();

    StructureShape(DatasetQueries queries, LocalDate date) {
        this.queries = queries;
        this.geography = new Geography(queries, date);
    }

    @Override
    public List<Row> top() {
        List<Row> rows = new ArrayList<>();
        List<Body> top = geography.topLevel();
        List<Body> covered = geography.coveredAreas().among(top);
        java.util.Set<String> areaIds = new java.util.HashSet<>();
        covered.forEach(b -> areaIds.add(b.id()));
        List<Body> others = new ArrayList<>();
        for (Body b : top) {
            if (!areaIds.contains(b.id())) {
                others.add(b);
            }
        }
        // A long top level (a dataset of thousands of providers) is gathered by kind, as a long list under a body is.
        rows.addAll(grouped(others));
        if (!covered.isEmpty()) {
            TreeEntry.GroupEntry areas = new TreeEntry.GroupEntry("areas", covered.get(0).kind(),
                    Texts.get("tree.localAuthorities"), covered.size());
            rows.add(new Row(areas, () -> byRegion(areas, covered)));
        }
        return rows;
    }

    @Override
    public List<Body> path(Body body) {
        return geography.path(body);
    }

    private List<Row> below(Body body) {
        return grouped(geography.inside(body));
    }

    /** Rows for a list of bodies: as they are when short, a long one under a heading for each kind ({@link TreeGrouping}). */
    private List<Row> grouped(List<Body> bodies) {
        List<Row> rows = new ArrayList<>();
        for (TreeGrouping.Row r : TreeGrouping.rows(bodies, kind -> queries.dataset().kind(kind).plural())) {
            rows.add(r.entry() instanceof TreeEntry.GroupEntry g
                    ? new Row(g, () -> members(g, r.members()))
                    : bodyRow(r.entry().bodyOrNull()));
        }
        return rows;
    }

    /** A heading's rows: its bodies, or parts of them by name when there are hundreds. */
    private List<Row> members(TreeEntry.GroupEntry heading, List<Body> bodies) {
        return TreeGrouping.members(heading, bodies, this::bodyRow);
    }

    private Row bodyRow(Body b) {
        return new Row(entries.computeIfAbsent(b.id(), id -> entry(b)), () -> below(b));
    }

    /** A body's row, with its count when it is an area (worked out once for the date: a region counts thousands). */
    private TreeEntry.BodyEntry entry(Body b) {
        TreeEntry.BodyEntry entry = new TreeEntry.BodyEntry(b);
        if (geography.isArea(b)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            countInside(b, counts);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            String breakdown = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> e.getValue() + " " + (e.getValue() == 1 ? queries.dataset().kind(e.getKey()).label()
                            : queries.dataset().kind(e.getKey()).plural()))
                    .collect(Collectors.joining(", "));
            entry = new TreeEntry.BodyEntry(b, total, breakdown);
        }
        return entry;
    }

    /** The bodies in an area by kind, those in the areas inside it included (a region's CCGs through its offices). */
    private void countInside(Body area, Map<String, Integer> counts) {
        List<Body> todo = new ArrayList<>(geography.inside(area));
        while (!todo.isEmpty()) {
            Body b = todo.remove(todo.size() - 1);
            if (geography.isArea(b)) {
                todo.addAll(geography.inside(b));
            } else {
                counts.merge(b.kind(), 1, Integer::sum);
            }
        }
    }

    /**
     * The local authorities under their NHS England region's name; as one list when no region is recorded (in parts by
     * name when there are hundreds under one heading).
     */
    private List<Row> byRegion(TreeEntry.GroupEntry areas, List<Body> covered) {
        Map<Body, List<Body>> grouped = geography.coveredAreas().byRegion(covered);
        if (grouped.size() == 1 && grouped.containsKey(null)) {
            return members(areas, grouped.get(null));
        }
        List<Row> rows = new ArrayList<>();
        grouped.forEach((region, members) -> {
            TreeEntry.GroupEntry heading = new TreeEntry.GroupEntry(
                    region == null ? "region:none" : "region:" + region.id(), region == null ? "" : region.kind(),
                    region == null ? Texts.get("tree.regionNotRecorded") : region.name(), members.size());
            rows.add(new Row(heading, () -> members(heading, members)));
        });
        return rows;
    }
}
