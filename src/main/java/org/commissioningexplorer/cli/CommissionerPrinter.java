package org.commissioningexplorer.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.query.Commissioners;

/** Prints the answer of {@code commissioner} as plain text: who, what the dataset says, and the source. */
final class CommissionerPrinter {

    private final PrintStream out;

    CommissionerPrinter(PrintStream out) {
        this.out = out;
    }

    void print(Commissioners.Answer a) {
        Body place = a.place();
        TextWrap.print(out, "Who commissioned " + a.service().label().toLowerCase(java.util.Locale.ROOT)
                .replace("gp ", "GP ").replace("nhs ", "NHS ") + " for " + name(place) + " on "
                + Period.format(a.date()) + "?", "", "  ");
        if (a.note() != null) {
            TextWrap.print(out, a.note(), "", "");
        }
        out.println();
        if (a.answered()) {
            findings(a.answer());
        } else if (!a.bodies().isEmpty()) {
            TextWrap.print(out, "The dataset records nobody commissioning it here on that day. The services each kind "
                    + "of body commissions are listed in its Responsibilities (show ID).", "", "");
        }
        if (!a.also().isEmpty()) {
            out.println();
            out.println("Also recorded");
            findings(a.also());
        }
        if (!a.bodies().isEmpty()) {
            out.println();
            TextWrap.print(out, "Bodies for this place on that day: " + a.bodies().stream()
                    .map(CommissionerPrinter::name).collect(Collectors.joining(", ")) + ".", "", "  ");
        }
    }

    private void findings(List<Commissioners.Finding> findings) {
        Body last = null;
        for (Commissioners.Finding f : findings) {
            if (!f.body().equals(last)) {
                TextWrap.print(out, name(f.body()) + " [" + f.body().id() + "]" + (f.via() == null ? "" : ", "
                        + f.via()), "", "  ");
                last = f.body();
            }
            Responsibility r = f.responsibility();
            String scope = r.scope() == null ? "" : " (" + r.scope() + ")";
            String held = r.scope() != null || r.period().describe().isEmpty() ? "" : ", " + r.period().describe();
            TextWrap.print(out, f.roleText() + ": " + r.service() + scope + held
                    + (f.standard() ? " [standard for its kind]" : ""), "  - ", "    ");
            if (r.notes() != null) {
                TextWrap.print(out, r.notes(), "    ", "    ");
            }
            if (f.source() != null) {
                TextWrap.print(out, "Source: " + f.source().citation() + (f.source().url() == null ? ""
                        : " " + f.source().url()), "    ", "      ");
            }
        }
    }

    private static String name(Body b) {
        return b.name() + b.primaryCode().map(c -> " (" + c + ")").orElse("");
    }
}
