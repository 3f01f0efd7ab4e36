package org.commissioningexplorer.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.commissioningexplorer.core.search.SearchHit;

/** Prints what {@link PlaceResolver} found: the place an answer is about, or the bodies it could not choose between. */
final class PlacePrinter {

    /** At most this many of the bodies that tie are listed. */
    static final int MAX_LISTED = 12;

    private final DatasetQueries queries;

    PlacePrinter(DatasetQueries queries) {
        this.queries = queries;
    }

    /**
     * "Place: Leeds (E08000035) [la-E08000035], Upper-tier local authority", and when it was found by its name,
     * how well it matched.
     */
    void printPlace(PrintStream out, String typed, PlaceResolver.Found found) {
        Body b = found.body();
        TextWrap.print(out, "Place: " + b.name() + b.primaryCode().map(c -> " (" + c + ")").orElse("") + " ["
                + b.id() + "], " + kindLabel(b.kind()), "", "  ");
        SearchHit h = found.hit();
        if (h != null) {
            TextWrap.print(out, "the best match for '" + typed + "'" + (h.matchedByName() ? "" : " ("
                    + h.matchDescription() + ")") + (found.others() == 0 ? "" : "; " + (found.others() == 1
                    ? "1 other matches" : found.others() + " others match") + " less well (find " + typed
                    + " lists them)"), "  ", "  ");
        }
    }

    /**
     * The bodies that match {@code typed} about equally (code, name, kind, id), and how to choose one; on
     * standard error, as no answer is given.
     */
    void printAmbiguous(PrintStream err, String typed, LocalDate date, boolean dateGiven, PlaceResolver.Ambiguous a,
            String service) {
        printAmbiguousFor(err, typed, date, dateGiven, a, "commissioner " + service);
    }

    /** As {@link #printAmbiguous}, with the example command given whole ("quiz"). */
    void printAmbiguousFor(PrintStream err, String typed, LocalDate date, boolean dateGiven,
            PlaceResolver.Ambiguous a, String command) {
        List<SearchHit> shown = a.candidates().size() > MAX_LISTED ? a.candidates().subList(0, MAX_LISTED)
                : a.candidates();
        boolean existed = shown.get(0).existedOnDate();
        err.println("'" + typed + "' matches " + a.total() + " bodies about equally well" + (existed
                ? " on " + Period.format(date) : ", none of which existed on " + Period.format(date))
                + ", so no answer is given:");
        int codeWidth = 4;
        int nameWidth = 4;
        int kindWidth = 4;
        for (SearchHit h : shown) {
            codeWidth = Math.max(codeWidth, h.body().primaryCode().orElse("-").length());
            nameWidth = Math.max(nameWidth, h.body().name().length());
            kindWidth = Math.max(kindWidth, kindLabel(h.body().kind()).length());
        }
        String row = "  %-" + codeWidth + "s  %-" + nameWidth + "s  %-" + kindWidth + "s  %s";
        for (SearchHit h : shown) {
            Body b = h.body();
            err.println(String.format(row, b.primaryCode().orElse("-"), b.name(), kindLabel(b.kind()), b.id()));
        }
        if (a.total() > shown.size()) {
            err.println("  … and " + (a.total() - shown.size()) + " more (find " + typed + " lists them)");
        }
        Body first = shown.get(0).body();
        err.println("Give the code or id of the one you mean, e.g. " + command + " --for "
                + first.primaryCode().orElse(first.id()) + (dateGiven ? " --as-of " + date : ""));
    }

    private String kindLabel(String kind) {
        return queries.dataset().kind(kind).label();
    }
}
