package org.commissioningexplorer.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;

/**
 * The structure a trainer explains, on one date: NHS England, its regions, the area teams or local offices where
 * they existed, and the CCGs or ICBs in each (sub-ICB locations under their ICB); a partnership (an STP) in the
 * region most of its member CCGs were in; and local authorities by the NHS England region of the bodies that
 * covered them. Everything comes from the dataset's own links ("in-region", "member-of", "covers") held on the
 * date; a body without any stays under its parent. Answers are worked out when first asked and kept, so a large
 * dataset costs only the branches looked at.
 */
public final class Geography {

    static final String IN_REGION = "in-region";
    static final String MEMBER_OF = "member-of";
    static final String COVERS = "covers";

    /**
     * Bodies by name, word by word as an index sorts them ("East Lancashire" before "Eastbourne"), case aside;
     * then by code, so equal names keep one order.
     */
    public static final Comparator<Body> BY_NAME = Comparator.comparing(Body::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(b -> b.primaryCode().orElse(""))
            .thenComparing(Body::id);

    private final DatasetQueries queries;
    private final LocalDate date;
    private final Map<String, Optional<Body>> places = new HashMap<>();
    private final Map<String, List<Body>> inside = new HashMap<>();
    private final Map<String, Optional<Body>> regions = new HashMap<>();

    public Geography(DatasetQueries queries, LocalDate date) {
        this.queries = queries;
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }

    /**
     * The body this one is shown under on the date: the most specific area it was recorded in (a local office
     * before its region), for a partnership the region of most of its members, else its parent. Empty for a
     * top-level body, and for one that did not exist on the date.
     */
    public Optional<Body> placeOf(Body body) {
        Optional<Body> known = places.get(body.id());
        if (known == null) {
            known = workOutPlace(body);
            places.put(body.id(), known);
        }
        return known;
    }

    private Optional<Body> workOutPlace(Body body) {
        if (!queries.existedOn(body, date)) {
            return Optional.empty();
        }
        Optional<Body> area = areaOf(body);
        if (area.isPresent()) {
            return area;
        }
        Optional<Body> parent = queries.parent(body).filter(p -> queries.existedOn(p, date));
        if (parent.isPresent() && parent.get().parent() == null && !isCovered(parent.get())) {
            // Directly under the top body (NHS England), not a local authority's board: a partnership goes to the
            // region of most of its members.
            Optional<Body> region = mostCommon(membersOf(body).stream()
                    .map(this::areaOf).flatMap(Optional::stream).map(this::regionLevel).toList());
            if (region.isPresent()) {
                return region;
            }
        }
        return parent;
    }

    /** The deepest area the body was recorded in on the date (a local office rather than its region), if any. */
    private Optional<Body> areaOf(Body body) {
        Body best = null;
        int bestDepth = -1;
        for (Link l : queries.links(body)) {
            if (l.outgoing() && IN_REGION.equals(l.type()) && l.heldOn(date) && queries.existedOn(l.other(), date)) {
                int depth = queries.path(l.other()).size();
                if (depth > bestDepth || depth == bestDepth && BY_NAME.compare(l.other(), best) < 0) {
                    best = l.other();
                    bestDepth = depth;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** An area's region: the body just under the top of its tree (a local office's region, a region itself). */
    private Body regionLevel(Body area) {
        List<Body> path = queries.path(area);
        return path.size() >= 2 ? path.get(1) : area;
    }

    private List<Body> membersOf(Body body) {
        List<Body> out = new ArrayList<>();
        for (Link l : queries.links(body)) {
            if (!l.outgoing() && MEMBER_OF.equals(l.type()) && l.heldOn(date) && queries.existedOn(l.other(), date)) {
                out.add(l.other());
            }
        }
        return out;
    }

    /** The body named most often; a tie goes to the first by name. */
    private static Optional<Body> mostCommon(List<Body> bodies) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Body> byId = new HashMap<>();
        for (Body b : bodies) {
            counts.merge(b.id(), 1, Integer::sum);
            byId.put(b.id(), b);
        }
        return byId.values().stream().max(Comparator.comparingInt((Body b) -> counts.get(b.id()))
                .thenComparing(BY_NAME.reversed()));
    }

    /** The bodies shown under this one on the date, by name. */
    public List<Body> inside(Body body) {
        List<Body> known = inside.get(body.id());
        if (known != null) {
            return known;
        }
        Map<String, Body> candidates = new LinkedHashMap<>(); // by id: a body's own hash would walk all its facts
        queries.children(body.id()).forEach(c -> candidates.put(c.id(), c));
        for (Link l : queries.links(body)) {
            if (!l.outgoing() && IN_REGION.equals(l.type()) && l.heldOn(date)) {
                candidates.putIfAbsent(l.other().id(), l.other());
                // A member of a partnership may bring the partnership into its region.
                for (Link m : queries.links(l.other())) {
                    if (m.outgoing() && MEMBER_OF.equals(m.type()) && m.heldOn(date)) {
                        candidates.putIfAbsent(m.other().id(), m.other());
                    }
                }
            }
        }
        List<Body> out = new ArrayList<>();
        for (Body c : candidates.values()) {
            if (placeOf(c).filter(p -> p.id().equals(body.id())).isPresent()) {
                out.add(c);
            }
        }
        out.sort(BY_NAME);
        List<Body> kept = List.copyOf(out);
        inside.put(body.id(), kept);
        return kept;
    }

    /** The top-level bodies on the date, in the dataset's order of kinds (NHS England first), by name within a kind. */
    public List<Body> topLevel() {
        List<Body> out = new ArrayList<>();
        List<String> kinds = new ArrayList<>(queries.dataset().kinds().keySet());
        for (Body b : queries.roots()) {
            if (queries.existedOn(b, date) && placeOf(b).isEmpty()) {
                out.add(b);
            }
        }
        out.sort(Comparator.comparingInt((Body b) -> {
            int i = kinds.indexOf(b.kind());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(BY_NAME));
        return out;
    }

    /** The path from a top-level body down to this one as the structure shows it, inclusive; empty if not shown. */
    public List<Body> path(Body body) {
        if (!queries.existedOn(body, date)) {
            return List.of();
        }
        List<Body> up = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Body b = body; b != null && seen.add(b.id()); b = placeOf(b).orElse(null)) {
            up.add(b); // the set guards against areas recorded inside each other
        }
        java.util.Collections.reverse(up);
        return up;
    }

    /**
     * Whether a top-level body is an area others cover (a local authority): such bodies are shown by region,
     * see {@link #byRegion}.
     */
    public boolean isCovered(Body body) {
        return queries.links(body).stream().anyMatch(l -> !l.outgoing() && COVERS.equals(l.type()));
    }

    /**
     * The NHS England region of a covered area on the date: the region of most of the bodies that covered it
     * then (through the areas those were in), or empty when none is recorded.
     */
    public Optional<Body> regionOf(Body covered) {
        Optional<Body> known = regions.get(covered.id());
        if (known == null) {
            List<Body> found = new ArrayList<>();
            for (Link l : queries.links(covered)) {
                if (!l.outgoing() && COVERS.equals(l.type()) && l.heldOn(date) && queries.existedOn(l.other(), date)) {
                    List<Body> p = path(l.other());
                    if (p.size() >= 3) { // top, region, …, the covering body
                        found.add(p.get(1));
                    }
                }
            }
            known = mostCommon(found);
            regions.put(covered.id(), known);
        }
        return known;
    }

    /**
     * Covered areas existing on the date by region, regions by name, each list by name; the areas with no region
     * recorded under the key null, last.
     */
    public Map<Body, List<Body>> byRegion(List<Body> covered) {
        Map<Body, List<Body>> grouped = new java.util.TreeMap<>(BY_NAME);
        List<Body> none = new ArrayList<>();
        for (Body b : covered) {
            if (!queries.existedOn(b, date)) {
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
            list.sort(BY_NAME);
            out.put(r, List.copyOf(list));
        });
        if (!none.isEmpty()) {
            none.sort(BY_NAME);
            out.put(null, List.copyOf(none));
        }
        return out;
    }

    /** Whether other bodies were recorded in this one on the date (a region, an area team, a local office). */
    public boolean isArea(Body body) {
        return queries.links(body).stream().anyMatch(l -> !l.outgoing() && IN_REGION.equals(l.type()) && l.heldOn(date));
    }
}
