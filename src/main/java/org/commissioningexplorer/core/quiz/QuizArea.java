package org.commissioningexplorer.core.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Geography;
import org.commissioningexplorer.core.query.Link;
import org.commissioningexplorer.core.query.Succession;

/**
 * The bodies a quiz about an area on a date can ask about: its NHS commissioners then (CCGs, or ICBs), its
 * councils, the bodies inside them, and the bodies that came before. A CCG or ICB brings the councils it covered;
 * a council the CCGs or ICBs covering it; a region the CCGs and ICBs in it and the councils in its area; a body
 * that did not exist on the date the bodies that came before or took over from it.
 */
final class QuizArea {

    static final Set<String> NHS_KINDS = Set.of("ccg", "icb");
    private static final Set<String> COUNCIL_KINDS = Set.of("local-authority", "district");

    final Bodies nhs = new Bodies();
    final Bodies councils = new Bodies();
    /** Bodies whose successors can be asked about. */
    final Bodies closing = new Bodies();
    /** Bodies inside the NHS bodies and councils (committees, boards), whose parent can be asked about. */
    final Bodies parts = new Bodies();

    /** Bodies by id, in the order added (a body's own hash would walk all its facts). */
    static final class Bodies implements Iterable<Body> {
        private final Map<String, Body> byId = new LinkedHashMap<>();

        void add(Body b) {
            byId.putIfAbsent(b.id(), b);
        }

        void addAll(Bodies other) {
            other.forEach(this::add);
        }

        List<Body> list() {
            return List.copyOf(byId.values());
        }

        /** By id, so a seed always gives the same quiz. */
        List<Body> sorted() {
            return byId.values().stream().sorted(Comparator.comparing(Body::id)).toList();
        }

        @Override
        public java.util.Iterator<Body> iterator() {
            return list().iterator();
        }
    }

    private final DatasetQueries queries;
    private final LocalDate date;

    QuizArea(DatasetQueries queries, Body area, LocalDate date) {
        this.queries = queries;
        this.date = date;
        Body place = area;
        while (!NHS_KINDS.contains(place.kind()) && !COUNCIL_KINDS.contains(place.kind())
                && !"region".equals(place.kind()) && !"sub-icb-location".equals(place.kind())
                && queries.parent(place).isPresent()) {
            place = queries.parent(place).get();
        }
        if ("sub-icb-location".equals(place.kind())) {
            closing.add(place);
            place = queries.parent(place).orElse(place);
        }
        switch (place.kind()) {
            case "ccg", "icb" -> addNhsThen(place);
            case "local-authority", "district" -> addCouncil(place);
            case "region" -> addRegion(place);
            default -> queries.dataset().bodies().stream().filter(b -> NHS_KINDS.contains(b.kind())
                    && queries.existedOn(b, date)).forEach(nhs::add);
        }
        for (Body b : nhs.list()) {
            for (Link l : queries.links(b)) {
                if (l.outgoing() && "covers".equals(l.type()) && l.heldOn(date) && queries.existedOn(l.other(), date)) {
                    councils.add(county(l.other()));
                }
            }
        }
        closing.addAll(nhs);
        for (Body b : closing.list()) {
            for (Link p : queries.predecessors(b)) {
                closing.add(p.other());
                queries.predecessors(p.other()).forEach(pp -> closing.add(pp.other()));
            }
        }
        List<Body> parents = new ArrayList<>(nhs.list());
        parents.addAll(councils.list());
        for (Body b : parents) {
            queries.children(b.id()).stream().filter(c -> queries.existedOn(c, date)).forEach(parts::add);
        }
    }

    /** The CCG or ICB, or when it did not exist on the date the bodies that were there instead. */
    private void addNhsThen(Body body) {
        if (queries.existedOn(body, date)) {
            nhs.add(body);
            return;
        }
        closing.add(body);
        for (Link l : Succession.ends(queries, body, date)) {
            Body b = "sub-icb-location".equals(l.other().kind()) ? queries.parent(l.other()).orElse(l.other())
                    : l.other();
            if (NHS_KINDS.contains(b.kind()) && queries.existedOn(b, date)) {
                nhs.add(b);
            }
        }
        List<Body> frontier = List.of(body);
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<Body> next = new ArrayList<>();
            for (Body b : frontier) {
                for (Link p : queries.predecessors(b)) {
                    if (queries.existedOn(p.other(), date)) {
                        nhs.add(p.other());
                    } else {
                        next.add(p.other());
                    }
                }
            }
            frontier = next;
        }
    }

    private void addCouncil(Body council) {
        Body county = county(council);
        councils.add(county);
        List<Body> areas = new ArrayList<>(List.of(county));
        queries.children(county.id()).stream().filter(c -> "district".equals(c.kind())).forEach(areas::add);
        for (Body a : areas) {
            for (Link l : queries.links(a)) {
                if (!l.outgoing() && "covers".equals(l.type()) && l.heldOn(date) && queries.existedOn(l.other(), date)) {
                    Body b = "sub-icb-location".equals(l.other().kind())
                            ? queries.parent(l.other()).orElse(l.other()) : l.other();
                    if (NHS_KINDS.contains(b.kind())) {
                        nhs.add(b);
                    }
                }
            }
        }
    }

    private void addRegion(Body region) {
        Geography g = new Geography(queries, date);
        List<Body> todo = new ArrayList<>(List.of(region));
        for (int i = 0; i < todo.size() && i < 2000; i++) {
            for (Body b : g.inside(todo.get(i))) {
                if (NHS_KINDS.contains(b.kind())) {
                    nhs.add(b);
                } else if (g.isArea(b)) {
                    todo.add(b);
                }
            }
        }
        queries.dataset().bodies().stream().filter(b -> "local-authority".equals(b.kind())
                && queries.existedOn(b, date)
                && g.coveredAreas().regionOf(b).filter(r -> r.id().equals(region.id())).isPresent())
                .forEach(councils::add);
    }

    /** A district's county council, or the council itself. */
    private Body county(Body council) {
        return "district".equals(council.kind()) ? queries.parent(council)
                .filter(p -> "local-authority".equals(p.kind())).orElse(council) : council;
    }
}
