package org.commissioningexplorer.core.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.core.query.Attributed;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Link;
import org.commissioningexplorer.core.query.Succession;
import org.commissioningexplorer.core.time.AsOf;
import org.commissioningexplorer.core.export.Handout.Block;
import org.commissioningexplorer.core.export.Handout.Field;
import org.commissioningexplorer.core.export.Handout.Heading;
import org.commissioningexplorer.core.export.Handout.Item;
import org.commissioningexplorer.core.export.Handout.Paragraph;
import org.commissioningexplorer.core.export.Handout.SubHeading;

/**
 * Makes a body's handout from its {@link BodyProfile}, with what {@code show} prints and in its order: details,
 * overview, parts, membership, responsibilities, documents, successions, relationships on the date, and the
 * numbered sources with their publishers and dates.
 */
public final class HandoutBuilder {

    /** "1 October 2019". */
    public static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final DatasetQueries queries;
    private final Dataset dataset;

    public HandoutBuilder(DatasetQueries queries) {
        this.queries = queries;
        this.dataset = queries.dataset();
    }

    /** The handout of {@code body} as it was on {@code asOf} (every date when null). */
    public Handout build(Body body, LocalDate asOf) {
        BodyProfile p = BodyProfile.of(queries, body, asOf);
        LocalDate day = asOf != null && queries.existedOn(body, asOf) ? asOf : null;
        List<Block> main = new ArrayList<>();
        details(p, asOf, main);
        overview(p, main);
        List<Body> parts = p.parts().stream().filter(part -> queries.existedOn(part, day)).toList();
        if (!parts.isEmpty()) {
            main.add(new Heading("Parts (" + parts.size() + ")"));
            parts.forEach(part -> main.add(new Item(part.name() + " (" + dataset.kind(part.kind()).label() + ")")));
        }
        membership(p, day, main);
        responsibilities(p, main);
        documents(p, main);
        succession(p, "Predecessors", queries.predecessors(body), main);
        succession(p, "Successors", queries.successors(body), main);
        relationships(p, asOf, day, main);

        List<Block> sources = new ArrayList<>();
        sources.add(new Heading("Sources"));
        int i = 1;
        for (Source s : p.sources()) {
            String note = String.join(" ", s.url() == null ? "" : s.url(),
                    s.licence() == null ? "" : "Licence: " + s.licence() + ".").strip();
            sources.add(new Item("[" + i++ + "]", s.citation(), note.isEmpty() ? null : note));
        }
        String subtitle = p.kind().label() + body.primaryCode().map(c -> " · " + c).orElse("");
        String footer = body.name() + " · " + (asOf == null ? "all dates" : "as at " + LONG_DATE.format(asOf))
                + " · " + dataset.info().title() + ", edition " + LONG_DATE.format(dataset.info().edition());
        return new Handout(body.name(), subtitle, main, sources, footer);
    }

    private void details(BodyProfile p, LocalDate asOf, List<Block> out) {
        Body b = p.body();
        if (asOf != null) {
            out.add(new Field("As at", LONG_DATE.format(asOf) + ": " + AsOf.describe(b, asOf)));
        }
        out.add(new Field("Kind", p.kind().label()));
        if (!b.codes().isEmpty()) {
            out.add(new Field("Codes", b.codes().stream().map(HandoutBuilder::code).collect(Collectors.joining("; "))));
        }
        if (!b.period().describe().isEmpty()) {
            out.add(new Field("Existed", b.period().describe()));
        }
        if (p.path().size() > 1) {
            List<Body> above = p.path().subList(0, p.path().size() - 1);
            out.add(new Field("Part of", above.stream().map(Body::name).collect(Collectors.joining(" › "))));
        }
        out.add(new Field("Id", b.id()));
        if (!b.formerNames().isEmpty()) {
            out.add(new Field("Also known as", String.join("; ", b.formerNames())));
        }
    }

    private void overview(BodyProfile p, List<Block> out) {
        out.add(new Heading("Overview"));
        if (p.body().summary() != null) {
            out.add(new Paragraph(p.body().summary()));
        }
        if (p.kind().summary() != null) {
            out.add(new Paragraph("About " + p.kind().plural() + ": " + p.kind().summary()));
        }
        p.facts().forEach(f -> out.add(new Item(f.item().label() + ": " + f.item().value() + cite(p, f.source()))));
    }

    private void membership(BodyProfile p, LocalDate day, List<Block> out) {
        out.add(new Heading("Membership"));
        List<Attributed<Membership>> seats = p.membership().stream().filter(a -> a.item().heldOn(day)).toList();
        if (seats.isEmpty()) {
            out.add(new Paragraph("None recorded.", true));
        }
        for (BodyProfile.Group<Membership> g : p.groups(seats, h -> dataset.kind(h.kind()).label())) {
            out.add(new SubHeading(g.heading()));
            for (Attributed<Membership> a : g.items()) {
                Membership m = a.item();
                List<String> bits = BodyProfile.seatDetails(m, dataset);
                out.add(new Item("•", m.role() + (bits.isEmpty() ? "" : " (" + String.join(", ", bits) + ")")
                        + cite(p, a.source()), m.notes()));
            }
        }
    }

