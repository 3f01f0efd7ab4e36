package org.commissioningexplorer.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What covered a point, from the two-square fixture and the bundled dataset's bodies. */
class WhereaboutsTest {

    private static Boundaries boundaries;
    private static DatasetQueries queries;

    @BeforeAll
    static void load() throws IOException {
        boundaries = BoundaryReaderTest.twoSquares();
        queries = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
    }

    @Test
    void aPointIn2019HasItsCcgCouncilBoardAndRegion() {
        Whereabouts.Answer a = new Whereabouts(boundaries, queries).at(1.3, 52.6, LocalDate.of(2019, 4, 1));
        assertEquals("ccg-06W", a.commissioner().body().orElseThrow().id());
        assertEquals("la-E10000020", a.authority().body().orElseThrow().id());
        assertEquals("hwb-E10000020", a.hwb().id());
        assertNotNull(a.region());
        assertEquals("region", a.region().kind());
        List<WhereText.Row> rows = WhereText.rows(a);
        assertEquals("CCG", rows.get(0).label());
        assertTrue(rows.get(0).value().startsWith("NHS Norwich CCG (06W)"), rows.get(0).value());
        assertEquals("Health and Wellbeing Board", rows.get(2).label());
        assertTrue(WhereText.notes(a).contains("Upper-tier authority areas 1 April 2013 onwards: As the 2018 lookup."),
                WhereText.notes(a).toString());
    }

    @Test
    void afterJuly2022TheIcb() {
        Whereabouts.Answer a = new Whereabouts(boundaries, queries).at(1.5, 52.6, LocalDate.of(2023, 6, 1));
        assertTrue(a.layers().icbs());
        assertEquals("icb-QMM", a.commissioner().body().orElseThrow().id());
        assertEquals("ICB", WhereText.rows(a).get(0).label());
    }

    @Test
    void outsideEnglandAndBefore2013SayWhy() {
        Whereabouts w = new Whereabouts(boundaries, queries);
        Whereabouts.Answer sea = w.at(3.0, 52.6, LocalDate.of(2019, 4, 1));
        assertFalse(sea.inEngland());
        assertTrue(WhereText.rows(sea).isEmpty());
        assertTrue(WhereText.absent(sea).startsWith("Not in any area of England"));
        Whereabouts.Answer early = w.at(1.3, 52.6, LocalDate.of(2012, 4, 1));
        assertNull(early.commissioner());
        assertTrue(WhereText.absent(early).contains("start on 1 April 2013"));
    }

    @Test
    void theMapPicturesTheSelectionAndColoursByRegion() {
        MapPictures pictures = new MapPictures(boundaries, queries);
        LocalDate date = LocalDate.of(2019, 4, 1);
        MapPicture p = pictures.on(date, queries.lookup("ccg-06W").orElseThrow());
        assertEquals(List.of("06W"), p.selected().stream().map(GeoArea::code).toList());
        assertEquals(2, p.bodies());
        assertEquals(1, p.regions().size(), "both squares' CCGs were in one region: " + p.regions());
        assertEquals(2, p.colours().size());
        assertNotNull(p.focus());
        MapPicture region = pictures.on(date, p.regions().get(0));
        assertEquals(2, region.selected().size(), "a region selects all of its areas");
        MapPicture council = pictures.on(date, queries.lookup("hwb-E10000020").orElseThrow());
        assertEquals(List.of("E10000020"), council.selected().stream().map(GeoArea::code).toList(),
                "a board is shown by its council's area");
        assertTrue(pictures.on(date, null).selected().isEmpty());
    }
}
