package org.commissioningexplorer.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Acronyms derived from names, and "&amp;" between letters read as one word. */
class AcronymsTest {

    private static final Set<String> COUNCILS = Set.of("bath and north east somerset", "telford and wrekin");

    private static List<String> of(String name) {
        return Acronyms.of(name, COUNCILS);
    }

    @Test
    void firstLettersOfEachPlaceAndOfEachWord() {
        List<String> bsw = of("NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board");
        assertTrue(bsw.contains("BSW"), "Bath and North East Somerset is one council: " + bsw);
        assertTrue(bsw.contains("BNESSW"), "every word but 'and': " + bsw);
        List<String> hwe = of("Hertfordshire and West Essex");
        assertTrue(hwe.containsAll(List.of("HW", "HWE", "H&WE")), hwe.toString());
        assertTrue(of("NHS Shropshire, Telford and Wrekin CCG").contains("STW"),
                "the other reading splits a council at 'and' too");
        assertTrue(of("Bristol, North Somerset and South Gloucestershire").contains("BNSSG"));
        assertTrue(of("Buckinghamshire, Oxfordshire and Berkshire West").contains("BOB"));
    }

    @Test
    void genericWordsAndSmallWords() {
        assertEquals(List.of("NW", "N&W"), of("NHS Norfolk and Waveney Integrated Care Board"));
        assertEquals(List.of("NW", "N&W"), of("Norfolk and Waveney Health and Care Partnership"));
        assertEquals(List.of("NW", "N&W"), of("NHS Norfolk and Waveney CCG"));
        List<String> hiow = of("Hampshire and the Isle of Wight");
        assertTrue(hiow.containsAll(List.of("HIW", "HIOW")), hiow.toString());
        assertTrue(of("NHS Staffordshire and Stoke-on-Trent Integrated Care Board").contains("SSOT"));
        assertTrue(of("West Yorkshire and Harrogate (Health and Care Partnership)").contains("WYH"),
                "what is in brackets is left out");
    }

    @Test
    void noAcronymOfOneLetter() {
        assertEquals(List.of(), of("NHS Devon Integrated Care Board"));
        assertEquals(List.of(), of("Frimley Health and Care ICS"));
        assertEquals(List.of("SEL"), of("NHS South East London CCG"));
    }

    @Test
    void ampersandsBetweenShortRunsOfLettersMakeOneWord() {
        assertEquals("nandw", Acronyms.word("N&W"));
        assertEquals("bsw", Acronyms.word("BSW"));
        assertEquals("nandw finance committee", Acronyms.joinAmpersands("N&W finance committee"));
        assertEquals("bandnes", Acronyms.joinAmpersands("B&NES"));
        assertEquals("Bath & North East Somerset", Acronyms.joinAmpersands("Bath & North East Somerset"),
                "'&' between words is 'and', as ever");
        assertEquals("Hull&East Riding", Acronyms.joinAmpersands("Hull&East Riding"), "runs of four letters or more");
        assertEquals(List.of("aande"), Acronyms.ampersandWords("A&E services"));
        assertFalse(Acronyms.ampersandWords("Kent & Medway").iterator().hasNext());
    }
}
