package org.commissioningexplorer.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.DatasetInfo;
import org.commissioningexplorer.core.model.Fact;
import org.commissioningexplorer.core.model.KindInfo;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Relationship;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search that understands context, on a small made-up dataset: words of the body above, places and the bodies
 * that covered them on a date, acronyms, facts and notes.
 */
class SearchContextTest {

    static SearchIndex index;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Period p(String from, String to) {
        return new Period(from == null ? null : d(from), to == null ? null : d(to));
    }

    private static Body body(String id, String name, String kind, String parent, Period period, List<Code> codes,
                             List<Fact> facts, List<Membership> membership, List<Relationship> relationships) {
        return new Body(id, name, kind, codes, parent, period, null, List.of(), facts, membership, List.of(),
                List.of(), relationships, List.of("s"));
    }

    private static Body body(String id, String name, String kind, String parent, Period period,
                             Relationship... relationships) {
        return body(id, name, kind, parent, period, List.of(), List.of(), List.of(), List.of(relationships));
    }

    private static Relationship covers(String la, Period when) {
        return new Relationship("covers", la, when, 1.0, null, null);
    }

    private static Relationship memberOf(String stp, Period when) {
        return new Relationship("member-of", stp, when, null, null, null);
    }

    @BeforeAll
    static void build() {
        List<Body> bodies = new ArrayList<>();
        bodies.add(body("nhse", "NHS England", "nhs-england", null, null));
        for (int i = 0; i < BodyTable.BROAD_PARENT + 5; i++) {
            // NHS England is above many bodies, so its name is no one's context.
            bodies.add(body("ccg-x" + i, "NHS Elsewhere " + i + " CCG", "ccg", "nhse", p("2013-04-01", "2022-06-30")));
        }
        bodies.add(body("la-leeds", "Leeds", "local-authority", null, null));
        bodies.add(body("hwb-leeds", "Leeds Health and Wellbeing Board", "hwb", "la-leeds", null));
        bodies.add(body("stp-wy", "West Yorkshire and Harrogate", "stp", "nhse", p("2016-03-01", "2022-06-30")));
        bodies.add(body("ccg-lw", "NHS Leeds West CCG", "ccg", "nhse", p("2013-04-01", "2018-03-31"),
                covers("la-leeds", p("2015-07-31", "2018-03-31")), memberOf("stp-wy", p("2016-03-01", "2018-03-31"))));
        bodies.add(body("ccg-15f", "NHS Leeds CCG", "ccg", "nhse", p("2018-04-01", "2022-06-30"),
                covers("la-leeds", p("2018-04-01", "2022-06-30")), memberOf("stp-wy", p("2018-04-01", "2022-06-30"))));
        bodies.add(body("ccg-harro", "NHS Harrogate CCG", "ccg", "nhse", p("2013-04-01", "2020-03-31"),
                covers("la-leeds", p("2015-07-31", "2016-03-31"))));
        bodies.add(body("icb-wy", "NHS West Yorkshire Integrated Care Board", "icb", "nhse", p("2022-07-01", null)));
        bodies.add(body("sicbl-15f", "NHS West Yorkshire ICB - 15F", "sub-icb-location", "icb-wy",
                p("2022-07-01", null), covers("la-leeds", p("2022-07-01", null))));

        bodies.add(body("la-norfolk", "Norfolk County Council", "local-authority", null, null));
        bodies.add(body("la-norwich", "Norwich (district)", "district", "la-norfolk", null));
        bodies.add(body("ccg-nor", "NHS Norwich CCG", "ccg", "nhse", p("2013-04-01", "2020-03-31"),
                List.of(new Code("ODS", "06W", null)),
                List.of(new Fact("Population served", "236,000 people of Norwich", null),
                        new Fact("Trade union facility time", "No staff undertake union business.", null)),
                List.of(new Membership("Lay member", 1, false, null, null, false, "Chairs the audit panel", null)),
                List.of(covers("la-norwich", p("2015-07-31", "2020-03-31")))));
        bodies.add(body("ccg-nor-rem", "Remuneration Committee", "committee", "ccg-nor", null));
        bodies.add(body("ccg-nor-audit", "Audit Committee", "committee", "ccg-nor", null));
        bodies.add(body("ccg-nw", "NHS Norfolk and Waveney CCG", "ccg", "nhse", p("2020-04-01", "2022-06-30")));
        bodies.add(body("ccg-nwr", "NHS North & West Reading CCG", "ccg", "nhse", p("2013-04-01", "2020-03-31")));

        Map<String, KindInfo> kinds = new LinkedHashMap<>();
        for (String k : List.of("nhs-england", "ccg", "stp", "icb", "sub-icb-location", "local-authority", "district",
                "hwb", "committee")) {
            kinds.put(k, KindInfo.undescribed(k));
        }
        Dataset dataset = new Dataset(new DatasetInfo("Fixture", d("2024-01-01"), null, null, null, "test"), bodies,
                kinds, Map.of());
        index = SearchIndex.build(new DatasetQueries(dataset));
    }

