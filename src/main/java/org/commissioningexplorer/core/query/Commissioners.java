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

/**
 * "Who commissioned this service here on that day?", answered from the responsibilities in the dataset.
 *
 * <p>The place (a CCG, sub-ICB location, ICB, local authority, district or Health and Wellbeing Board, or any
 * body inside one) is first turned into its local NHS commissioners on the date (the CCGs, or from July 2022
 * the ICB, covering it) and its upper-tier local authorities. Then every responsibility of those bodies, of
 * NHS England, and of their kinds, that was held on the date and is about the service is collected. The most
 * local commissioners answer; national ones that also hold the service (NHS England keeping accountability
 * for what it delegates) are listed as "also", with what a body says it does not commission.
 */
public final class Commissioners {

    /** Roles that mean the body decides and pays for the service. */
    private static final Set<String> COMMISSIONING_ROLES = Set.of(Responsibility.COMMISSIONS, "arranges");

    private static final Set<String> LOCAL_NHS_KINDS = Set.of("ccg", "icb");
    private static final Set<String> PLACE_KINDS = Set.of("ccg", "icb", "sub-icb-location", "local-authority",
            "district", "hwb");

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
     * @param localBodies the CCGs or ICB and the local authorities found for the place on that day
     * @param answer      who commissioned it: the most local bodies holding the service (empty when the dataset
     *                    records nobody)
     * @param also        further bodies recording the service: national accountability, statements that a body
     *                    does not commission it
     * @param note        a sentence for when the place needs explaining ("NHS Norwich CCG did not exist on …"),
     *                    or null
     */
    public record Answer(ServiceCatalogue.Service service, Body place, LocalDate date, List<Body> localBodies,
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
        String note = null;
        if (!queries.existedOn(area, date)) {
            Period p = queries.lifetime(area);
            note = area.name() + " existed " + (p.describe().isEmpty() ? "at another time" : p.describe())
                    + "; the answer is for the bodies that covered its area on " + Period.format(date) + ".";
        }

        Map<Body, String> localNhs = new LinkedHashMap<>();
        Map<Body, String> councils = new LinkedHashMap<>();
        Set<Body> areas = areasOf(area, date);
        if (LOCAL_NHS_KINDS.contains(area.kind()) && queries.existedOn(area, date)) {
            localNhs.put(area, null);
        } else if ("sub-icb-location".equals(area.kind()) && queries.existedOn(area, date)) {
            queries.parent(area).ifPresent(icb -> localNhs.put(icb, "through its sub-ICB location " + area.name()));
        }
        boolean resolved = !localNhs.isEmpty(); // the place is itself the local NHS commissioner on the date
        for (Body la : areas) {
            if (!resolved) {
                for (Link l : queries.links(la)) {
                    if (!l.outgoing() && "covers".equals(l.type()) && l.period().contains(date)
                            && queries.existedOn(l.other(), date)) {
                        Body nhs = l.other();
                        String via = "covering " + la.name();
                        if ("sub-icb-location".equals(nhs.kind())) {
                            via = "through its sub-ICB location " + nhs.name() + ", " + via;
                            nhs = queries.parent(nhs).orElse(nhs);
                        }
                        localNhs.putIfAbsent(nhs, via);
                    }
                }
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
        List<Body> localBodies = new ArrayList<>(localNhs.keySet());
        localBodies.addAll(councils.keySet());
        return new Answer(service, place, date, List.copyOf(localBodies), List.copyOf(answer), List.copyOf(also),
                note);
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
            default -> {
            }
        }
        // A district's NHS bodies may be recorded against its county (sub-ICB locations cover counties).
        for (Body la : List.copyOf(out)) {
            if ("district".equals(la.kind())) {
                queries.parent(la).filter(c -> "local-authority".equals(c.kind())).ifPresent(out::add);
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
        } else if (Responsibility.DOES_NOT_COMMISSION.equals(r.role())) {
            also.add(f);
        }
    }
}
