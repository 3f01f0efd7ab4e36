package org.commissioningexplorer.core.model;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date known to the year, the month or the day, as documents are often dated ("Feb 2019").
 * Written in the dataset as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    public String iso() {
        StringBuilder s = new StringBuilder(String.format("%04d", year));
        if (month != null) {
            s.append(String.format("-%02d", month));
            if (day != null) {
                s.append(String.format("-%02d", day));
            }
        }
        return s.toString();
    }

    /** "2019", "February 2019" or "7 December 2012". */
    public String display() {
        if (month == null) {
            return Integer.toString(year);
        }
        String m = Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK);
        return day == null ? m + " " + year : day + " " + m + " " + year;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month == null ? 0 : month, o.month == null ? 0 : o.month);
        }
        if (c == 0) {
            c = Integer.compare(day == null ? 0 : day, o.day == null ? 0 : o.day);
        }
        return c;
    }

    @Override
    public String toString() {
        return iso();
    }
}