    static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.body().id()).toList();
    }

    static List<String> find(String query) {
        return ids(index.search(query, null, 200));
    }

    static SearchHit hit(List<SearchHit> hits, String id) {
        return hits.stream().filter(h -> h.body().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + ids(hits)));
    }

    @Test
    void wordsOfTheBodyAboveHelpButCannotFindABodyAlone() {
        List<SearchHit> rem = index.search("remuneration committee norwich", null, 10);
        assertEquals(List.of("ccg-nor-rem"), ids(rem));
        assertEquals("NHS Norwich CCG", rem.get(0).context(), "a committee says whose it is");
        assertEquals(MatchField.NAME, rem.get(0).field());
        assertEquals("ccg-nor-rem", find("06W remuneration").get(0), "the code of the body above");
        assertEquals(List.of("ccg-nor-audit", "ccg-nor-rem"), find("committee norwich").stream().sorted().toList());
        List<String> norwich = find("norwich");
        assertFalse(norwich.contains("ccg-nor-rem") || norwich.contains("ccg-nor-audit"),
                "its CCG's name alone does not find a committee: " + norwich);
    }

    @Test
    void aParentAboveManyBodiesIsNoOnesContext() {
        assertEquals(List.of("nhse"), find("england"), "NHS England's name does not find every CCG");
        assertNull(hit(index.search("leeds", null, 50), "ccg-15f").context());
        assertNull(hit(index.search("leeds", null, 50), "hwb-leeds").context(), "its name says whose it is");
        assertEquals("Norfolk County Council", hit(index.search("norwich", null, 50), "la-norwich").context());
    }

    @Test
    void aCouncilNamedExactlyComesFirstWithTheBodiesThatCoveredIt() {
        List<SearchHit> leeds = index.search("leeds", null, 50);
        assertEquals("la-leeds", leeds.get(0).body().id(), ids(leeds).toString());
        assertTrue(ids(leeds).containsAll(List.of("ccg-15f", "ccg-lw", "hwb-leeds", "icb-wy", "stp-wy", "ccg-harro")),
                ids(leeds).toString());
        assertFalse(ids(leeds).contains("sicbl-15f"), "a sub-ICB location's coverage is its ICB's");
        SearchHit icb = hit(leeds, "icb-wy");
        assertEquals(MatchField.AREA, icb.field());
        assertEquals("area: Leeds", icb.matchDescription());
        assertTrue(hit(leeds, "ccg-15f").score() > icb.score(), "a body named Leeds before one that only covered it");
        assertTrue(hit(leeds, "hwb-leeds").score() < leeds.get(0).score());
        assertEquals(MatchField.NAME, hit(leeds, "ccg-15f").field(), "one that has the name is found by it");

        assertEquals("ccg-15f", find("leeds ccg").get(0), "'leeds ccg' names the CCG, not the council");
        assertFalse(find("leeds ccg").contains("icb-wy"), "nor brings the bodies that covered it");
    }

    @Test
    void theBodiesThatCoveredACouncilOnTheDateAndTheOthersAtOtherDates() {
        SearchResults in2019 = index.results("leeds", d("2019-10-01"), 50);
        assertEquals("la-leeds", in2019.hits().get(0).body().id());
        assertTrue(ids(in2019.hits()).containsAll(List.of("ccg-15f", "stp-wy")), ids(in2019.hits()).toString());
        assertFalse(ids(in2019.hits()).contains("ccg-harro"), "it existed in 2019 but covered Leeds only in 2015");
        assertFalse(ids(in2019.otherDates()).contains("ccg-harro"));
        assertTrue(ids(in2019.otherDates()).containsAll(List.of("icb-wy", "ccg-lw")), ids(in2019.otherDates()).toString());

        SearchResults in2023 = index.results("leeds", d("2023-01-01"), 50);
        assertEquals(List.of("la-leeds", "hwb-leeds", "icb-wy"), ids(in2023.hits()));
        assertTrue(ids(in2023.otherDates()).contains("ccg-15f"));

        SearchResults in2014 = index.results("leeds", d("2014-06-01"), 50);
        assertTrue(ids(in2014.hits()).containsAll(List.of("ccg-lw", "ccg-harro")),
                "before the coverage lookups (July 2015), those that covered it at any time and existed then: "
                        + ids(in2014.hits()));
    }

    @Test
    void aCountysBodiesAreFoundThroughItsDistricts() {
        List<SearchHit> norfolk = index.search("norfolk", null, 50);
        assertEquals("la-norfolk", norfolk.get(0).body().id(), "'County Council' aside, the query names it");
        assertEquals("area: Norfolk County Council", hit(norfolk, "ccg-nor").matchDescription());
        List<String> norwich = find("norwich");
        assertEquals(List.of("la-norwich", "ccg-nor"), norwich.subList(0, 2), "the district, what is in brackets aside");
    }

    @Test
    void acronymsDerivedFromNames() {
        List<SearchHit> nw = index.search("N&W", null, 50);
        assertEquals("ccg-nw", nw.get(0).body().id(), ids(nw).toString());
        assertEquals("acronym: N&W", nw.get(0).matchDescription());
        assertFalse(ids(nw).contains("ccg-nwr"), "North & West Reading is N&WR, and NW: " + ids(nw));
        assertTrue(find("nw").containsAll(List.of("ccg-nw", "ccg-nwr")));
        assertEquals("icb-wy", find("wy").get(0), "(the STP's id, stp-wy, starts with it too)");
        assertEquals(List.of("stp-wy"), find("WY&H"));
        assertEquals("icb-wy", find("wy icb").get(0), "'ICB' need not match");
        assertEquals(List.of(), find("nan"), "an acronym matches only in full: 'nan' is not the start of N&W");
    }

    @Test
    void factsAndNotesAreSearchable() {
        SearchHit population = index.search("236,000", null, 10).get(0);
        assertEquals("ccg-nor", population.body().id());
        assertEquals(MatchField.FACT, population.field());
        assertEquals("Population served: 236,000 people of Norwich", population.matchedText());
        assertEquals("ccg-nor", find("trade union").get(0));
        SearchHit note = index.search("audit panel", null, 10).get(0);
        assertEquals("ccg-nor", note.body().id());
        assertEquals("note: Chairs the audit panel", note.matchDescription());
    }
}
