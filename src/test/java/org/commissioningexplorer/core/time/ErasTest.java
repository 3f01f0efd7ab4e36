package org.commissioningexplorer.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The timeline's change dates, the era sentence and lenient date reading, on the bundled data. */
class ErasTest {

    private static DatasetQueries q;

    @BeforeAll
    static void load() {
        q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theTimelineHasATickAtEachChangeOfStructureAndNoneBefore2013() {
        List<LocalDate> changes = Eras.changeDates(q.lifetimes(), d("2026-11-23"));
        for (String day : List.of("2013-04-01", "2015-04-01", "2017-04-01", "2018-04-01", "2019-04-01",
                "2020-04-01", "2021-04-01", "2022-07-01", "2023-04-01")) {
            assertTrue(changes.contains(d(day)), () -> day + " missing from " + changes);
        }
        assertEquals(d("2013-04-01"), changes.get(0));
        assertFalse(changes.stream().anyMatch(c -> c.isAfter(d("2026-11-23"))));
        assertEquals(changes.stream().sorted().toList(), changes);
        // Only the ticks up to "today" when today is earlier.
        assertEquals(List.of(d("2013-04-01")), Eras.changeDates(q.lifetimes(), d("2013-06-01")));
    }

    @Test
    void aDateBetweenTicksBelongsToTheLatestTickBeforeIt() {
        List<LocalDate> changes = List.of(d("2013-04-01"), d("2015-04-01"), d("2022-07-01"));
        assertEquals(0, Eras.indexAtOrBefore(changes, d("2012-01-01")));
        assertEquals(0, Eras.indexAtOrBefore(changes, d("2015-03-31")));
        assertEquals(1, Eras.indexAtOrBefore(changes, d("2015-04-01")));
        assertEquals(1, Eras.indexAtOrBefore(changes, d("2022-06-30")));
        assertEquals(2, Eras.indexAtOrBefore(changes, d("2022-07-01")));
        assertEquals("2015", Eras.tickLabel(d("2015-04-01")));
        assertEquals("Jul 2022", Eras.tickLabel(d("2022-07-01")));
    }

    @Test
    void theEraSentenceCountsCcgsOrIcbsOnTheDay() {
        assertEquals("The era of Clinical Commissioning Groups (1 April 2013 to 30 June 2022), overseen by NHS "
                + "England: 191 CCGs on this date.", Eras.describe(q.countsByKind(d("2019-04-01")), d("2019-04-01")));
        assertTrue(Eras.describe(q.countsByKind(d("2022-06-30")), d("2022-06-30")).endsWith(": 106 CCGs on this date."));
        assertEquals("CCGs were replaced by Integrated Care Boards on 1 July 2022 (Health and Care Act 2022): "
                + "42 ICBs on this date.", Eras.describe(q.countsByKind(d("2022-07-01")), d("2022-07-01")));
        assertTrue(Eras.describe(q.countsByKind(d("2012-12-31")), d("2012-12-31")).startsWith("Before 1 April 2013"));
    }

    @Test
    void aBodyIsShownOnItsFirstOrLastDayWhenTheDateMissesIt() {
        Body norwich = q.lookup("ccg-06W").orElseThrow();
        Body norfolk = q.lookup("ccg-26A").orElseThrow();
        assertEquals(d("2019-10-01"), Eras.nearestDayItExisted(q.lifetime(norwich), d("2019-10-01")));
        assertEquals(d("2020-03-31"), Eras.nearestDayItExisted(q.lifetime(norwich), d("2024-01-01")));
        assertEquals(d("2020-04-01"), Eras.nearestDayItExisted(q.lifetime(norfolk), d("2019-10-01")));
        // A committee ends with its CCG, though its own record has no end date.
        Body audit = q.children("ccg-06W").stream().filter(b -> b.name().equals("Audit Committee")).findFirst()
                .orElseThrow();
        assertTrue(q.existedOn(audit, d("2020-03-31")));
        assertFalse(q.existedOn(audit, d("2020-04-01")), "committees end with their CCG");
        assertEquals(d("2020-03-31"), Eras.nearestDayItExisted(q.lifetime(audit), d("2021-01-01")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2019-04-01, 2019-04-01", "1/4/2019, 2019-04-01", "01/04/2019, 2019-04-01", "1 April 2019, 2019-04-01",
            "1 apr 2019, 2019-04-01", "  30-06-2022 , 2022-06-30", "31/02/2019, ", "2019-13-01, ", "soon, "})
    void datesAreReadTheWaysPeopleTypeThem(String text, String expected) {
        Optional<LocalDate> parsed = AsOf.parseLenient(text);
        assertEquals(Optional.ofNullable(expected).map(LocalDate::parse), parsed);
    }
}
