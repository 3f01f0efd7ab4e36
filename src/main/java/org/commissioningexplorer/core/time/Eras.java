package org.commissioningexplorer.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.commissioningexplorer.core.model.Period;

/**
 * The dates on which the structure changed, and a sentence about the era a date falls in, for the
 * window's timeline and its banner.
 */
public final class Eras {

    /** Clinical Commissioning Groups took over on this day (ODS open dates of the first CCGs). */
    public static final LocalDate CCGS_START = LocalDate.of(2013, 4, 1);
    /** Integrated Care Boards replaced the CCGs on this day (Health and Care Act 2022). */
    public static final LocalDate ICBS_START = LocalDate.of(2022, 7, 1);

    /** A day on which at least this many bodies began or ended counts as a change of structure. */
    static final int MIN_CHANGES = 3;

    private static final DateTimeFormatter TICK = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private Eras() {
    }

    /**
     * The days on which the structure changed: every day on which several bodies began, or the day after
     * several ended, from the first CCGs to {@code today}; always includes {@link #CCGS_START} and
     * {@link #ICBS_START} when the dataset reaches them. Sorted, earliest first. {@code lifetimes} are the
     * bodies' lifetimes, clipped to their parents' (DatasetQueries#lifetimes).
     */
    public static List<LocalDate> changeDates(Iterable<Period> lifetimes, LocalDate today) {
        Map<LocalDate, Integer> changes = new TreeMap<>();
        for (Period p : lifetimes) {
            if (p.from() != null) {
                changes.merge(p.from(), 1, Integer::sum);
            }
            if (p.to() != null && p.to().isBefore(LocalDate.MAX)) {
                changes.merge(p.to().plusDays(1), 1, Integer::sum);
            }
        }
        List<LocalDate> out = new ArrayList<>();
        for (Map.Entry<LocalDate, Integer> e : changes.entrySet()) {
            LocalDate d = e.getKey();
            boolean landmark = d.equals(CCGS_START) || d.equals(ICBS_START);
            if (!d.isBefore(CCGS_START) && !d.isAfter(today) && (landmark || e.getValue() >= MIN_CHANGES)) {
                out.add(d);
            }
        }
        if (out.isEmpty()) {
            out.add(today);
        }
        return out;
    }

    /** The latest change date on or before {@code date}, or the first one when the date is earlier. */
    public static int indexAtOrBefore(List<LocalDate> changes, LocalDate date) {
        int best = 0;
        for (int i = 0; i < changes.size(); i++) {
            if (!changes.get(i).isAfter(date)) {
                best = i;
            }
        }
        return best;
    }

    /** A tick label: "2013" for 1 April changes, "Jul 2022" for any other day. */
    public static String tickLabel(LocalDate date) {
        return date.getMonthValue() == 4 && date.getDayOfMonth() == 1 ? Integer.toString(date.getYear())
                : TICK.format(date);
    }

    /**
     * One sentence about the structure on {@code date}, with the numbers of CCGs or ICBs then, e.g.
     * "CCGs were replaced by Integrated Care Boards on 1 July 2022: 42 ICBs on this date." {@code counts}
     * are the numbers of bodies of each kind on that date (DatasetQueries#countsByKind).
     */
    public static String describe(Map<String, Integer> counts, LocalDate date) {
        int ccgs = counts.getOrDefault("ccg", 0);
        int icbs = counts.getOrDefault("icb", 0);
        if (date.isBefore(CCGS_START)) {
            return "Before 1 April 2013: Clinical Commissioning Groups did not exist yet, and this dataset "
                    + "does not describe the bodies before them. Move the date to April 2013 or later.";
        }
        if (date.isBefore(ICBS_START)) {
            return "The era of Clinical Commissioning Groups (1 April 2013 to 30 June 2022), overseen by NHS "
                    + "England: " + ccgs + (ccgs == 1 ? " CCG" : " CCGs") + " on this date.";
        }
        return "CCGs were replaced by Integrated Care Boards on 1 July 2022 (Health and Care Act 2022): "
                + icbs + (icbs == 1 ? " ICB" : " ICBs") + " on this date.";
    }

    /**
     * The day to show a body on when it did not exist on {@code date}: its first day if the date is
     * earlier, otherwise its last day. The date itself when the body existed then. {@code p} is the body's
     * lifetime (DatasetQueries#lifetime).
     */
    public static LocalDate nearestDayItExisted(Period p, LocalDate date) {
        if (p.contains(date)) {
            return date;
        }
        if (p.from() != null && date.isBefore(p.from())) {
            return p.from();
        }
        return p.to() != null && !p.to().equals(LocalDate.MIN) ? p.to() : date;
    }
}
