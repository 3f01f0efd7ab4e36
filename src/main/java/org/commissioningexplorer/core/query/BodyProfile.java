package org.commissioningexplorer.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.Fact;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.RelationshipTypes;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.model.Source;

/**
 * Everything the explorer shows about one body, in the order it shows it. The window's detail pane and
 * the {@code show} command both render this, so they always agree.
 *
 * @param membership       own seats, then the kind's standard seats, then seats on its parts (its
 *                         governing body's composition appears on the CCG's page)
 * @param documents        own documents, then its parts' (committee terms of reference), then the kind's
 * @param sources          every source cited on the page, in first-cited order
 */
public record BodyProfile(Body body, KindInfo kind, List<Body> path, List<Body> parts,
                          List<Attributed<Fact>> facts, List<Attributed<Membership>> membership,
                          List<Attributed<Responsibility>> responsibilities, List<Attributed<DocumentRef>> documents,
                          List<Link> links, List<Source> sources, LocalDate asOf, List<Link> otherLinks) {

    /** Everything about the body, at no particular date: all its parts and all its links. */
    public static BodyProfile of(DatasetQueries queries, Body body) {
        return of(queries, body, null);
    }

    /**
     * The body as it was on {@code date}: when it existed then, only the parts that existed that day, and
     * in {@link #links()} only the links that held that day (successions always), the rest going to
     * {@link #otherLinks()}. When it did not exist that day (or the date is null), everything.
     */
    public static BodyProfile of(DatasetQueries queries, Body body, LocalDate date) {
        Dataset d = queries.dataset();
        KindInfo kind = d.kind(body.kind());
        LocalDate day = date != null && queries.existedOn(body, date) ? date : null;
        List<Body> parts = queries.children(body.id()).stream().filter(b -> queries.existedOn(b, day)).toList();

        List<Attributed<Fact>> facts = new ArrayList<>();
        body.facts().forEach(f -> facts.add(new Attributed<>(f, body, false, or(f.source(), body.primarySource()))));

        // The seats of the day when the body existed then; every seat, with its dates, otherwise.
        List<Attributed<Membership>> membership = new ArrayList<>();
        body.membership().stream().filter(m -> m.heldOn(day))
                .forEach(m -> membership.add(new Attributed<>(m, body, false, or(m.source(), body.primarySource()))));
        kind.membership().stream().filter(m -> m.heldOn(day))
                .forEach(m -> membership.add(new Attributed<>(m, body, true, or(m.source(), kind.source()))));
        for (Body part : parts) {
            if (!part.codes().isEmpty()) {
                // An organisation with a code of its own (a CCG under NHS England) has its own page for who sits
                // on it; only the body's own boards and committees, which have none, are shown with it.
                continue;
            }
            KindInfo pk = d.kind(part.kind());
            part.membership().stream().filter(m -> m.heldOn(day))
                    .forEach(m -> membership.add(new Attributed<>(m, part, false, or(m.source(), part.primarySource()))));
            pk.membership().stream().filter(m -> m.heldOn(day))
                    .forEach(m -> membership.add(new Attributed<>(m, part, true, or(m.source(), pk.source()))));
        }

        List<Attributed<Responsibility>> responsibilities = new ArrayList<>();
        body.responsibilities().forEach(r -> responsibilities.add(new Attributed<>(r, body, false, or(r.source(), body.primarySource()))));
        kind.responsibilities().forEach(r -> responsibilities.add(new Attributed<>(r, body, true, or(r.source(), kind.source()))));

        List<Attributed<DocumentRef>> documents = new ArrayList<>();
        body.documents().forEach(doc -> documents.add(new Attributed<>(doc, body, false, or(doc.source(), body.primarySource()))));
        documents.addAll(queries.partDocuments(body));
        kind.documents().forEach(doc -> documents.add(new Attributed<>(doc, body, true, or(doc.source(), kind.source()))));

        List<Link> links = new ArrayList<>();
        List<Link> otherLinks = new ArrayList<>();
        for (Link l : queries.links(body)) {
            boolean held = day == null || RelationshipTypes.SUCCESSION.contains(l.type())
                    || l.period().contains(day) && queries.existedOn(l.other(), day);
            (held ? links : otherLinks).add(l);
        }

        Set<String> cited = new LinkedHashSet<>(body.sources());
        facts.forEach(a -> cited.add(a.source()));
        membership.forEach(a -> cited.add(a.source()));
        responsibilities.forEach(a -> cited.add(a.source()));
        documents.forEach(a -> cited.add(a.source()));
        links.forEach(l -> cited.add(l.source()));
        otherLinks.forEach(l -> cited.add(l.source()));
        List<Source> sources = new ArrayList<>();
        for (String id : cited) {
            d.source(id).ifPresent(sources::add);
        }
        return new BodyProfile(body, kind, queries.path(body), parts, facts, membership, responsibilities,
                documents, links, sources, date, otherLinks);
    }

    /** A run of items with the same holder and origin, shown under one heading. */
    public record Group<T>(String heading, Body holder, List<Attributed<T>> items) {
    }

    /**
     * Groups items by where they come from, keeping order: "Recorded for …", "Standard for every …", then
     * one group per part ("Governing Body", "Governing Body: standard for every …").
     *
     * @param kindLabel names a body's kind ("Clinical Commissioning Group")
     */
    public <T> List<Group<T>> groups(List<Attributed<T>> items, Function<Body, String> kindLabel) {
        Map<String, Group<T>> groups = new LinkedHashMap<>();
        for (Attributed<T> a : items) {
            boolean own = a.holder() == body;
            String heading;
            if (own && !a.standard()) {
                heading = "Recorded for " + body.name();
            } else if (own) {
                heading = "Standard for every " + kindLabel.apply(body);
            } else {
                heading = a.holder().name() + (a.standard() ? ": standard for every " + kindLabel.apply(a.holder()) : "");
            }
            groups.computeIfAbsent(heading, h -> new Group<>(h, a.holder(), new ArrayList<>())).items().add(a);
        }
        return List.copyOf(groups.values());
    }

    /** Links grouped by their wording ("Commissions services from": NNUH, NSFT, …), in first-seen order. */
    public Map<String, List<Link>> linksByLabel() {
        Map<String, List<Link>> map = new LinkedHashMap<>();
        for (Link l : links) {
            map.computeIfAbsent(l.label(), k -> new ArrayList<>()).add(l);
        }
        return map;
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    /**
     * What is known about a seat besides its role, in the order `show` and the handout print it: how many, statutory,
     * when, whom it represents, the body that holds it.
     */
    public static List<String> seatDetails(org.commissioningexplorer.core.model.Membership m,
            org.commissioningexplorer.core.model.Dataset dataset) {
        List<String> bits = new java.util.ArrayList<>();
        if (!m.countText().isEmpty()) {
            bits.add(m.countText());
        }
        if (m.statutory()) {
            bits.add("statutory");
        }
        if (!m.period().describe().isEmpty()) {
            bits.add(m.period().describe());
        }
        if (m.represents() != null) {
            bits.add("represents " + m.represents());
        }
        if (m.body() != null) {
            dataset.body(m.body()).ifPresent(member -> bits.add(member.name()));
        }
        return bits;
    }
}
