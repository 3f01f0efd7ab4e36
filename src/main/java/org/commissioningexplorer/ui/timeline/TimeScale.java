package org.commissioningexplorer.ui.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.commissioningexplorer.core.time.Eras;

/**
 * The timeline as a true time scale: a position is a number of days since 1 April 2013 (the first CCGs), up to
 * today, so equal spans of time take equal room. Plain arithmetic for the slider and its marks.
 */
final class TimeScale {

    /** The left end: the day Clinical Commissioning Groups took over. */
    static final LocalDate START = Eras.CCGS_START;
    /** Label steps in years, smallest first: every year if the labels fit, else every second, fifth, tenth. */
    private static final int[] YEAR_STEPS = {1, 2, 5, 10};

    private final LocalDate end;
    private final long days;

    /** A scale from {@link #START} to {@code today} (at least one day long, even before 2013). */
    TimeScale(LocalDate today) {
        this.end = today.isAfter(START) ? today : START.plusDays(1);
        this.days = ChronoUnit.DAYS.between(START, end);
    }

    LocalDate end() {
        return end;
    }

    /** The length of the scale in days: the slider's maximum. */
    long days() {
        return days;
    }

    /** The slider position of a date: its days since the start, kept within the scale. */
    double position(LocalDate date) {
        return Math.max(0, Math.min(days, ChronoUnit.DAYS.between(START, date)));
    }

    /** Where a date falls along the scale, from 0 (the start) to 1 (today). */
    double fraction(LocalDate date) {
        return position(date) / days;
    }

    /** The date at a slider position, to the nearest day, within the scale. */
    LocalDate date(double position) {
        long d = Math.round(Math.max(0, Math.min(days, position)));
        return START.plusDays(d);
    }

    /** Each 1 April on the scale, from 1 April 2013: where the year labels go. */
    List<LocalDate> yearMarks() {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = START; !d.isAfter(end); d = d.plusYears(1)) {
            out.add(d);
        }
        return out;
    }

    /** Every how many years a label fits, when a year takes {@code pixelsPerYear} and a label {@code labelWidth}. */
    static int yearStep(double pixelsPerYear, double labelWidth) {
        for (int step : YEAR_STEPS) {
            if (step * pixelsPerYear >= labelWidth) {
                return step;
            }
        }
        return YEAR_STEPS[YEAR_STEPS.length - 1];
    }

    /**
     * The change date nearest {@code date} if it is within {@code tolerance} days of it, otherwise the date
     * itself: a drag that ends beside a tick lands on the tick.
     */
    static LocalDate snap(LocalDate date, List<LocalDate> changes, double tolerance) {
        LocalDate best = date;
        long bestGap = Long.MAX_VALUE;
        for (LocalDate c : changes) {
            long gap = Math.abs(ChronoUnit.DAYS.between(c, date));
            if (gap <= tolerance && gap < bestGap) {
                best = c;
                bestGap = gap;
            }
        }
        return best;
    }

    /** The first change after {@code date}, or the end of the scale (today) when there is none. */
    static LocalDate nextChange(List<LocalDate> changes, LocalDate date, LocalDate end) {
        return changes.stream().filter(c -> c.isAfter(date)).findFirst()
                .orElse(date.isBefore(end) ? end : date);
    }

    /** The last change before {@code date}, or the start of the scale when there is none. */
    static LocalDate previousChange(List<LocalDate> changes, LocalDate date) {
        LocalDate prev = null;
        for (LocalDate c : changes) {
            if (c.isBefore(date)) {
                prev = c;
            }
        }
        return prev != null ? prev : date.isAfter(START) ? START : date;
    }
}
