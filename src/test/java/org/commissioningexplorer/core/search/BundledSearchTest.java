package org.commissioningexplorer.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search engine on the national dataset bundled with the application. */
class BundledSearchTest {

    static DatasetQueries queries;
    static SearchIndex index;

    @BeforeAll
    static void load() {
        queries = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        index = SearchIndex.build(queries);
    }

    static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.body().id()).toList();
    }

    static List<String> find(String query) {
        return ids(index.search(query, null, 50));
    }

    static void assertAmongFirst(int n, String id, String query) {
        List<String> ids = find(query);
        assertTrue(ids.subList(0, Math.min(n, ids.size())).contains(id),
                id + " should be among the first " + n + " for '" + query + "': " + ids);
    }

    @Test
    void exactCodesComeFirst() {
        SearchHit norwich = index.search("06W", null, 10).get(0);
        assertEquals("NHS Norwich CCG", norwich.body().name());
        assertEquals(MatchField.CODE, norwich.field());
        assertEquals("NHS Norfolk and Waveney Integrated Care Board", index.search("qmm", null, 10).get(0).body().name(),
                "the ICB, which still has the code, before the partnership that had it");
        assertEquals("ccg-06W", find("e38000131").get(0), "an ONS code no longer in use");
    }

    @Test
    void partialNamesAndTypos() {
        assertAmongFirst(3, "ccg-06W", "norw");
        assertAmongFirst(3, "ccg-06W", "Norwhich");
        assertAmongFirst(3, "ccg-00C", "Darlingtn");
        assertTrue(find("Darlingtn").contains("la-E06000005"), find("Darlingtn").toString());
        assertAmongFirst(3, "ccg-00C", "darl");
    }

    @Test
    void ampersandAndIgnorableWords() {
        List<String> amp = find("Bath & North East Somerset");
        assertEquals(amp, find("Bath and North East Somerset"));
        assertTrue(amp.subList(0, 2).containsAll(List.of("la-E06000022", "ccg-11E")), amp.toString());
        assertEquals("ccg-06W", find("Norwich CCG").get(0));
        assertEquals("ccg-06W", find("NHS Norwich").get(0));
        assertEquals("ccg-06W", find("norwich clinical commissioning group").get(0));
    }

    @Test
    void rolesServicesAndDocumentTitles() {
        SearchHit nurse = index.search("registered nurse", null, 10).get(0);
        assertEquals("ccg-06W-governing-body", nurse.body().id());
        assertEquals("role: Registered nurse", nurse.matchDescription());

        SearchHit dentistry = index.search("dentistry", null, 10).get(0);
        assertEquals("nhs-england", dentistry.body().id());
        assertEquals(MatchField.SERVICE, dentistry.field());

        List<SearchHit> terms = index.search("terms of reference", null, 50);
        SearchHit audit = terms.stream().filter(h -> h.body().id().equals("ccg-06W-audit-committee")).findFirst()
                .orElseThrow(() -> new AssertionError(ids(terms).toString()));
        assertEquals(MatchField.DOCUMENT_TITLE, audit.field(), "a title explains a hit before a note that has the words");
        assertEquals(MatchField.DOCUMENT_TITLE, terms.get(0).field(), ids(terms).toString());
    }

    @Test
    void asOfTheDayNorwichCcgEndedAndTheDayNorfolkAndWaveneyBegan() {
        LocalDate lastDay = LocalDate.of(2020, 3, 31);
        LocalDate firstDay = LocalDate.of(2020, 4, 1);

        SearchResults norwichBefore = index.results("06W", lastDay, 20);
        assertEquals("ccg-06W", norwichBefore.hits().get(0).body().id());
        SearchResults norwichAfter = index.results("06W", firstDay, 20);
        assertFalse(ids(norwichAfter.hits()).contains("ccg-06W"));
        assertEquals("ccg-06W", norwichAfter.otherDates().get(0).body().id());
        assertFalse(norwichAfter.otherDates().get(0).existedOnDate());

        assertFalse(ids(index.results("26A", lastDay, 20).hits()).contains("ccg-26A"));
        SearchResults waveney = index.results("26A", firstDay, 20);
        assertEquals("ccg-26A", waveney.hits().get(0).body().id());
        assertTrue(ids(waveney.otherDates()).contains("sicbl-26A"), "the sub-ICB location that kept the code, later");
    }

    @Test
    void groupedByKind() {
        SearchResults r = index.results("leeds", null, 50);
        assertEquals("Upper-tier local authorities", r.groups().get(0).label(), "the council named first");
        assertEquals(List.of("la-E08000035"), ids(r.groups().get(0).hits()));
        List<String> kinds = r.groups().stream().map(SearchGroup::kind).toList();
        assertEquals(kinds.stream().distinct().toList(), kinds);
        assertEquals(r.hits().size(), r.groups().stream().mapToInt(g -> g.hits().size()).sum());
    }

    @Test
    void wordsMayComeFromTheBodyAbove() {
        SearchHit rem = index.search("remuneration committee norwich", null, 10).get(0);
        assertEquals("ccg-06W-remuneration-committee", rem.body().id());
        assertEquals("NHS Norwich CCG", rem.context(), "a committee says whose it is");
        assertEquals("ccg-06W-finance-committee", find("06W finance committee").get(0));
        assertEquals("ccg-06W-finance-committee", find("norwich finance").get(0));
    }

    @Test
    void aPlaceNameFindsTheCouncilFirstAndTheBodiesThatCoveredIt() {
        List<SearchHit> leeds = index.search("leeds", null, 50);
        assertEquals("la-E08000035", leeds.get(0).body().id(), ids(leeds).toString());
        assertTrue(ids(leeds).containsAll(List.of("ccg-15F", "icb-QWO")), ids(leeds).toString());
        SearchHit icb = leeds.stream().filter(h -> h.body().id().equals("icb-QWO")).findFirst().orElseThrow();
        assertEquals(MatchField.AREA, icb.field());
        assertEquals("Leeds", icb.matchedText());

        SearchResults in2019 = index.results("leeds", LocalDate.of(2019, 10, 1), 50);
        assertEquals("la-E08000035", in2019.hits().get(0).body().id());
        assertTrue(ids(in2019.hits()).contains("ccg-15F"));
        assertTrue(ids(in2019.otherDates()).contains("icb-QWO"), "the ICB began in 2022");
        assertTrue(ids(index.results("leeds", LocalDate.of(2023, 1, 1), 50).hits()).contains("icb-QWO"));

        assertEquals("la-E10000016", find("kent").get(0));
        assertEquals("la-E06000047", find("durham").get(0), "County Durham is named by 'durham'");
        assertEquals("la-E10000020", find("norfolk").get(0), "Norfolk County Council by 'norfolk'");
        assertTrue(List.of("region", "area-team").contains(index.search("london", null, 5).get(0).body().kind()),
                "the region before bodies that merely contain 'London'");
    }

    @Test
    void acronymsOfIcbsStpsAndCcgs() {
        List<String> nw = find("N&W");
        assertEquals(List.of("ccg-26A", "icb-QMM", "stp-QMM"), nw.subList(0, 3).stream().sorted().toList(),
                "Norfolk and Waveney before NHS North & West Reading CCG: " + nw);
        assertAmongFirst(3, "icb-QOX", "BSW");
        assertAmongFirst(2, "icb-QM7", "HWE");
        assertEquals("icb-QMM", find("N&W ICB").get(0), "typing ICB prefers the ICB");
    }

    @Test
    void factsAreSearchable() {
        SearchHit union = index.search("trade union", null, 10).get(0);
        assertEquals("ccg-06W", union.body().id());
        assertEquals(MatchField.FACT, union.field());
        assertTrue(find("236,000").contains("ccg-06W"), find("236,000").toString());
    }
}
