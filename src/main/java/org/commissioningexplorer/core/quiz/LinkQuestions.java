package org.commissioningexplorer.core.quiz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Link;
import org.commissioningexplorer.core.query.Succession;

/**
 * Questions answered by one relationship in the data: a body's region or partnership, its parent, what took over
 * from it, who covered a council, who took part in a joint committee. Each is asked only when the links make
 * exactly one offered body right; the others are of the same kind, existed on the date, and have no such link.
 */
final class LinkQuestions {

    private final DatasetQueries queries;
    private final Options options;

    LinkQuestions(DatasetQueries queries, Options options) {
        this.queries = queries;
        this.options = options;
    }

    /** The bodies of {@code kind} at the other end of the body's outgoing {@code type} links held on the date. */
    static List<Link> outgoing(DatasetQueries q, Body body, String type, String kind, LocalDate date) {
        return q.links(body).stream().filter(l -> l.outgoing() && type.equals(l.type()) && l.heldOn(date)
                && l.other().kind().equals(kind) && q.existedOn(l.other(), date)).toList();
    }

    /** "Which NHS England region was X in?" (kind "region") or "Which partnership was X a member of?" ("stp"). */
    Optional<Question> within(Random random, Body body, String type, String kind, LocalDate date) {
        List<Link> links = outgoing(queries, body, type, kind, date);
        if (links.stream().map(l -> l.other().id()).distinct().count() != 1) {
            return Optional.empty();
        }
        Link l = links.get(0);
        String label = label(kind);
        boolean region = "in-region".equals(type);
        String text = "Which " + lower(label) + " was " + Succession.named(body) + (region ? " in" : " a member of") + " on "
                + Period.format(date) + "?";
        String why = Succession.named(body) + " was " + (region ? "within " : "a member of ")
                + Succession.named(l.other()) + when(l.period()) + ".";
        return make(random, region ? Question.Type.REGION : Question.Type.PARTNERSHIP, body, date, text, l.other(),
                options.sameRegion(l.other(), date), options.ofKind(kind, date), Set.of(), why, l.source());
    }

    /** "Which CCG is the Audit Committee part of?" */
    Optional<Question> parent(Random random, Body part, LocalDate date) {
        Optional<Body> parent = queries.parent(part).filter(p -> queries.existedOn(p, date));
        if (parent.isEmpty() || !queries.existedOn(part, date)) {
            return Optional.empty();
        }
        Body p = parent.get();
        String text = part.name() + ": which " + lower(label(p.kind())) + " is it part of?";
        String why = part.name() + " (" + lower(label(part.kind())) + ") is part of " + Succession.named(p) + ".";
        return make(random, Question.Type.PARENT, part, date, text, p, options.sameRegion(p, date),
                options.ofKind(p.kind(), date),
                Set.of(), why, part.primarySource() != null ? part.primarySource() : p.primarySource());
    }

    /** "Which Integrated Care Board took over from NHS Norfolk and Waveney CCG on 1 July 2022?", one per kind. */
    List<Question> successors(Random random, Body closed) {
        Map<String, List<Link>> byKind = new LinkedHashMap<>();
        for (Link l : queries.successors(closed)) {
            byKind.computeIfAbsent(l.other().kind(), k -> new ArrayList<>()).add(l);
        }
        Set<String> all = queries.successors(closed).stream().map(l -> l.other().id()).collect(Collectors.toSet());
        List<Question> out = new ArrayList<>();
        for (List<Link> links : byKind.values()) {
            Link l = links.get(0);
            LocalDate from = l.period().from();
            if (links.size() != 1 || from == null) {
                continue;
            }
            String text = "Which " + lower(label(l.other().kind())) + " took over from " + Succession.named(closed) + " on "
                    + Period.format(from) + "?";
            String why = Succession.named(closed) + " was succeeded by " + Succession.named(l.other())
                    + (l.share() != null && l.share() < 1.0 ? " (" + l.shareText() + " of its area)" : "") + " from "
                    + Period.format(from) + ".";
            make(random, Question.Type.SUCCESSOR, closed, from, text, l.other(), options.sameRegion(l.other(), from),
                    options.ofKind(l.other().kind(), from), all, why, l.source()).ifPresent(out::add);
        }
        return out;
    }

    /** The bodies of a kind (CCGs, or ICBs through their sub-ICB locations) covering a council on the date. */
    static Map<String, Link> covering(DatasetQueries q, Body council, String kind, LocalDate date) {
        Map<String, Link> out = new LinkedHashMap<>();
        for (Link l : q.links(council)) {
            if (l.outgoing() || !"covers".equals(l.type()) || !l.heldOn(date) || !q.existedOn(l.other(), date)) {
                continue;
            }
            Body b = "sub-icb-location".equals(l.other().kind()) ? q.parent(l.other()).orElse(l.other()) : l.other();
            if (b.kind().equals(kind) && q.existedOn(b, date)) {
                out.putIfAbsent(b.id(), l);
            }
        }
        return out;
    }

