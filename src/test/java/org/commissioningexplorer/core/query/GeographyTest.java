package org.commissioningexplorer.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structure as a trainer explains it, on the bundled dataset at dates either side of each reorganisation. */
class GeographyTest {

    private static final DatasetQueries Q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());

    private static Body body(String id) {
        return Q.lookup(id).orElseThrow();
    }

    private static List<String> ids(List<Body> bodies) {
        return bodies.stream().map(Body::id).toList();
    }

    private static List<String> names(List<Body> bodies) {
        return bodies.stream().map(Body::name).toList();
    }

    @Test
    void in2019NhsEnglandHoldsItsSevenRegionsByNameAndItsBoard() {
        Geography g = new Geography(Q, LocalDate.of(2019, 10, 1));
        assertEquals("nhs-england", g.topLevel().get(0).id());
        List<Body> inside = g.inside(body("nhs-england"));
        assertEquals(List.of("East of England", "London", "Midlands", "North East and Yorkshire", "North West",
                "South East", "South West"), names(inside.stream().filter(b -> b.kind().equals("region")).toList()));
        assertTrue(inside.stream().noneMatch(b -> b.kind().equals("ccg")), "every CCG of 2019 is in a region");
        assertTrue(ids(inside).contains("nhs-england-board"), () -> ids(inside).toString());
    }

    @Test
    void norwichSitsInItsAreaTeamThenLocalOfficeThenRegion() {
        Body norwich = body("ccg-06W");
        List<String> in2014 = ids(new Geography(Q, LocalDate.of(2014, 1, 1)).path(norwich));
        List<String> in2017 = ids(new Geography(Q, LocalDate.of(2017, 6, 1)).path(norwich));
        List<String> in2019 = ids(new Geography(Q, LocalDate.of(2019, 10, 1)).path(norwich));
        assertEquals(4, in2014.size(), in2014::toString);
        assertEquals("East Anglia", body(in2014.get(2)).name());
        assertEquals("area-team", body(in2014.get(2)).kind());
        assertEquals("local-office", body(in2017.get(2)).kind(), in2017::toString);
        assertEquals("NHS England Midlands and East (East)", body(in2017.get(2)).name());
        assertEquals(List.of("nhs-england", "region-Y61", "ccg-06W"), in2019);
        assertEquals(List.of(), new Geography(Q, LocalDate.of(2021, 1, 1)).path(norwich), "it closed in 2020");
    }

    @Test
    void aPartnershipIsInTheRegionOfItsMembersAndAnIcbHoldsItsSubIcbLocationsByName() {
        Geography g2019 = new Geography(Q, LocalDate.of(2019, 10, 1));
        assertEquals("region-Y61", g2019.placeOf(body("stp-QMM")).orElseThrow().id());
        Geography g2023 = new Geography(Q, LocalDate.of(2023, 1, 1));
        assertEquals(List.of("nhs-england", "region-Y61", "icb-QMM"), ids(g2023.path(body("icb-QMM"))));
        List<Body> regionIcbs = g2023.inside(body("region-Y61"));
        assertEquals(6, regionIcbs.size(), () -> names(regionIcbs).toString());
        List<Body> locations = g2023.inside(body("icb-QMM"));
        assertTrue(!locations.isEmpty() && locations.stream().allMatch(b -> b.kind().equals("sub-icb-location")));
        assertSortedByName(locations);
    }

    @Test
    void everyListIsSortedByNameSoHounslowComesAfterGreenwich() {
        Geography g = new Geography(Q, LocalDate.of(2019, 10, 1));
        List<Body> london = g.inside(body("region-Y56"));
        assertSortedByName(london);
        List<String> n = names(london);
        assertTrue(n.indexOf("NHS Greenwich CCG") < n.indexOf("NHS Hounslow CCG"), n::toString);
    }

    @Test
    void localAuthoritiesAreGroupedByTheRegionOfTheBodiesCoveringThemAndKeepTheirBoards() {
        Geography g = new Geography(Q, LocalDate.of(2019, 10, 1));
        Body norfolk = body("la-E10000020");
        CoveredAreas areas = g.coveredAreas();
        assertTrue(areas.isCovered(norfolk));
        assertEquals("region-Y61", areas.regionOf(norfolk).orElseThrow().id());
        assertEquals(List.of(), g.placeOf(norfolk).stream().toList(), "a local authority stays at the top");
        assertEquals("la-E10000020", g.placeOf(body("hwb-E10000020")).orElseThrow().id(), "its board is under it");
        List<Body> covered = areas.among(g.topLevel());
        Map<Body, List<Body>> byRegion = areas.byRegion(covered);
        assertEquals(7, byRegion.size(), () -> byRegion.keySet().toString());
        assertEquals(covered.size(), byRegion.values().stream().mapToInt(List::size).sum(), "each in one region");
        byRegion.values().forEach(GeographyTest::assertSortedByName);
    }

    @Test
    void withoutAreasRecordedTheStructureIsTheParentTree(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("small.json"), """
                {"title": "Small", "edition": "2024-01-01", "sources": [{"id": "s", "title": "S"}], "bodies": [
                 {"id": "top", "name": "Top", "kind": "x", "sources": ["s"]},
                 {"id": "b", "name": "Beta", "kind": "y", "parent": "top", "sources": ["s"]},
                 {"id": "a", "name": "alpha", "kind": "y", "parent": "top", "sources": ["s"]}]}
                """);
        DatasetQueries q = new DatasetQueries(DatasetLoader.load(f).dataset().orElseThrow());
        Geography g = new Geography(q, LocalDate.of(2024, 1, 1));
        assertEquals(List.of("top"), ids(g.topLevel()));
        assertEquals(List.of("a", "b"), ids(g.inside(q.lookup("top").orElseThrow())), "by name, case aside");
        assertEquals(List.of("top", "b"), ids(g.path(q.lookup("b").orElseThrow())));
    }

    @Test
    void aCouncilWithNoLookupYetIsListedWithTheOtherCouncilsWithNoRegion() {
        Geography g = new Geography(Q, LocalDate.of(2023, 6, 1));
        Body cumberland = body("la-E06000063");
        List<Body> areas = g.coveredAreas().among(g.topLevel());
        assertTrue(areas.contains(cumberland), "with the local authorities, not beside NHS England");
        assertTrue(g.coveredAreas().byRegion(areas).get(null).contains(cumberland), "region not recorded");
    }

    @Test
    void aPartnershipWhoseMembersAreOnlyInLocalOfficesIsInTheirRegionAndACouncilsBoardStaysWithIt(@TempDir Path dir)
            throws Exception {
        Path f = Files.writeString(dir.resolve("offices.json"), """
                {"title": "Offices", "edition": "2024-01-01", "sources": [{"id": "s", "title": "S"}], "bodies": [
                 {"id": "t", "name": "Top", "kind": "top", "sources": ["s"]},
                 {"id": "r", "name": "Region", "kind": "region", "parent": "t", "sources": ["s"]},
                 {"id": "o", "name": "Office", "kind": "office", "parent": "r", "sources": ["s"]},
                 {"id": "c", "name": "CCG", "kind": "ccg", "parent": "t", "sources": ["s"],
                  "relationships": [{"type": "in-region", "target": "o"}, {"type": "member-of", "target": "p"},
                                    {"type": "member-of", "target": "h"}]},
                 {"id": "p", "name": "Partnership", "kind": "stp", "parent": "t", "sources": ["s"]},
                 {"id": "k", "name": "Council", "kind": "council", "sources": ["s"]},
                 {"id": "h", "name": "Board", "kind": "hwb", "parent": "k", "sources": ["s"]}]}
                """);
        DatasetQueries q = new DatasetQueries(DatasetLoader.load(f).dataset().orElseThrow());
        Geography g = new Geography(q, LocalDate.of(2024, 1, 1));
        Body region = q.lookup("r").orElseThrow();
        assertEquals("r", g.placeOf(q.lookup("p").orElseThrow()).orElseThrow().id());
        assertEquals(List.of("o", "p"), ids(g.inside(region)), "the partnership is listed where it is placed");
        assertEquals(List.of("c"), ids(g.inside(q.lookup("o").orElseThrow())));
        assertEquals("k", g.placeOf(q.lookup("h").orElseThrow()).orElseThrow().id(), "the board stays under its council");
    }

    private static void assertSortedByName(List<Body> bodies) {
        List<Body> sorted = bodies.stream().sorted(Geography.BY_NAME).toList();
        assertEquals(names(sorted), names(bodies));
    }
}
