package org.commissioningexplorer.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.DatasetInfo;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Responsibility;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Ranking on a small made-up dataset built in code, so each case shows what it tests. */
class SearchIndexTest {

    static DatasetQueries queries;
    static SearchIndex index;

    private static Body body(String id, String name, String kind, String parent, Period period, List<Code> codes,
                             List<String> formerNames, List<Membership> membership,
                             List<Responsibility> responsibilities, List<DocumentRef> documents) {
        return new Body(id, name, kind, codes, parent, period, null, formerNames, List.of(), membership,
                responsibilities, documents, List.of(), List.of("s"));
    }

    private static Body body(String id, String name, String kind) {
        return body(id, name, kind, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @BeforeAll
    static void build() {
        Period ccgYears = new Period(d("2013-04-01"), d("2020-03-31"));
        List<Body> bodies = List.of(
                body("nhse", "NHS England", "nhs-england", null, null, List.of(), List.of(), List.of(),
                        List.of(new Responsibility("Dentistry services", "commissions", "England", null, null, null)),
                        List.of()),
                body("la-nor", "Norwich", "local-authority", null, null,
                        List.of(new Code("ONS", "E07000148", null)), List.of(), List.of(), List.of(), List.of()),
                body("la-norcc", "Norwich City Council", "local-authority"),
                body("prov-old", "Old Norwich Hospital", "provider"),
                body("prov-typo", "Norwick Trust", "provider"),
                body("prov-green", "Greenwich Hospital", "provider"),
                body("prov-code", "Elsewhere Trust", "provider", null, null, List.of(new Code("ODS", "NOR", null)),
                        List.of(), List.of(), List.of(), List.of()),
                body("ccg-nor", "NHS Norwich CCG", "ccg", "nhse", ccgYears,
                        List.of(new Code("ODS", "06W", null),
                                new Code("ONS", "E38000131", new Period(null, d("2017-03-31")))),
                        List.of("NHS Omega Health CCG"), List.of(),
                        List.of(new Responsibility("Dentists", Responsibility.DOES_NOT_COMMISSION, null, null, "nhse",
                                null)),
                        List.of()),
                body("ccg-gb", "Governing Body", "governing-body", "ccg-nor", null, List.of(), List.of(), List.of(),
                        List.of(), List.of()),
                body("ccg-audit", "Audit Committee", "committee", "ccg-nor", null, List.of(), List.of(), List.of(),
                        List.of(), List.of(new DocumentRef("Audit Committee Terms of Reference", "terms-of-reference",
                                null, 199, null, null, null, null))),
                body("ccg-26a", "NHS Norfolk and Waveney CCG", "ccg", "nhse",
                        new Period(d("2020-04-01"), d("2022-06-30")), List.of(new Code("ODS", "26A", null)),
                        List.of(), List.of(), List.of(), List.of()),
                body("la-bath", "Bath and North East Somerset", "local-authority"),
                body("ccg-bath", "NHS Bath & North East Somerset CCG", "ccg"));
        Map<String, KindInfo> kinds = new LinkedHashMap<>();
        kinds.put("nhs-england", KindInfo.undescribed("nhs-england"));
        kinds.put("ccg", new KindInfo("ccg", "Clinical Commissioning Group", "Clinical Commissioning Groups", null,
                List.of(), List.of(), List.of(), null));
        kinds.put("governing-body", new KindInfo("governing-body", "Governing body", "Governing bodies", null,
                List.of(new Membership("Registered nurse", 1, true, null, null, true, null, null)), List.of(),
                List.of(), null));
        kinds.put("local-authority", new KindInfo("local-authority", "Local authority", "Local authorities", null,
                List.of(), List.of(), List.of(), null));
        kinds.put("provider", new KindInfo("provider", "Provider", "Providers", null, List.of(), List.of(),
                List.of(), null));
        Dataset dataset = new Dataset(new DatasetInfo("Fixture", d("2024-01-01"), null, null, null, "test"), bodies,
                kinds, Map.of());
        queries = new DatasetQueries(dataset);
        index = SearchIndex.build(queries);
    }

    static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.body().id()).toList();
    }

    static List<String> find(String query) {
        return ids(index.search(query, null, 100));
    }

