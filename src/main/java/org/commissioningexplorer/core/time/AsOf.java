package org.commissioningexplorer.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Period;

/** What existed on a date, for the "as at" questions of the command line and the window. */
public final class AsOf {

    private AsOf() {
    }

    /** Parses YYYY-MM-DD, or empty with no exception for anything else (the caller reports usage). */
    public static Optional<LocalDate> parse(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads a date as people type it: 2019-04-01, 1/4/2019, 01/04/2019 (day first, as in the UK),
     * 1 April 2019 or 1 Apr 2019. Empty for anything else.
     */
    public static Optional<LocalDate> parseLenient(String text) {
        String t = text.strip();
        Optional<LocalDate> iso = parse(t);
        if (iso.isPresent()) {
            return iso;
        }
        for (String pattern : List.of("d/M/uuuu", "d-M-uuuu", "d.M.uuuu", "d MMMM uuuu", "d MMM uuuu")) {
            try {
                return Optional.of(LocalDate.parse(t, new java.time.format.DateTimeFormatterBuilder()
                        .parseCaseInsensitive().appendPattern(pattern).toFormatter(java.util.Locale.UK)
                        .withResolverStyle(java.time.format.ResolverStyle.STRICT)));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    /** "existed on 1 April 2019", "did not exist yet on …: it existed from …", "no longer existed on …". */
    public static String describe(Body body, LocalDate date) {
        Period p = body.period();
        String on = Period.format(date);
        if (p.contains(date)) {
            return "existed on " + on;
        }
        String span = p.describe().isEmpty() ? "" : " (it existed " + p.describe() + ")";
        if (p.from() != null && date.isBefore(p.from())) {
            return "did not exist yet on " + on + span;
        }
        return "no longer existed on " + on + span;
    }
}
