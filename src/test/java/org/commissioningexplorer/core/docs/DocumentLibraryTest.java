package org.commissioningexplorer.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library of every document in the bundled dataset, and its filters. */
class DocumentLibraryTest {

    static DocumentLibrary library;

    @BeforeAll
    static void load() {
        library = DocumentLibrary.of(new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow()));
    }

    private static List<String> titles(List<DocumentLibrary.Entry> entries) {
        return entries.stream().map(e -> e.document().title()).toList();
    }

    @Test
    void listsBodiesDocumentsAndKindsStandardOnes() {
        List<String> all = titles(library.entries());
        assertTrue(all.contains("Audit Committee Terms of Reference"), all::toString);
        assertTrue(all.contains("Explainer: what a Clinical Commissioning Group was"), all::toString);
        DocumentLibrary.Entry standard = library.entries().stream()
                .filter(e -> e.document().title().equals("A day in the life of a CCG Chief Officer")).findFirst()
                .orElseThrow();
        assertEquals(null, standard.holder(), "a kind's standard document has no single body");
        assertEquals("ccg", standard.kindId());
        assertTrue(standard.holderName().startsWith("Every "), standard.holderName());
    }

    @Test
    void kindsAreSortedAndYearsNewestFirst() {
        List<String> kinds = library.documentKinds();
        assertTrue(kinds.containsAll(List.of("explainer", "terms-of-reference", "list")), kinds::toString);
        assertEquals(kinds.stream().sorted().toList(), kinds);
        List<Integer> years = library.years();
        assertTrue(years.containsAll(List.of(2026, 2019, 2018, 2017, 2012)), years::toString);
        assertEquals(years.stream().sorted((a, b) -> b - a).toList(), years);
    }

    @Test
    void filtersByKindYearAndWords() {
        List<DocumentLibrary.Entry> terms = library.filter(null, "terms-of-reference", null);
        assertEquals(6, terms.size(), () -> titles(terms).toString());
        assertTrue(terms.stream().allMatch(e -> e.document().kind().equals("terms-of-reference")));

        List<String> of2019 = titles(library.filter("", "terms-of-reference", 2019));
        assertEquals(List.of("Audit Committee Terms of Reference", "Remuneration Committee Terms of Reference",
                "JSCC Terms of Reference"), of2019);

        assertEquals(List.of("Audit Committee Terms of Reference"), titles(library.filter("AUDIT  terms", null, null)),
                "words match in any case, all of them");
        assertEquals(4, library.filter("explainer", null, null).size(), "the kind is among the words searched");
        assertTrue(library.filter("no such words anywhere", null, null).isEmpty());
        assertEquals(library.entries().size(), library.filter(" ", "", null).size(), "blank filters keep all");
    }

    @Test
    void filtersByBodyNameOrCode() {
        List<DocumentLibrary.Entry> finance = library.filter(null, "finance committee", null, null);
        assertEquals(List.of("Finance Committee Terms of Reference"), titles(finance));
        List<DocumentLibrary.Entry> byCode = library.filter(null, "06w", null, null);
        assertFalse(byCode.isEmpty(), "Norwich CCG's own documents, by its code");
        assertTrue(byCode.stream().allMatch(e -> e.holder() != null && e.holder().id().startsWith("ccg-06W")),
                () -> titles(byCode).toString());
        assertEquals(4, library.filter(null, "nhs england", "explainer", null).size());
        assertTrue(library.filter(null, "norwich", "explainer", null).isEmpty(), "explainers belong to NHS England");
    }

    @Test
    void keysNameTheHolderAndTitle() {
        DocumentLibrary.Entry audit = library.filter("audit", null, null).get(0);
        assertEquals("ccg-06W-audit-committee|Audit Committee Terms of Reference", audit.key());
        assertEquals(Integer.valueOf(2019), audit.year());
    }
}