    static SearchHit hit(String query, String id) {
        return index.search(query, null, 100).stream().filter(h -> h.body().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not found for '" + query + "': " + find(query)));
    }

    @Test
    void anExactCodeOrIdComesFirstInAnyCase() {
        assertEquals("prov-code", find("nor").get(0), "the code NOR before names that start with nor");
        assertEquals("prov-code", find("NOR").get(0));
        assertEquals("ccg-nor", find("06w").get(0));
        SearchHit old = index.search("e38000131", null, 10).get(0);
        assertEquals("ccg-nor", old.body().id(), "a code no longer in use still finds the body");
        assertEquals(MatchField.CODE, old.field());
        assertEquals("E38000131", old.matchedText());
        SearchHit byId = index.search("ccg-audit", null, 10).get(0);
        assertEquals("ccg-audit", byId.body().id());
        assertEquals(MatchField.ID, byId.field());
    }

    @Test
    void wholeNameThenStartThenContainsThenTypos() {
        List<String> ids = find("norwich");
        assertEquals(List.of("la-nor", "la-norcc"), ids.subList(0, 2),
                "the councils the query names first ('City Council' aside), then by name: " + ids);
        assertEquals(List.of("ccg-nor", "prov-old", "prov-typo"), ids.subList(2, 5),
                "then the name that is just 'Norwich' (NHS and CCG aside), one that contains it, a typo: " + ids);
        assertEquals(5, ids.size(), ids.toString());
        assertTrue(hit("norwich", "ccg-nor").score() > hit("norwich", "prov-old").score());
    }

    @Test
    void theStartOfAWordIsEnough() {
        List<String> ids = find("norw");
        assertTrue(ids.containsAll(List.of("ccg-nor", "la-nor", "la-norcc", "prov-old", "prov-typo")), ids.toString());
        assertFalse(ids.contains("ccg-26a"), "'norw' is not the start of 'Norfolk'");
        assertEquals("ccg-nor", find("nhs norw").get(0));
    }

    @Test
    void smallTyposAreForgivenButRankLast() {
        assertEquals(List.of("ccg-nor", "la-nor"), find("Norwhich").subList(0, 2).stream().sorted().toList());
        assertTrue(find("Nowrich").contains("ccg-nor"), "two letters swapped");
        assertTrue(find("Norwic").contains("ccg-nor"), "the start of a word");
        assertEquals(List.of(), find("Nxrwxch"), "two typos in a 7-letter word are too many");
        assertEquals(List.of(), find("nrw"), "no typos in words under 4 letters");
    }

    @Test
    void partOfANameWord() {
        List<String> ids = find("wich");
        assertTrue(ids.containsAll(List.of("prov-green", "ccg-nor", "la-nor")), ids.toString());
    }

    @Test
    void ampersandAndAndAreTheSame() {
        List<String> amp = find("Bath & North East Somerset");
        assertEquals(amp, find("Bath and North East Somerset"));
        assertEquals(List.of("ccg-bath", "la-bath"), amp.stream().sorted().toList());
        assertEquals(amp, find("bath north east somerset"), "'and' is a word like any other but not needed");
    }

    @Test
    void nhsCcgTheAndOfNeedNotMatch() {
        assertEquals("ccg-nor", find("Norwich CCG").get(0), "typing CCG prefers the CCG");
        assertEquals("ccg-nor", find("NHS Norwich").get(0));
        assertEquals("ccg-nor", find("Norwich Clinical Commissioning Group").get(0));
        assertTrue(find("the norwich").contains("la-nor"));
        assertEquals(List.of("ccg-26a", "ccg-bath", "ccg-nor"), find("nhs ccg").stream().sorted().toList(),
                "only ignorable words: then they must match");
    }

    @Test
    void everyWordMustMatch() {
        assertEquals(List.of("prov-old"), find("norwich hospital"));
        assertEquals(List.of("prov-old"), find("hosp norw"));
        assertEquals(List.of(), find("norwich zebra"));
    }

    @Test
    void rolesIncludingTheStandardOnesOfAKind() {
        SearchHit h = index.search("registered nurse", null, 10).get(0);
        assertEquals("ccg-gb", h.body().id());
        assertEquals(MatchField.ROLE, h.field());
        assertEquals("role: Registered nurse", h.matchDescription());
        assertFalse(h.matchedByName());
        assertEquals(List.of("ccg-gb"), find("nurse"));
    }

    @Test
    void servicesTheBodyCommissionsBeforeThoseItDoesNot() {
        List<SearchHit> hits = index.search("dentistry", null, 10);
        assertEquals("nhse", hits.get(0).body().id());
        assertEquals("service: Dentistry services", hits.get(0).matchDescription());
        assertEquals("ccg-nor", hit("dentists", "ccg-nor").body().id());
        assertEquals("Dentists (does not commission)", hit("dentists", "ccg-nor").matchedText());
    }

    @Test
    void documentTitlesAndFormerNames() {
        SearchHit doc = index.search("terms of reference", null, 10).get(0);
        assertEquals("ccg-audit", doc.body().id());
        assertEquals(MatchField.DOCUMENT_TITLE, doc.field());
        assertEquals("Audit Committee Terms of Reference", doc.matchedText());
        assertEquals(MatchField.NAME, hit("audit", "ccg-audit").field(), "the name explains it when it matches");
        SearchHit former = index.search("omega", null, 10).get(0);
        assertEquals("ccg-nor", former.body().id());
        assertEquals(MatchField.FORMER_NAME, former.field());
        assertEquals("former name: NHS Omega Health CCG", former.matchDescription());
    }

    @Test
    void asOfADateThoseThatExistedComeFirstAndTheOthersAreFlagged() {
        SearchResults before = index.results("06W", d("2020-03-31"), 10);
        assertEquals("ccg-nor", before.hits().get(0).body().id());
        assertTrue(before.hits().get(0).existedOnDate());
        assertTrue(before.otherDates().isEmpty());

        SearchResults after = index.results("06W", d("2020-04-01"), 10);
        assertFalse(ids(after.hits()).contains("ccg-nor"), "its last day was 31 March 2020");
        assertEquals("ccg-nor", after.otherDates().get(0).body().id());
        assertFalse(after.otherDates().get(0).existedOnDate());
        assertEquals(1, after.totalOtherDates());

        assertEquals(List.of("ccg-26a"), ids(index.results("26A", d("2020-04-01"), 10).hits()));
        assertEquals(List.of(), ids(index.results("26A", d("2020-03-31"), 10).hits()));

        List<SearchHit> both = index.search("nhs ccg", d("2019-01-01"), 10);
        assertEquals(List.of(true, true, false), both.stream().map(SearchHit::existedOnDate).toList(),
                "those that existed first, then the others: " + ids(both));
        assertEquals("ccg-26a", both.get(2).body().id());

        SearchResults gb = index.results("registered nurse", d("2021-01-01"), 10);
        assertEquals(List.of("ccg-gb"), ids(gb.otherDates()), "a governing body ends with its CCG");
    }

    @Test
    void groupedByKindInTheOrderOfEachKindsBestHit() {
        SearchResults r = index.results("norwich", null, 100);
        List<String> kinds = r.groups().stream().map(SearchGroup::kind).toList();
        assertEquals(r.hits().get(0).body().kind(), kinds.get(0));
        assertEquals(kinds.stream().distinct().toList(), kinds, "one group per kind");
        List<SearchHit> flattened = new ArrayList<>();
        for (SearchGroup g : r.groups()) {
            assertTrue(g.hits().stream().allMatch(h -> h.body().kind().equals(g.kind())));
            flattened.addAll(g.hits());
        }
        assertEquals(r.hits().size(), flattened.size());
        for (SearchGroup g : r.groups()) {
            List<SearchHit> inOrder = r.hits().stream().filter(h -> h.body().kind().equals(g.kind())).toList();
            assertEquals(inOrder, g.hits(), "best first within a group");
        }
        assertEquals("Providers", r.groups().stream().filter(g -> g.kind().equals("provider")).findFirst()
                .orElseThrow().label());
    }

    @Test
    void limitsTotalsAndQueriesWithNothingToSearch() {
        SearchResults r = index.results("norw", null, 2);
        assertEquals(2, r.hits().size());
        assertEquals(5, r.totalHits());
        assertEquals(2, index.search("norw", null, 2).size());
        assertTrue(index.search("&", null, 10).isEmpty());
        assertTrue(index.search(" -- ", null, 10).isEmpty());
        assertTrue(index.results(null, null, 10).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> index.search("norwich", null, 0));
    }


    @Test
    void searchesFromManyThreadsAgreeWithOneThread() throws Exception {
        List<String> qs = List.of("norwich", "norw", "Norwhich", "06W", "registered nurse", "nhs ccg", "wich",
                "bath & north east somerset", "dentistry", "omega");
        List<List<String>> expected = qs.stream().map(SearchIndexTest::find).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    List<List<String>> got = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        got.clear();
                        for (String q : qs) {
                            got.add(find(q));
                        }
                    }
                    return got;
                }));
            }
            for (Future<List<List<String>>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
