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

    private static final java.util.regex.Pattern YMD = java.util.regex.Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final java.util.regex.Pattern DMY = java.util.regex.Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    /**
     * Why the text is not a date {@link #parseLenient} reads, in words for the person who typed it: "February 2023
     * has 28 days" for 2023-02-30, or how to write one; null when it is a date.
     */
    public static String whyNotADate(String text) {
        String t = text == null ? "" : text.strip();
        if (parseLenient(t).isPresent()) {
            return null;
        }
        java.util.regex.Matcher ymd = YMD.matcher(t);
        java.util.regex.Matcher dmy = DMY.matcher(t);
        String impossible = ymd.matches() ? impossibility(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
                Integer.parseInt(ymd.group(3))) : dmy.matches() ? impossibility(Integer.parseInt(dmy.group(3)),
                Integer.parseInt(dmy.group(2)), Integer.parseInt(dmy.group(1))) : null;
        return impossible != null ? "'" + t + "' is not a real date: " + impossible
                : "'" + t + "' is not a date; write it as 2019-04-01, 1/4/2019 or 1 April 2019";
    }

    /** Why year-month-day is not a day in the calendar ("February 2019 has 28 days"), or null if it is. */
    public static String impossibility(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            return ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + year
                    + " has " + ym.lengthOfMonth() + " days";
        }
        return null;
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
