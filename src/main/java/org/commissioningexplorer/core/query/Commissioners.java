package org.commissioningexplorer.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.core.time.Eras;

/**
 * "Who commissioned this service here on that day?", answered from the responsibilities in the dataset.
 *
 * <p>The place (a CCG, sub-ICB location, ICB, local authority, district or Health and Wellbeing Board, or any
 * body inside one) is first turned into its local NHS commissioners on the date (the CCGs, or from July 2022
 * the ICB, covering it) and its upper-tier local authorities. Then every responsibility of those bodies, of
 * NHS England, and of their kinds, that was held on the date and is about the service is collected. The most
 * local commissioners answer; national ones that also hold the service (NHS England keeping accountability
 * for what it delegates) are listed as "also", with what a body says it does not commission and delegations
 * the dataset records without knowing when they began ("commissions where delegated").
 */
public final class Commissioners {

    /** Roles that mean the body decides and pays for the service. */
    private static final Set<String> COMMISSIONING_ROLES = Set.of(Responsibility.COMMISSIONS, "arranges");

    private static final Set<String> PLACE_KINDS = Set.of("ccg", "icb", "sub-icb-location", "stp", "local-authority",
            "district", "hwb");
    private static final Set<String> NHS_PLACE_KINDS = Set.of("ccg", "icb", "sub-icb-location", "stp");

    /** How one body stands to the service, with its source. */
    public record Finding(Body body, Responsibility responsibility, boolean standard, Source source, String via) {

        /** "commissions", "does not commission", … as words. */
        public String roleText() {
            return responsibility.role().replace('-', ' ');
        }
    }

    /**
     * The answer.
     *
     * @param place       the body the question was about
     * @param date        the day asked about
     * @param bodies      the bodies for the place on that day: its CCGs or ICB, its upper-tier local authorities
     *                    and NHS England
     * @param answer      who commissioned it: the most local bodies holding the service (empty when the dataset
     *                    records nobody)
     * @param also        further bodies recording the service: national accountability, statements that a body
     *                    does not commission it
     * @param note        a sentence for when the place needs explaining ("NHS Norwich CCG did not exist on …"),
     *                    or null
     */
    public record Answer(ServiceCatalogue.Service service, Body place, LocalDate date, List<Body> bodies,
            List<Finding> answer, List<Finding> also, String note) {

        public boolean answered() {
            return !answer.isEmpty();
        }
    }

    private final DatasetQueries queries;
    private final ServiceCatalogue catalogue;

    public Commissioners(DatasetQueries queries, ServiceCatalogue catalogue) {
        this.queries = queries;
        this.catalogue = catalogue;
    }

