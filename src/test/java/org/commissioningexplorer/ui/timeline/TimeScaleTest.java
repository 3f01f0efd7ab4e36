package org.commissioningexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline's time scale: days since 1 April 2013, to today; labels that fit; the keys' steps. */
class TimeScaleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final TimeScale scale = new TimeScale(TODAY);

    @Test
    void positionIsTheNumberOfDaysSinceTheFirstCcgsAndEndsAtToday() {
        assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2013, 4, 1), TODAY), scale.days());
        assertEquals(0, scale.position(LocalDate.of(2013, 4, 1)));
        assertEquals(scale.days(), scale.position(TODAY));
        assertEquals(1.0, scale.fraction(TODAY));
        assertEquals(366, scale.position(LocalDate.of(2014, 4, 2)), "a year and a day");
        // Linear in days: equal spans of time take equal room, whatever the months.
        double jan = scale.fraction(LocalDate.of(2020, 1, 1)) - scale.fraction(LocalDate.of(2019, 12, 2));
        double feb = scale.fraction(LocalDate.of(2020, 3, 1)) - scale.fraction(LocalDate.of(2020, 1, 31));
        assertEquals(jan, feb, 1e-12, "30 days in December and 30 days across February weigh the same");
    }

    @Test
    void aPositionGoesBackToItsDateAndTheEndsHold() {
        for (LocalDate d = LocalDate.of(2013, 4, 1); !d.isAfter(TODAY); d = d.plusDays(37)) {
            assertEquals(d, scale.date(scale.position(d)));
        }
        assertEquals(LocalDate.of(2019, 10, 1), scale.date(scale.position(LocalDate.of(2019, 10, 1)) + 0.4));
        assertEquals(LocalDate.of(2013, 4, 1), scale.date(-50));
        assertEquals(TODAY, scale.date(1e9));
        assertEquals(0, scale.position(LocalDate.of(2010, 1, 1)), "dates before 2013 sit at the left end");
        assertEquals(scale.days(), scale.position(TODAY.plusYears(1)), "and later ones at today");
    }

    @Test
    void yearLabelsAtEachFirstOfAprilAsManyAsFit() {
        List<LocalDate> marks = scale.yearMarks();
        assertEquals(14, marks.size(), "2013 to 2026");
        assertEquals(LocalDate.of(2013, 4, 1), marks.get(0));
        assertEquals(LocalDate.of(2026, 4, 1), marks.get(13));
        assertEquals(1, TimeScale.yearStep(60, 40));
        assertEquals(2, TimeScale.yearStep(30, 40));
        assertEquals(5, TimeScale.yearStep(10, 40));
        assertEquals(10, TimeScale.yearStep(1, 40));
    }

    @Test
    void aDragLetGoBesideATickLandsOnIt() {
        List<LocalDate> changes = List.of(LocalDate.of(2019, 4, 1), LocalDate.of(2020, 4, 1));
        assertEquals(LocalDate.of(2019, 4, 1), TimeScale.snap(LocalDate.of(2019, 4, 6), changes, 7));
        assertEquals(LocalDate.of(2019, 4, 9), TimeScale.snap(LocalDate.of(2019, 4, 9), changes, 7));
        assertEquals(LocalDate.of(2020, 4, 1), TimeScale.snap(LocalDate.of(2020, 3, 30), changes, 7));
    }

    @Test
    void theKeysGoFromChangeToChangeThenToTheEnds() {
        List<LocalDate> changes = List.of(LocalDate.of(2013, 4, 1), LocalDate.of(2019, 4, 1),
                LocalDate.of(2022, 7, 1));
        LocalDate oct2019 = LocalDate.of(2019, 10, 1);
        assertEquals(LocalDate.of(2019, 4, 1), TimeScale.previousChange(changes, oct2019));
        assertEquals(LocalDate.of(2022, 7, 1), TimeScale.nextChange(changes, oct2019, TODAY));
        assertEquals(TODAY, TimeScale.nextChange(changes, LocalDate.of(2022, 7, 1), TODAY), "then today");
        assertEquals(TODAY, TimeScale.nextChange(changes, TODAY, TODAY), "and stays there");
        assertEquals(LocalDate.of(2013, 4, 1), TimeScale.previousChange(List.of(), LocalDate.of(2015, 1, 1)));
    }
}