    /** "Which of these CCGs covered part of Norfolk County Council on 1 October 2019?" */
    Optional<Question> covers(Random random, Body council, String kind, LocalDate date) {
        Map<String, Link> covering = covering(queries, council, kind, date);
        if (covering.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>(covering.keySet());
        Link l = covering.get(ids.get(random.nextInt(ids.size())));
        Body right = "sub-icb-location".equals(l.other().kind()) ? queries.parent(l.other()).orElseThrow() : l.other();
        String text = (ids.size() == 1 ? "Which " + lower(label(kind)) + " covered " : "Which of these " + lower(plural(kind))
                + " covered part of ") + council.name() + " on " + Period.format(date) + "?";
        String why = Succession.named(l.other()) + " covered " + council.name()
                + (l.share() != null ? " (" + l.shareText() + " of its own area)" : "") + when(l.period())
                + (l.other() == right ? "" : "; it is part of " + Succession.named(right)) + (ids.size() == 1 ? "."
                : ". " + (ids.size() - 1) + " other " + (ids.size() == 2 ? lower(label(kind)) : lower(plural(kind)))
                + " also covered part of it; none is among the options.");
        return make(random, Question.Type.COVERS, council, date, text, right, options.sameRegion(right, date),
                options.ofKind(kind, date),
                covering.keySet(), why, l.source());
    }

    /** "Which of these CCGs took part in the Joint Strategic Commissioning Committee on …?" */
    Optional<Question> jointCommittee(Random random, Body committee, LocalDate date) {
        List<Link> members = queries.links(committee).stream().filter(l -> l.outgoing()
                && "joint-committee-of".equals(l.type()) && l.heldOn(date) && queries.existedOn(l.other(), date))
                .toList();
        if (members.isEmpty() || !queries.existedOn(committee, date)) {
            return Optional.empty();
        }
        Link l = members.get(random.nextInt(members.size()));
        String kind = l.other().kind();
        Set<String> all = members.stream().map(m -> m.other().id()).collect(Collectors.toSet());
        String text = committee.name() + ": which of these " + lower(plural(kind)) + " took part in it on "
                + Period.format(date) + "?";
        String why = committee.name() + " was a joint committee of " + members.stream()
                .map(m -> Succession.named(m.other())).collect(Collectors.joining(", ")) + ".";
        return make(random, Question.Type.JOINT_COMMITTEE, committee, date, text, l.other(),
                options.sameRegion(l.other(), date),
                options.ofKind(kind, date), all, why, l.source());
    }

    /**
     * "Which part of NHS Norwich CCG is responsible for “Quality of the services the CCG commissions”?": one per
     * responsibility held on the date by exactly one of the body's parts; the other parts are the wrong options.
     */
    List<Question> responsibleParts(Random random, Body body, LocalDate date) {
        List<Body> parts = queries.children(body.id()).stream().filter(c -> queries.existedOn(c, date)).toList();
        Map<String, List<Body>> holders = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (Body part : parts) {
            for (var r : part.responsibilities()) {
                if (r.service() != null && (r.period() == null || r.period().contains(date))) {
                    List<Body> h = holders.computeIfAbsent(r.service(), k -> new ArrayList<>());
                    if (!h.contains(part)) {
                        h.add(part);
                    }
                    sources.putIfAbsent(r.service(), r.source() != null ? r.source() : part.primarySource());
                }
            }
        }
        List<Question> out = new ArrayList<>();
        holders.forEach((service, h) -> {
            if (h.size() != 1) {
                return; // held by two parts: no single right answer
            }
            Body right = h.get(0);
            String text = "Which part of " + Succession.named(body) + " is responsible for “" + service + "”?";
            String why = right.name() + " (" + lower(label(right.kind())) + ") of " + Succession.named(body)
                    + " is responsible for “" + service + "”.";
            make(random, Question.Type.RESPONSIBLE_PART, body, date, text, right, parts, List.of(), Set.of(), why,
                    sources.get(service)).ifPresent(out::add);
        });
        return out;
    }

    private Optional<Question> make(Random random, Question.Type type, Body subject, LocalDate date, String text,
            Body right, List<Body> near, List<Body> pool, Set<String> alsoRight, String why, String sourceId) {
        Optional<Source> source = sourceId == null ? Optional.empty() : queries.dataset().source(sourceId);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        return options.choose(random, right, near, pool, alsoRight).map(c -> new Question(type, subject, null, date,
                text, c.options(), c.right(), why, source.get()));
    }

    private String label(String kind) {
        return queries.dataset().kind(kind).label();
    }

    private String plural(String kind) {
        return queries.dataset().kind(kind).plural();
    }

    private static String when(Period p) {
        return p.describe().isEmpty() ? "" : " (" + p.describe() + ")";
    }

    private static String lower(String s) {
        return CommissionerQuestions.lower(s);
    }
}
