package org.commissioningexplorer.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Well-established public facts, on the bundled dataset, on the days they changed. */
class NationalFactsTest {

    private static DatasetQueries q;

    @BeforeAll
    static void load() {
        q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
    }

    private static List<String> seats(String body, String date) {
        Body b = q.lookup(body).orElseThrow();
        BodyProfile p = BodyProfile.of(q, b, LocalDate.parse(date));
        return p.membership().stream().map(a -> a.item().role()).toList();
    }

    /** The Health and Care Act 2022 put the ICB on Health and Wellbeing Boards in place of the CCGs. */
    @Test
    void aHealthAndWellbeingBoardHasTheCcgsUntilJune2022AndTheIcbFromJuly() {
        List<String> before = seats("hwb-E10000020", "2022-06-30");
        assertTrue(before.contains("Representative of each Clinical Commissioning Group in the area"), before.toString());
        assertFalse(before.contains("Representative of the Integrated Care Board for the area"), before.toString());
        List<String> after = seats("hwb-E10000020", "2022-07-01");
        assertTrue(after.contains("Representative of the Integrated Care Board for the area"), after.toString());
        assertFalse(after.contains("Representative of each Clinical Commissioning Group in the area"), after.toString());
        assertTrue(after.contains("Director of public health"), "the other seats stay");
    }

    @Test
    void nhsEnglandWasEstablishedAsTheCommissioningBoardIn2012AndItsPageFitsTheDate() {
        Body england = q.lookup("nhs-england").orElseThrow();
        assertEquals(LocalDate.of(2012, 10, 1), england.period().from());
        assertTrue(england.formerNames().contains("National Health Service Commissioning Board"));
        assertTrue(england.facts().stream().anyMatch(f -> f.value().contains("March 2025")
                && f.value().contains("Department of Health and Social Care")));
        assertFalse(england.summary().contains("Norwich"), "its own page is about England: " + england.summary());
        BodyProfile today = BodyProfile.of(q, england, LocalDate.of(2024, 1, 1));
        assertTrue(today.parts().stream().noneMatch(b -> b.kind().equals("ccg")), "no CCGs after 2022");
        assertTrue(today.responsibilities().stream().noneMatch(a -> a.item().heldOn(LocalDate.of(2024, 1, 1))
                && a.item().service().equals("Oversight of Clinical Commissioning Groups")));
    }

    /** A consortium of CCGs could not outlive them. */
    @Test
    void theAmbulanceConsortiumOfCcgsEndsWithTheCcgs() {
        Body consortium = q.lookup("consortium-eeast").orElseThrow();
        assertEquals(LocalDate.of(2022, 6, 30), consortium.period().to());
        assertFalse(q.existedOn(consortium, LocalDate.of(2022, 7, 1)));
    }
}
