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
 * covered them ({@link CoveredAreas}). Everything comes from the dataset's own links ("in-region", "member-of", "covers") held on the
 * date; a body without any stays under its parent. Answers are worked out when first asked and kept, so a large
 * dataset costs only the branches looked at.
 */
public final class Geography {

    static final String IN_REGION = "in-region";
    static final String MEMBER_OF = "member-of";

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
    private final Map<String, Boolean> areas = new HashMap<>();
    private CoveredAreas covered;
    private List<Body> topLevel;

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
        if (parent.isPresent() && parent.get().parent() == null) {
            // Directly under the top body whose regions its members were in (NHS England), a partnership goes to
            // the region of most of them; a council's board, whose members' regions are not the council's, stays.
            String top = parent.get().id();
            Optional<Body> region = mostCommon(membersOf(body).stream()
                    .map(this::areaOf).flatMap(Optional::stream)
                    .map(queries::path).filter(p -> p.size() >= 2 && p.get(0).id().equals(top))
                    .map(p -> p.get(1)).toList());
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
    static Optional<Body> mostCommon(List<Body> bodies) {
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
        for (Body b : recordedIn(body)) {
            candidates.putIfAbsent(b.id(), b);
            partnershipsOf(b, candidates);
        }
        for (Body area : queries.children(body.id())) {
            // The members of the areas under a region (its local offices' CCGs) may bring their partnership into it.
            recordedIn(area).forEach(b -> partnershipsOf(b, candidates));
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

    /** The bodies recorded in this area on the date ("in-region" links to it). */
    private List<Body> recordedIn(Body area) {
        List<Body> out = new ArrayList<>();
        for (Link l : queries.links(area)) {
            if (!l.outgoing() && IN_REGION.equals(l.type()) && l.heldOn(date)) {
                out.add(l.other());
            }
        }
        return out;
    }

    /** The partnerships the body was a member of on the date, added to {@code into}. */
    private void partnershipsOf(Body member, Map<String, Body> into) {
        for (Link m : queries.links(member)) {
            if (m.outgoing() && MEMBER_OF.equals(m.type()) && m.heldOn(date)) {
                into.putIfAbsent(m.other().id(), m.other());
            }
        }
    }

    /** The top-level bodies on the date, in the dataset's order of kinds (NHS England first), by name within a kind. */
    public List<Body> topLevel() {
        if (topLevel == null) {
            topLevel = List.copyOf(workOutTopLevel());
        }
        return topLevel;
    }

    private List<Body> workOutTopLevel() {
        List<Body> out = new ArrayList<>();
        for (Body b : queries.rootsByName()) { // in the order shown, kind by kind
            if (queries.existedOn(b, date) && placeOf(b).isEmpty()) {
                out.add(b);
            }
        }
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

    /** Whether other bodies were recorded in this one on the date (a region, an area team, a local office). */
    public boolean isArea(Body body) {
        return areas.computeIfAbsent(body.id(), id -> !recordedIn(body).isEmpty());
    }

    /** The local authorities (and any other area that bodies covered) by region on this date. */
    public CoveredAreas coveredAreas() {
        if (covered == null) {
            covered = new CoveredAreas(this, queries);
        }
        return covered;
    }

    DatasetQueries queries() {
        return queries;
    }
}
