package org.commissioningexplorer.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.commissioningexplorer.core.query.Succession;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.query.Link;
import org.commissioningexplorer.core.time.AsOf;

/** Prints a body's profile as plain text, in the sections the window shows. */
final class ProfilePrinter {

    private static final int WIDTH = TextWrap.WIDTH;
    private final PrintStream out;
    private final DatasetQueries queries;
    private final Dataset dataset;

    ProfilePrinter(PrintStream out, DatasetQueries queries) {
        this.out = out;
        this.queries = queries;
        this.dataset = queries.dataset();
    }

    /** Prints the profile; with a date, says whether the body existed then and keeps the links that held. */
    void print(BodyProfile p, LocalDate asOf) {
        Body b = p.body();
        // On a day the body existed: that day's parts, seats and links. Otherwise (or with no date) all of them.
        LocalDate day = asOf != null && queries.existedOn(b, asOf) ? asOf : null;
        out.println(b.name());
        out.println("=".repeat(Math.min(WIDTH, b.name().length())));
        if (asOf != null) {
            field("As at", asOf + ": " + AsOf.describe(b, asOf));
        }
        field("Kind", p.kind().label());
        if (!b.codes().isEmpty()) {
            field("Codes", b.codes().stream().map(ProfilePrinter::code).collect(Collectors.joining("; ")));
        }
        if (!b.period().describe().isEmpty()) {
            field("Existed", b.period().describe());
        }
        if (p.path().size() > 1) {
            List<Body> above = p.path().subList(0, p.path().size() - 1);
            int left = above.size() - 6;
            field("Part of", DatasetQueries.shortened(above, 2, 4).stream()
                    .map(x -> x == null ? "… (" + left + " more) …" : x.name()).collect(Collectors.joining(" › ")));
        }
        field("Id", b.id());
        if (!b.formerNames().isEmpty()) {
            field("Also known as", String.join("; ", b.formerNames()));
        }

        heading("Overview");
        if (b.summary() != null) {
            wrap(b.summary(), "  ");
        }
        if (p.kind().summary() != null) {
            wrap("About " + p.kind().plural() + ": " + p.kind().summary(), "  ");
        }
        p.facts().forEach(f -> wrap(f.item().label() + ": " + f.item().value() + cite(p, f.source()), "  "));

        List<Body> parts = p.parts().stream().filter(part -> queries.existedOn(part, day)).toList();
        if (!parts.isEmpty()) {
            heading("Parts (" + parts.size() + ")");
            for (Body part : parts) {
                out.println("  - " + part.name() + " (" + dataset.kind(part.kind()).label() + ")");
            }
        }

        heading("Membership");
        List<Attributed<Membership>> seats = p.membership().stream().filter(a -> a.item().heldOn(day)).toList();
        if (seats.isEmpty()) {
            out.println("  (none recorded)");
        }
        for (BodyProfile.Group<Membership> g : p.groups(seats, this::kindLabel)) {
            out.println("  " + g.heading() + ":");
            for (Attributed<Membership> a : g.items()) {
                Membership m = a.item();
                List<String> bits = BodyProfile.seatDetails(m, dataset);
                wrap("- " + m.role() + (bits.isEmpty() ? "" : " (" + String.join(", ", bits) + ")")
                        + (m.notes() == null ? "" : ". " + m.notes()) + cite(p, a.source()), "    ");
            }
        }

        heading("Responsibilities");
        if (p.responsibilities().isEmpty()) {
            out.println("  (none recorded)");
        }
        for (Attributed<Responsibility> a : p.responsibilities()) {
            Responsibility r = a.item();
            String role = r.role().equals(Responsibility.COMMISSIONS) ? "" : "[" + r.role().replace('-', ' ') + "] ";
            String by = r.by() == null ? "" : " (commissioned by "
                    + dataset.body(r.by()).map(Body::name).orElse(r.by()) + ")";
            wrap("- " + role + r.service() + (r.scope() == null ? "" : " — " + r.scope()) + by
                    + (r.notes() == null ? "" : ". " + r.notes()) + (a.standard() ? " [standard]" : "")
                    + cite(p, a.source()), "  ");
        }

        heading("Documents (" + p.documents().size() + ")");
        if (p.documents().isEmpty()) {
            out.println("  (none recorded)");
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
            if (a.holder() != b) {
                bits.add(a.holder().name());
            }
            if (a.standard()) {
                bits.add("about every " + p.kind().label());
            }
            wrap("- " + d.title() + " (" + String.join(", ", bits) + ")" + (d.url() == null ? "" : " " + d.url())
                    + cite(p, a.source()), "  ");
            if (d.notes() != null && !d.notes().isBlank()) {
                TextWrap.print(out, d.notes().strip(), "      ", "      ");
            }
        }

        printSuccession(p, "Predecessors", queries.predecessors(b));
        printSuccession(p, "Successors", queries.successors(b));
        List<Succession.Step> chain = Succession.chain(queries, b, asOf);
        if (chain.size() > 1 || (asOf != null && !chain.isEmpty())) {
            heading("What replaced it" + (asOf == null ? "" : ", to " + asOf));
            wrap(Succession.describe(chain), "  ");
        }

        List<Link> links = p.links().stream().filter(l -> l.heldOn(day)).toList();
        heading("Relationships" + (day == null ? "" : " on " + day));
        if (asOf != null && day == null) {
            out.println("  (all of them: it did not exist on " + asOf + ")");
        }
        if (links.isEmpty()) {
            out.println("  (none recorded)");
        }
        if (links.size() < p.links().size()) {
            out.println("  (" + (p.links().size() - links.size()) + " more at other dates; show without --as-of lists all)");
        }
        for (Link l : links) {
            List<String> bits = l.details();
            wrap("- " + l.label() + ": " + l.other().name() + " [" + l.other().id() + "]"
                    + (bits.isEmpty() ? "" : " (" + String.join("; ", bits) + ")") + cite(p, l.source()), "  ");
        }

        heading("Sources");
        int i = 1;
        for (Source s : p.sources()) {
            wrap("[" + i++ + "] " + s.citation() + (s.url() == null ? "" : " " + s.url())
                    + (s.licence() == null ? "" : ". Licence: " + s.licence()), "  ");
        }
    }

    private void printSuccession(BodyProfile p, String title, List<Link> links) {
        if (links.isEmpty()) {
            return;
        }
        heading(title);
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
            wrap("- " + l.other().name() + l.other().primaryCode().map(c -> " (" + c + ")").orElse("") + " ["
                    + l.other().id() + "]: " + String.join("; ", bits) + cite(p, l.source()), "  ");
        }
    }

    private String kindLabel(Body holder) {
        return dataset.kind(holder.kind()).label();
    }

    private static String code(Code c) {
        String when = c.period().describe();
        return c.scheme() + " " + c.value() + (when.isEmpty() ? "" : " (" + when + ")");
    }

    private String cite(BodyProfile p, String sourceId) {
        for (int i = 0; i < p.sources().size(); i++) {
            if (p.sources().get(i).id().equals(sourceId)) {
                return " [" + (i + 1) + "]";
            }
        }
        return "";
    }

    private void field(String label, String value) {
        TextWrap.print(out, String.format("%-14s", label + ":") + value, "", " ".repeat(14));
    }

    private void heading(String title) {
        out.println();
        out.println(title);
    }

    /** Prints text wrapped at the page width, continuation lines indented two more. */
    private void wrap(String text, String indent) {
        TextWrap.print(out, text, indent, indent + "  ");
    }
}
