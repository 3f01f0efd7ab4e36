package org.commissioningexplorer.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.commissioningexplorer.core.model.Body;

/**
 * The areas that commissioners covered (local authorities) by NHS England region on one date: an area is in the
 * region of most of the bodies that covered it then ({@link Geography} places those). A top-level body of the same
 * kind as a covered one (a council created after the last lookup) is one of them too, with no region recorded.
 */
public final class CoveredAreas {

    static final String COVERS = "covers";

    private final Geography geography;
    private final DatasetQueries queries;
    private final Map<String, Optional<Body>> regions = new HashMap<>();
    private Set<String> kinds;

    CoveredAreas(Geography geography, DatasetQueries queries) {
        this.geography = geography;
        this.queries = queries;
    }

    /** Whether bodies covered this one at any time. */
    public boolean isCovered(Body body) {
        return queries.links(body).stream().anyMatch(l -> !l.outgoing() && COVERS.equals(l.type()));
    }

    /**
     * The top-level bodies on the date that are areas: covered ones, and those of the same kinds (so a council
     * with no lookup yet is listed with the others rather than beside NHS England).
     */
    public List<Body> among(List<Body> topLevel) {
        if (kinds == null) {
            kinds = topLevel.stream().filter(this::isCovered).map(Body::kind).collect(Collectors.toSet());
        }
        return topLevel.stream().filter(b -> kinds.contains(b.kind())).toList();
    }

    /**
     * The NHS England region of a covered area on the date: the region of most of the bodies that covered it
     * then (through the areas those were in), or empty when none is recorded.
     */
    public Optional<Body> regionOf(Body covered) {
        Optional<Body> known = regions.get(covered.id());
        if (known == null) {
            LocalDate date = geography.date();
            List<Body> found = new ArrayList<>();
            for (Link l : queries.links(covered)) {
                if (!l.outgoing() && COVERS.equals(l.type()) && l.heldOn(date) && queries.existedOn(l.other(), date)) {
                    List<Body> p = geography.path(l.other());
                    if (p.size() >= 3) { // top, region, …, the covering body
                        found.add(p.get(1));
                    }
                }
            }
            known = Geography.mostCommon(found);
            regions.put(covered.id(), known);
        }
        return known;
    }

    /**
     * Areas existing on the date by region, regions by name, each list by name; the areas with no region recorded
     * under the key null, last.
     */
    public Map<Body, List<Body>> byRegion(List<Body> areas) {
        Map<Body, List<Body>> grouped = new TreeMap<>(Geography.BY_NAME);
        List<Body> none = new ArrayList<>();
        for (Body b : areas) {
            if (!queries.existedOn(b, geography.date())) {
                continue;
            }
            Optional<Body> r = regionOf(b);
            if (r.isPresent()) {
                grouped.computeIfAbsent(r.get(), k -> new ArrayList<>()).add(b);
            } else {
                none.add(b);
            }
        }
        Map<Body, List<Body>> out = new LinkedHashMap<>();
        grouped.forEach((r, list) -> {
            list.sort(Geography.BY_NAME);
            out.put(r, List.copyOf(list));
        });
        if (!none.isEmpty()) {
            none.sort(Geography.BY_NAME);
            out.put(null, List.copyOf(none));
        }
        return out;
    }
}
