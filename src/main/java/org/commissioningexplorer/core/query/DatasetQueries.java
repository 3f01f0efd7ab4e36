package org.commissioningexplorer.core.query;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Relationship;
import org.commissioningexplorer.core.model.RelationshipTypes;

/** Questions asked of a loaded dataset, shared by the window and the command line. Built once per dataset. */
public final class DatasetQueries {

    private final Dataset dataset;
    private final Map<String, List<Body>> children = new HashMap<>();
    private final List<Body> roots = new ArrayList<>();
    private final Map<String, List<Link>> incoming = new HashMap<>();
    private final Map<String, List<Body>> byCode = new HashMap<>();
    private final Map<String, Period> lifetimes = new ConcurrentHashMap<>();
    private final PartDocuments partDocuments = new PartDocuments(this);

    public DatasetQueries(Dataset dataset) {
        this.dataset = dataset;
        for (Body b : dataset.bodies()) {
            if (b.parent() == null || dataset.body(b.parent()).isEmpty()) {
                roots.add(b);
            } else {
                children.computeIfAbsent(b.parent(), k -> new ArrayList<>()).add(b);
            }
            for (Code c : b.codes()) {
                byCode.computeIfAbsent(c.value().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(b);
            }
            for (Relationship r : b.relationships()) {
                incoming.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(new Link(
                        r.type(), RelationshipTypes.incoming(r.type()), false, b, r.period(), r.share(), r.notes(),
                        sourceOf(r, b)));
            }
            for (Membership m : b.membership()) {
                if (m.body() != null) {
                    incoming.computeIfAbsent(m.body(), k -> new ArrayList<>()).add(new Link(
                            "membership", "Sits on", false, b, b.period(), null, "as " + m.role(),
                            m.source() != null ? m.source() : b.primarySource()));
                }
            }
        }
        // Top-level bodies in the order their kinds are declared (NHS England first), then in file order.
        roots.sort(byKindOrder());
    }

    /** Bodies in the order their kinds are declared; kinds not declared after them. */
    private Comparator<Body> byKindOrder() {
        Map<String, Integer> rank = new HashMap<>();
        for (String kind : dataset.kinds().keySet()) {
            rank.putIfAbsent(kind, rank.size());
        }
        return Comparator.comparingInt(b -> rank.getOrDefault(b.kind(), Integer.MAX_VALUE));
    }

    /**
     * When the body existed as far as the tree allows: its own dates clipped to its parent's lifetime, so a
     * CCG's committees end when the CCG does. A body whose dates do not overlap its parent's gets an empty
     * lifetime (it never existed on any date).
     */
    public Period lifetime(Body body) {
        Period known = lifetimes.get(body.id());
        if (known != null) {
            return known;
        }
        // Up to the nearest body already known (or the top), then down again: no recursion, whatever the depth.
        List<Body> up = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Body b = body;
        Period above = null;
        while (b != null && seen.add(b.id())) { // a validated dataset has no cycles; the set guards against misuse
            Period p = lifetimes.get(b.id());
            if (p != null) {
                above = p;
                break;
            }
            up.add(b);
            b = parent(b).orElse(null);
        }
        for (int i = up.size() - 1; i >= 0; i--) {
            Body x = up.get(i);
            Period p = above == null ? x.period() : intersect(x.period(), above);
            lifetimes.put(x.id(), p);
            above = p;
        }
        return lifetimes.get(body.id());
    }

    /** True when the body existed on {@code date}, within its parent's lifetime (see {@link #lifetime}). */
    public boolean existedOn(Body body, LocalDate date) {
        return date == null || lifetime(body).contains(date);
    }

    /** The days both cover; an empty period, which contains no date, when they do not overlap. */
    private static Period intersect(Period a, Period b) {
        Period both = a.overlap(b);
        return both != null ? both : new Period(LocalDate.MAX, LocalDate.MIN);
    }

    public Dataset dataset() {
        return dataset;
    }

    /** Top-level bodies, by the order of their kinds in the dataset, then in dataset order. */
    public List<Body> roots() {
        return Collections.unmodifiableList(roots);
    }

    /**
     * The top-level bodies in the order of their kinds, then by name ({@link Geography#BY_NAME}), as the tree lists
     * them on any date; sorted once.
     */
    public List<Body> rootsByName() {
        List<Body> sorted = rootsByName;
        if (sorted == null) {
            List<Body> list = new ArrayList<>(roots);
            list.sort(byKindOrder().thenComparing(Geography.BY_NAME));
            sorted = List.copyOf(list);
            rootsByName = sorted;
        }
        return sorted;
    }

    private volatile List<Body> rootsByName;

    public List<Body> children(String id) {
        return Collections.unmodifiableList(children.getOrDefault(id, List.of()));
    }

    public Optional<Body> parent(Body body) {
        return body.parent() == null ? Optional.empty() : dataset.body(body.parent());
    }

    /** The path from a top-level body down to {@code body}, inclusive. */
    public List<Body> path(Body body) {
        List<Body> path = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Body b = body; b != null && seen.add(b.id()); b = parent(b).orElse(null)) {
            path.add(b); // a validated dataset has no cycles; the set only guards against misuse
        }
        java.util.Collections.reverse(path);
        return path;
    }

