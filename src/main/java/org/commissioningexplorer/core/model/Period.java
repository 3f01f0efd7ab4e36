package org.commissioningexplorer.core.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When something existed: both ends inclusive, either end open (null) when unknown or ongoing.
 * {@code to} is the last day it existed, as in ODS close dates.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final Period ALWAYS = new Period(null, null);
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public boolean contains(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    public boolean isOpen() {
        return to == null;
    }

    /** "from 1 April 2013", "1 April 2013 to 31 March 2020", or "" when nothing is known. */
    public String describe() {
        if (from == null && to == null) {
            return "";
        }
        if (to == null) {
            return "from " + DISPLAY.format(from);
        }
        if (from == null) {
            return "until " + DISPLAY.format(to);
        }
        return DISPLAY.format(from) + " to " + DISPLAY.format(to);
    }

    /** The days both periods cover, or null when they do not overlap (an open end covers everything that way). */
    public Period overlap(Period other) {
        LocalDate f = from == null ? other.from : other.from == null || from.isAfter(other.from) ? from : other.from;
        LocalDate t = to == null ? other.to : other.to == null || to.isBefore(other.to) ? to : other.to;
        return f != null && t != null && t.isBefore(f) ? null : new Period(f, t);
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }
}