    public Commissioners(DatasetQueries queries) {
        this(queries, ServiceCatalogue.standard());
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    /** Who commissioned {@code service} for {@code place} on {@code date}. */
    public Answer ask(ServiceCatalogue.Service service, Body place, LocalDate date) {
        Body area = placeOf(place);
        if (date.isBefore(Eras.CCGS_START)) {
            return new Answer(service, place, date, List.of(), List.of(), List.of(), "The dataset starts on "
                    + Period.format(Eras.CCGS_START) + ", when Clinical Commissioning Groups and NHS England took on "
                    + "commissioning; it records nothing earlier. Choose a date from then on.");
        }
        String note = null;
        if (!PLACE_KINDS.contains(area.kind())) {
            note = area.name() + " is not a local commissioning area, so only what was commissioned for all of "
                    + "England is shown. Ask about one of its CCGs or ICBs, a local authority or a Health and "
                    + "Wellbeing Board for a local answer.";
        } else if (!queries.existedOn(area, date)) {
            Period p = queries.lifetime(area);
            note = area.name() + " existed " + (p.describe().isEmpty() ? "at another time" : p.describe())
                    + "; the answer is for the bodies that " + (p.from() != null && date.isBefore(p.from())
                    ? "came before it" : "took over its area") + " on " + Period.format(date) + ".";
        }

        Map<Body, String> localNhs = new LinkedHashMap<>();
        resolveNhs(area, date, localNhs);
        boolean resolved = !localNhs.isEmpty();
        Map<Body, String> councils = new LinkedHashMap<>();
        for (Body la : areasOf(area, date)) {
            if (!resolved) {
                Map<Body, String> found = nhsCovering(la, date);
                Optional<Body> county = "district".equals(la.kind()) ? queries.parent(la)
                        .filter(c -> "local-authority".equals(c.kind())) : Optional.empty();
                if (found.isEmpty() && county.isPresent()) {
                    // Sub-ICB locations are recorded against counties, not their districts.
                    found = nhsCovering(county.get(), date);
                }
                found.forEach(localNhs::putIfAbsent);
            }
            Body council = "district".equals(la.kind()) ? queries.parent(la).orElse(la) : la;
            if ("local-authority".equals(council.kind()) && queries.existedOn(council, date)) {
                councils.putIfAbsent(council, council == la ? null : "the county council for " + la.name());
            }
        }
        List<Body> national = queries.dataset().bodies().stream()
                .filter(b -> "nhs-england".equals(b.kind()) && queries.existedOn(b, date)).toList();

        List<Finding> local = new ArrayList<>();
        List<Finding> also = new ArrayList<>();
        for (var e : localNhs.entrySet()) {
            collect(service, e.getKey(), e.getValue(), date, local, also);
        }
        for (var e : councils.entrySet()) {
            collect(service, e.getKey(), e.getValue(), date, local, also);
        }
        List<Finding> nationalFindings = new ArrayList<>();
        for (Body b : national) {
            collect(service, b, null, date, nationalFindings, also);
        }
        List<Finding> answer = local.isEmpty() ? nationalFindings : local;
        if (!local.isEmpty()) {
            also.addAll(0, nationalFindings);
        }
        List<Body> bodies = new ArrayList<>(localNhs.keySet());
        bodies.addAll(councils.keySet());
        bodies.addAll(national);
        return new Answer(service, place, date, List.copyOf(bodies), List.copyOf(answer), List.copyOf(also), note);
    }

    /**
     * The local NHS commissioners of a CCG, ICB, sub-ICB location or STP on the date: itself (a sub-ICB location
     * through its ICB, an STP through its member CCGs) when it existed then; otherwise the bodies it became or came
     * from, following the successions in the data.
     */
    private void resolveNhs(Body area, LocalDate date, Map<Body, String> out) {
        if (!NHS_PLACE_KINDS.contains(area.kind())) {
            return;
        }
        if (queries.existedOn(area, date)) {
            addNhs(area, date, null, out);
            return;
        }
        Period life = queries.lifetime(area);
        boolean later = life.to() != null && date.isAfter(life.to());
        Set<Body> seen = new LinkedHashSet<>(List.of(area));
        List<Body> frontier = List.of(area);
        for (int depth = 0; depth < 8 && !frontier.isEmpty() && out.isEmpty(); depth++) {
            List<Body> next = new ArrayList<>();
            for (Body b : frontier) {
                for (Link l : later ? queries.successors(b) : queries.predecessors(b)) {
                    Body other = l.other();
                    if (!NHS_PLACE_KINDS.contains(other.kind()) || !seen.add(other)) {
                        continue;
                    }
                    if (queries.existedOn(other, date)) {
                        addNhs(other, date, later ? "which took over the area of " + area.name()
                                : "whose area became part of " + area.name(), out);
                    } else {
                        next.add(other);
                    }
                }
            }
            frontier = next;
        }
    }

    private void addNhs(Body b, LocalDate date, String via, Map<Body, String> out) {
        switch (b.kind()) {
            case "ccg", "icb" -> out.putIfAbsent(b, via);
            case "sub-icb-location" -> queries.parent(b).ifPresent(icb -> out.putIfAbsent(icb,
                    "through its sub-ICB location " + b.name() + (via == null ? "" : ", " + via)));
            case "stp" -> {
                for (Link l : queries.links(b)) {
                    if (!l.outgoing() && "member-of".equals(l.type()) && l.period().contains(date)
                            && queries.existedOn(l.other(), date) && "ccg".equals(l.other().kind())) {
                        out.putIfAbsent(l.other(), "a member of " + b.name());
                    }
                }
            }
            default -> {
            }
        }
    }

    /**
     * The CCGs, or ICBs through their sub-ICB locations, recorded as covering a local authority on the date. The
     * coverage lookups start in July 2015; before then the coverage links of the bodies that existed on the date
     * are used whatever their own dates.
     */
    private Map<Body, String> nhsCovering(Body la, LocalDate date) {
        Map<Body, String> out = new LinkedHashMap<>();
        List<Link> covers = queries.links(la).stream().filter(l -> !l.outgoing() && "covers".equals(l.type())
                && queries.existedOn(l.other(), date)).toList();
        List<Link> then = covers.stream().filter(l -> l.period().contains(date)).toList();
        for (Link l : then.isEmpty() ? covers : then) {
            Body nhs = l.other();
            String via = "covering " + la.name();
            if ("sub-icb-location".equals(nhs.kind())) {
                via = "through its sub-ICB location " + nhs.name() + ", " + via;
                nhs = queries.parent(nhs).orElse(nhs);
            }
            out.putIfAbsent(nhs, via);
        }
        return out;
    }

    /** The body whose area the question is about: the place itself, or the nearest such body above it. */
    Body placeOf(Body body) {
        Body b = body;
        int guard = 0;
        while (!PLACE_KINDS.contains(b.kind()) && guard++ < 100) {
            Optional<Body> parent = queries.parent(b);
            if (parent.isEmpty()) {
                return body;
            }
            b = parent.get();
        }
        return b;
    }

    /** The local authorities (upper-tier or district) making up the area of a place. */
    private Set<Body> areasOf(Body place, LocalDate date) {
        Set<Body> out = new LinkedHashSet<>();
        switch (place.kind()) {
            case "local-authority", "district" -> {
                out.add(place);
                if ("local-authority".equals(place.kind())) {
                    // A county's CCGs are recorded against its districts.
                    queries.children(place.id()).stream().filter(c -> "district".equals(c.kind())).forEach(out::add);
                }
            }
            case "hwb" -> queries.parent(place).ifPresent(la -> out.addAll(areasOf(la, date)));
            case "ccg", "sub-icb-location" -> out.addAll(covered(place, date));
            case "icb" -> {
                for (Body sub : queries.children(place.id())) {
                    out.addAll(covered(sub, date));
                }
            }
            case "stp" -> {
                for (Link l : queries.links(place)) {
                    if (!l.outgoing() && "member-of".equals(l.type()) && "ccg".equals(l.other().kind())
                            && l.period().contains(date)) {
                        out.addAll(covered(l.other(), date));
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }

    /** The local authorities a CCG or sub-ICB location covered on the date, or over its life if not then. */
    private List<Body> covered(Body nhs, LocalDate date) {
        List<Link> covers = queries.links(nhs).stream().filter(l -> l.outgoing() && "covers".equals(l.type()))
                .toList();
        List<Body> then = covers.stream().filter(l -> l.period().contains(date)).map(Link::other).distinct().toList();
        return then.isEmpty() ? covers.stream().map(Link::other).distinct().toList() : then;
    }

    private void collect(ServiceCatalogue.Service service, Body body, String via, LocalDate date, List<Finding> into,
            List<Finding> also) {
        KindInfo kind = queries.dataset().kind(body.kind());
        for (Responsibility r : kind.responsibilities()) {
            consider(service, body, r, true, via, date, into, also);
        }
        for (Responsibility r : body.responsibilities()) {
            consider(service, body, r, false, via, date, into, also);
        }
    }

    private void consider(ServiceCatalogue.Service service, Body body, Responsibility r, boolean standard, String via,
            LocalDate date, List<Finding> into, List<Finding> also) {
        if (!r.heldOn(date) || !catalogue.describes(service, r.service())) {
            return;
        }
        String sourceId = r.source() != null ? r.source()
                : standard ? queries.dataset().kind(body.kind()).source() : body.primarySource();
        Source source = sourceId == null ? null : queries.dataset().source(sourceId).orElse(null);
        Finding f = new Finding(body, r, standard, source, via);
        if (COMMISSIONING_ROLES.contains(r.role())) {
            into.add(f);
        } else if (Responsibility.DOES_NOT_COMMISSION.equals(r.role())
                || Responsibility.COMMISSIONS_WHERE_DELEGATED.equals(r.role())) {
            also.add(f);
        }
    }
}