    private void responsibilities(BodyProfile p, List<Block> out) {
        out.add(new Heading("Responsibilities"));
        if (p.responsibilities().isEmpty()) {
            out.add(new Paragraph("None recorded.", true));
        }
        for (Attributed<Responsibility> a : p.responsibilities()) {
            Responsibility r = a.item();
            String role = r.role().equals(Responsibility.COMMISSIONS) ? "" : capitalised(r.role().replace('-', ' ')) + ": ";
            String by = r.by() == null ? "" : " (commissioned by " + dataset.body(r.by()).map(Body::name).orElse(r.by()) + ")";
            out.add(new Item("•", role + r.service() + (r.scope() == null ? "" : " — " + r.scope()) + by
                    + (a.standard() ? " (standard for every " + p.kind().label() + ")" : "") + cite(p, a.source()),
                    r.notes()));
        }
    }

    private void documents(BodyProfile p, List<Block> out) {
        out.add(new Heading("Documents (" + p.documents().size() + ")"));
        if (p.documents().isEmpty()) {
            out.add(new Paragraph("None recorded.", true));
        }
        for (Attributed<DocumentRef> a : p.documents()) {
            DocumentRef d = a.item();
            List<String> bits = new ArrayList<>();
            if (d.kind() != null) {
                bits.add(d.kind().replace('-', ' '));
            }
            bits.add(d.dateText());
            if (d.sizeKB() != null) {
                bits.add(d.sizeText());
            }
            if (a.holder() != p.body()) {
                bits.add(a.holder().name());
            }
            if (a.standard()) {
                bits.add("about every " + p.kind().label());
            }
            String note = String.join(" ", d.url() == null ? "" : d.url(),
                    d.notes() == null ? "" : d.notes().strip()).strip();
            out.add(new Item("•", d.title() + " (" + String.join(", ", bits) + ")" + cite(p, a.source()),
                    note.isEmpty() ? null : note));
        }
    }

    private void succession(BodyProfile p, String title, List<Link> links, List<Block> out) {
        if (links.isEmpty()) {
            return;
        }
        out.add(new Heading(title));
        for (Link l : links) {
            List<String> bits = new ArrayList<>();
            bits.add(dataset.kind(l.other().kind()).label());
            if (!l.other().period().describe().isEmpty()) {
                bits.add("existed " + l.other().period().describe());
            }
            if (l.share() != null) {
                bits.add(l.outgoing() ? "took " + l.shareText() + " of this body's area"
                        : l.shareText() + " of its area came here");
            }
            out.add(new Item(l.other().name() + l.other().primaryCode().map(c -> " (" + c + ")").orElse("") + ": "
                    + String.join("; ", bits) + cite(p, l.source())));
        }
    }

    private void relationships(BodyProfile p, LocalDate asOf, LocalDate day, List<Block> out) {
        List<Succession.Step> chain = Succession.chain(queries, p.body(), asOf);
        if (chain.size() > 1 || (asOf != null && !chain.isEmpty())) {
            out.add(new Heading("What replaced it" + (asOf == null ? "" : ", to " + LONG_DATE.format(asOf))));
            out.add(new Paragraph(Succession.describe(chain)));
        }
        List<Link> links = p.links();
        out.add(new Heading("Relationships" + (day == null ? "" : " on " + LONG_DATE.format(day))));
        if (asOf != null && day == null) {
            out.add(new Paragraph("All of them: it did not exist on " + LONG_DATE.format(asOf) + ".", true));
        }
        if (links.isEmpty()) {
            out.add(new Paragraph("None recorded.", true));
        }
        for (var e : links.stream().collect(Collectors.groupingBy(Link::label, java.util.LinkedHashMap::new,
                Collectors.toList())).entrySet()) {
            out.add(new SubHeading(e.getKey()));
            for (Link l : e.getValue()) {
                List<String> bits = l.details();
                out.add(new Item(l.other().name() + (bits.isEmpty() ? "" : " (" + String.join("; ", bits) + ")")
                        + cite(p, l.source())));
            }
        }
        int other = p.otherLinks().size();
        if (other > 0) {
            out.add(new Paragraph(other + " more at other dates.", true));
        }
    }

    private static String code(Code c) {
        String when = c.period().describe();
        return c.scheme() + " " + c.value() + (when.isEmpty() ? "" : " (" + when + ")");
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** " [3]": the number of the source in the handout's list. */
    private static String cite(BodyProfile p, String sourceId) {
        for (int i = 0; i < p.sources().size(); i++) {
            if (p.sources().get(i).id().equals(sourceId)) {
                return " [" + (i + 1) + "]";
            }
        }
        return "";
    }
}
