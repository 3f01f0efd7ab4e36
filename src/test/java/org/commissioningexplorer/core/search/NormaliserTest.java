package org.commissioningexplorer.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormaliserTest {

    @Test
    void lowerCaseAccentsPunctuationAndAmpersand() {
        assertEquals("bath and north east somerset", Normaliser.normalise("Bath & North-East  Somerset"));
        assertEquals("bath and north east somerset", Normaliser.normalise("Bath and North East Somerset"));
        assertEquals("a and b", Normaliser.normalise("A&B"));
        assertEquals("cafe saint etienne", Normaliser.normalise("Café Saint-Étienne"));
        assertEquals("kings lynn and west norfolk", Normaliser.normalise("King's Lynn & West Norfolk"));
        assertEquals("kings lynn", Normaliser.normalise("King\u2019s Lynn"));
        assertEquals("e38000131 06w", Normaliser.normalise("  E38000131, (06W) "));
        assertEquals("", Normaliser.normalise(null));
        assertEquals("", Normaliser.normalise(" -- "));
    }

    @Test
    void wordsAndTheWordsThatMustMatch() {
        assertEquals(List.of("nhs", "norwich", "ccg"), Normaliser.words("NHS Norwich CCG"));
        assertEquals(List.of("norwich"), Normaliser.coreWords(Normaliser.words("NHS Norwich CCG")));
        assertEquals(List.of("norwich"),
                Normaliser.coreWords(Normaliser.words("The Norwich Clinical Commissioning Group")));
        assertEquals(List.of("terms", "reference"), Normaliser.coreWords(Normaliser.words("Terms of Reference")));
        assertEquals(List.of("clinical", "care"), Normaliser.coreWords(Normaliser.words("clinical care")),
                "only the whole phrase 'clinical commissioning group' is ignorable");
        assertEquals(List.of("nhs", "ccg"), Normaliser.coreWords(Normaliser.words("NHS CCG")),
                "a query of ignorable words only keeps them");
        assertTrue(Normaliser.isIgnorable("nhs"));
        assertFalse(Normaliser.isIgnorable("and"));
    }

    @Test
    void searchableOnlyWithALetterOrDigit() {
        assertTrue(Normaliser.isSearchable("06W"));
        assertTrue(Normaliser.isSearchable(" é "));
        assertFalse(Normaliser.isSearchable("&"));
        assertFalse(Normaliser.isSearchable(" -- ' "));
        assertFalse(Normaliser.isSearchable(null));
    }

    @Test
    void typoDistanceCountsSwapsAsOneEdit() {
        assertEquals(1, Typos.distance("norwhich", "norwich", 2));
        assertEquals(1, Typos.distance("darlingtn", "darlington", 2));
        assertEquals(1, Typos.distance("nowrich", "norwich", 2), "two neighbouring letters swapped");
        assertEquals(2, Typos.distance("darlington", "warrington", 2));
        assertEquals(2, Typos.distance("abc", "xyzabc", 1), "gives up past the limit");
    }
}