    /**
     * A long path shortened for a line: its first {@code head} and last {@code tail} bodies, with null for the
     * ones left out between them; the path itself when it is short.
     */
    public static List<Body> shortened(List<Body> path, int head, int tail) {
        if (path.size() <= head + tail + 1) {
            return path;
        }
        List<Body> out = new ArrayList<>(path.subList(0, head));
        out.add(null);
        out.addAll(path.subList(path.size() - tail, path.size()));
        return out;
    }

    /** The documents of every body below {@code body}, depth first, each with the part it belongs to; worked out once. */
    public List<Attributed<DocumentRef>> partDocuments(Body body) {
        return partDocuments.of(body);
    }

    /** Relationships out of the body, then relationships into it, each worded from the body's side. */
    public List<Link> links(Body body) {
        List<Link> out = new ArrayList<>();
        for (Relationship r : body.relationships()) {
            dataset.body(r.target()).ifPresent(t -> out.add(new Link(r.type(),
                    RelationshipTypes.outgoing(r.type()), true, t, r.period(), r.share(), r.notes(), sourceOf(r, body))));
        }
        out.addAll(incoming.getOrDefault(body.id(), List.of()));
        return out;
    }

    /**
     * Finds a body by id, or by code (ODS or ONS, any period, any case). Ids win over codes; with several
     * bodies sharing a code, the one that existed latest wins.
     */
    public Optional<Body> lookup(String idOrCode) {
        return lookup(idOrCode, null);
    }

    /**
     * As {@link #lookup(String)}, but where several bodies share a code (a CCG and the sub-ICB location
     * that kept its code), the one that existed on {@code date} wins, then the one nearest to it.
     */
    public Optional<Body> lookup(String idOrCode, LocalDate date) {
        String key = idOrCode.strip();
        Optional<Body> byId = dataset.body(key);
        if (byId.isPresent()) {
            return byId;
        }
        List<Body> matches = byCode.getOrDefault(key.toUpperCase(Locale.ROOT), List.of());
        if (date != null) {
            Optional<Body> then = matches.stream().filter(b -> existedOn(b, date)).findFirst();
            if (then.isPresent()) {
                return then;
            }
            return matches.stream().min(Comparator.comparingLong((Body b) -> distance(b, date)));
        }
        return matches.stream().max(Comparator.comparing(
                (Body b) -> b.period().to() == null ? LocalDate.MAX : b.period().to()));
    }

    private static long distance(Body b, LocalDate date) {
        LocalDate from = b.period().from();
        LocalDate to = b.period().to();
        if (from != null && date.isBefore(from)) {
            return ChronoUnit.DAYS.between(date, from);
        }
        if (to != null && date.isAfter(to)) {
            return ChronoUnit.DAYS.between(to, date);
        }
        return 0;
    }

    /** Bodies that took over from this one ("succeeded-by" from it), in dataset order. */
    public List<Link> successors(Body body) {
        return links(body).stream().filter(l -> isSuccession(l) && l.outgoing()).toList();
    }

    /** Bodies this one took over from ("succeeded-by" to it). */
    public List<Link> predecessors(Body body) {
        return links(body).stream().filter(l -> isSuccession(l) && !l.outgoing()).toList();
    }

    private static boolean isSuccession(Link l) {
        return RelationshipTypes.SUCCESSION.contains(l.type());
    }

    /** Every body's lifetime (see {@link #lifetime}), in dataset order. */
    public List<Period> lifetimes() {
        return dataset.bodies().stream().map(this::lifetime).toList();
    }

    /** How many bodies of each kind, most common first, ties by kind label. */
    public Map<String, Integer> countsByKind() {
        return countsByKind(null);
    }

    /**
     * How many bodies of each kind existed on {@code date} (every body when null). The window asks on every move of
     * its date: a date is counted from the bodies' lifetimes sorted by kind ({@link KindCounts}), and the answers for
     * the last {@value #COUNTED_DATES} dates are kept.
     */
    public Map<String, Integer> countsByKind(LocalDate date) {
        synchronized (counted) {
            Map<String, Integer> known = counted.get(date); // null (every body) is a key like any other
            if (known != null) {
                return known;
            }
        }
        Map<String, Integer> counts = Collections.unmodifiableMap(workOutCountsByKind(date));
        synchronized (counted) {
            counted.put(date, counts);
        }
        return counts;
    }

    private static final int COUNTED_DATES = 32;
    private final Map<LocalDate, Map<String, Integer>> counted = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, Map<String, Integer>> eldest) {
            return size() > COUNTED_DATES;
        }
    };

    private Map<String, Integer> workOutCountsByKind(LocalDate date) {
        Map<String, Integer> counts;
        if (date == null) {
            counts = new HashMap<>();
            for (Body b : dataset.bodies()) {
                counts.merge(b.kind(), 1, Integer::sum);
            }
        } else {
            counts = kindCounts().on(date);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(e -> dataset.kind(e.getKey()).label()));
        Map<String, Integer> sorted = new LinkedHashMap<>();
        entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private volatile KindCounts kindCounts;

    /** The lifetimes of every body by kind, sorted for counting on any date; made once, on first use. */
    private KindCounts kindCounts() {
        KindCounts k = kindCounts;
        if (k == null) {
            k = new KindCounts(dataset.bodies(), this::lifetime);
            kindCounts = k;
        }
        return k;
    }

    private static String sourceOf(Relationship r, Body owner) {
        return r.source() != null ? r.source() : owner.primarySource();
    }
}
