package org.commissioningexplorer.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.search.SearchHit;
import org.commissioningexplorer.core.search.SearchIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DatasetQueriesTest {

    static DatasetQueries q;

    @BeforeAll
    static void load() {
        q = new DatasetQueries(DatasetLoader.load(Path.of("src/test/resources/datasets/small/dataset.json"))
                .dataset().orElseThrow());
    }

    private static List<String> ids(List<Body> bodies) {
        return bodies.stream().map(Body::id).toList();
    }

    @Test
    void treeStructure() {
        assertEquals(List.of("nhse"), ids(q.roots()));
        assertEquals(List.of("ccg-a", "ccg-b"), ids(q.children("nhse")));
        assertEquals(List.of("ccg-a-gb", "ccg-a-audit"), ids(q.children("ccg-a")));
        assertEquals(List.of("nhse", "ccg-a", "ccg-a-audit"), ids(q.path(q.lookup("ccg-a-audit").orElseThrow())));
    }

    @Test
    void lookupByIdOrAnyCodeIgnoringCase() {
        assertEquals("ccg-a", q.lookup("01a").orElseThrow().id());
        assertEquals("ccg-a", q.lookup("E38000001").orElseThrow().id(), "an old ONS code still finds the body");
        assertEquals("ccg-a", q.lookup(" ccg-a ").orElseThrow().id());
        assertTrue(q.lookup("99Z").isEmpty());
    }

    @Test
    void linksAreWordedFromEachSide() {
        Body a = q.lookup("ccg-a").orElseThrow();
        List<String> fromA = q.links(a).stream().map(l -> l.label() + " " + l.other().id()).toList();
        assertEquals(List.of("Succeeded by ccg-b", "Overseen by nhse"), fromA);
        Body b = q.lookup("ccg-b").orElseThrow();
        Link succeeded = q.links(b).get(0);
        assertEquals("Succeeded", succeeded.label());
        assertEquals("100%", succeeded.shareText());
    }

    @Test
    void theSearchEngineOverTheseQueriesRanksExactCodeThenNameStartThenContains() {
        SearchIndex index = SearchIndex.build(q);
        assertEquals(List.of("ccg-b"), ids(index.search("02B", null, 50).stream().map(SearchHit::body).toList()));
        assertEquals(List.of("ccg-a", "ccg-b"), ids(index.search("nhs ccg", null, 50).stream().map(SearchHit::body).toList()));
        assertEquals(List.of("ccg-b"), ids(index.search("beta", null, 50).stream().map(SearchHit::body).toList()),
                "former names and '&' names are searched");
        assertEquals(List.of("ccg-a-audit"), ids(index.search("AUDIT", null, 50).stream().map(SearchHit::body).toList()));
        assertTrue(index.search("   ", null, 50).isEmpty());
    }

    @Test
    void countsByKindMostCommonFirst() {
        assertEquals(List.of("ccg", "committee", "governing-body", "nhs-england"),
                List.copyOf(q.countsByKind().keySet()));
        assertEquals(2, q.countsByKind().get("ccg"));
    }

    @Test
    void aPartThatIsAnOrganisationWithItsOwnCodeKeepsItsMembershipToItself() {
        BodyProfile nhse = BodyProfile.of(q, q.lookup("nhse").orElseThrow());
        assertEquals(List.of("ccg-a", "ccg-b"), ids(nhse.parts()));
        assertTrue(nhse.membership().isEmpty(), () -> "NHS England's page does not list its CCGs' seats: "
                + nhse.membership());
    }

    @Test
    void profileGathersOwnStandardAndPartsContent() {
        BodyProfile p = BodyProfile.of(q, q.lookup("01A").orElseThrow());
        List<Attributed<Membership>> m = p.membership();
        assertEquals("Member GP practice", m.get(0).item().role());
        assertEquals("Registered nurse", m.get(1).item().role(), "the governing body's standard seats are listed");
        assertEquals("ccg-a-gb", m.get(1).holder().id());
        assertTrue(m.get(1).standard());
        assertEquals("at least 1", m.get(1).item().countText());
        assertEquals(List.of("Dentistry", "Elective hospital care"),
                p.responsibilities().stream().map(r -> r.item().service()).toList());
        assertTrue(p.responsibilities().get(1).standard());
        List<Attributed<DocumentRef>> docs = p.documents();
        assertEquals(1, docs.size());
        assertEquals("ccg-a-audit", docs.get(0).holder().id(), "a committee's documents show on its CCG");
        assertEquals(List.of("s1", "s2"), p.sources().stream().map(s -> s.id()).toList());
        assertEquals("s1", p.facts().get(0).source(), "a fact without a source takes its body's first source");
    }
}
