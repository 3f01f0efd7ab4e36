package org.commissioningexplorer.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Who commissioned X here on that day?" on the bundled national dataset, before and after 2022. */
class CommissionersTest {

    private static DatasetQueries q;
    private static Commissioners commissioners;

    @BeforeAll
    static void load() {
        q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        commissioners = new Commissioners(q);
    }

    private static Commissioners.Answer ask(String service, String place, String date) {
        ServiceCatalogue.Service s = ServiceCatalogue.standard().find(service).orElseThrow(() -> new AssertionError(
                "no service " + service));
        Body b = q.lookup(place).orElseThrow(() -> new AssertionError("no body " + place));
        return commissioners.ask(s, b, LocalDate.parse(date));
    }

    private static List<String> who(Commissioners.Answer a) {
        return a.answer().stream().map(f -> f.body().id()).distinct().toList();
    }

    @Test
    void dentistryWasNhsEnglandsUntilTheIcbsTookItOnInApril2023() {
        Commissioners.Answer before = ask("dentists", "ccg-06W", "2019-04-01");
        assertEquals(List.of("nhs-england"), who(before));
        assertNotNull(before.answer().get(0).source(), "every answer names its source");
        assertTrue(before.also().stream().anyMatch(f -> f.body().id().equals("ccg-06W")
                && f.roleText().equals("does not commission")), "Norwich CCG's own statement is shown: " + before);

        assertEquals(List.of("nhs-england"), who(ask("dentistry", "icb-QMM", "2023-03-31")), "the day before");
        Commissioners.Answer after = ask("dentistry", "icb-QMM", "2023-04-01");
        assertEquals(List.of("icb-QMM"), who(after), "the day of the change");
        assertTrue(after.also().stream().anyMatch(f -> f.body().id().equals("nhs-england")),
                "NHS England, which delegated it, is still listed");
    }

    @Test
    void aPlaceThatNoLongerExistedIsAnsweredByTheBodiesCoveringItsAreaThen() {
        Commissioners.Answer a = ask("dentistry", "ccg-06W", "2024-01-01");
        assertEquals(List.of("icb-QMM"), who(a));
        assertNotNull(a.note(), "says that Norwich CCG had gone");
        assertTrue(a.note().contains("31 March 2020"), a.note());
    }

    @Test
    void generalPracticeMovedFromNhsEnglandToCcgsIn2021AndToIcbsIn2022() {
        assertEquals(List.of("nhs-england"), who(ask("GP services", "26A", "2021-03-31")));
        assertEquals(List.of("ccg-26A"), who(ask("GP services", "ccg-26A", "2021-04-01")));
        assertEquals(List.of("ccg-26A"), who(ask("general practice", "ccg-26A", "2022-06-30")));
        assertEquals(List.of("icb-QMM"), who(ask("general practice", "sicbl-26A", "2022-07-01")));
    }

    @Test
    void hospitalAndMentalHealthCareWereTheCcgsThenTheIcbs() {
        Commissioners.Answer hwb = ask("mental health", "hwb-E10000020", "2019-04-01");
        assertEquals(List.of("ccg-06M", "ccg-06V", "ccg-06W", "ccg-06Y", "ccg-07J"),
                who(hwb).stream().sorted().toList(), "the five CCGs covering Norfolk in 2019");
        assertEquals(List.of("icb-QMM"), who(ask("mental health", "hwb-E10000020", "2022-07-01")));
        assertEquals(List.of("ccg-06W"), who(ask("A&E", "06W", "2016-06-01")));
    }

    @Test
    void publicHealthIsTheUpperTierCouncilsEvenForADistrictOrACcg() {
        assertEquals(List.of("la-E10000020"), who(ask("public health", "la-E07000148", "2019-04-01")));
        assertEquals(List.of("la-E10000020"), who(ask("sexual health", "ccg-06W", "2019-04-01")));
        Commissioners.Answer a = ask("health checks", "icb-QMM", "2023-01-01");
        assertTrue(who(a).contains("la-E10000020") && who(a).contains("la-E10000029"),
                "Norfolk and Suffolk for the Norfolk and Waveney ICB: " + who(a));
    }

    @Test
    void specialisedServicesWentToTheIcbsOfThreeRegionsFromApril2024() {
        assertEquals(List.of("nhs-england"), who(ask("specialised", "icb-QMM", "2024-03-31")), "the day before");
        Commissioners.Answer a = ask("specialised", "icb-QMM", "2024-04-01");
        assertEquals(List.of("icb-QMM"), who(a), "East of England");
        assertNull(a.note());
        assertTrue(a.also().stream().anyMatch(f -> f.body().id().equals("nhs-england")), "NHS England keeps the rest");
        assertEquals(List.of("icb-QOP"), who(ask("specialised", "icb-QOP", "2024-06-01")), "North West");
        assertEquals(List.of("icb-QHL"), who(ask("specialised", "icb-QHL", "2024-06-01")), "Midlands");
        assertEquals(List.of("nhs-england"), who(ask("specialised", "icb-QKK", "2024-06-01")), "London kept them");
    }

    @Test
    void generalPracticeBefore2021IsNhsEnglandsOrTheCcgsWhereDelegated() {
        Commissioners.Answer early = ask("GP services", "ccg-06W", "2014-06-01");
        assertEquals(List.of("nhs-england"), who(early));
        assertTrue(early.also().stream().noneMatch(f -> f.body().id().equals("ccg-06W")), "no delegation before 2015");

        Commissioners.Answer a = ask("GP services", "ccg-06W", "2019-04-01");
        assertEquals(List.of("nhs-england"), who(a));
        assertTrue(a.answer().get(0).responsibility().scope().contains("or the CCG where delegated"),
                a.answer().get(0).responsibility().scope());
        assertTrue(a.also().stream().anyMatch(f -> f.body().id().equals("ccg-06W")
                && f.roleText().equals("commissions where delegated")
                && f.responsibility().notes().contains("Primary Care Delegated Commissioning Committee")),
                "what the dataset records for Norwich is shown beside it: " + a.also());
    }

    @Test
    void pharmacyWasDelegatedToSomeIcbsIn2022AndEveryIcbIn2023() {
        Commissioners.Answer a = ask("pharmacy", "icb-QMM", "2022-09-01");
        assertEquals(List.of("nhs-england"), who(a));
        assertTrue(a.also().stream().anyMatch(f -> f.body().id().equals("icb-QMM")
                && f.responsibility().notes().contains("not recorded")), "some ICBs, not which: " + a.also());
        assertEquals(List.of("icb-QMM"), who(ask("pharmacy", "icb-QMM", "2023-04-01")));
    }

    @Test
    void aBodyInsideAPlaceAsksForThePlace() {
        Commissioners.Answer a = ask("urgent and emergency care", "ccg-06W-audit-committee", "2019-04-01");
        assertEquals("ccg-06W", commissioners.placeOf(a.place()).id());
        assertEquals(List.of("ccg-06W"), who(a));
    }

    @Test
    void servicesAreFoundByTheWordsPeopleUse() {
        ServiceCatalogue c = ServiceCatalogue.standard();
        assertEquals("dentistry", c.find("Dentists").orElseThrow().id());
        assertEquals("urgent-emergency", c.find("A & E").orElseThrow().id());
        assertEquals("gp", c.find("family doctors").orElseThrow().id());
        assertEquals("pharmacy", c.find("NHS pharmacies in Norfolk").orElseThrow().id());
        assertTrue(c.find("health").isEmpty(), "ambiguous");
        assertTrue(c.candidates("health").stream().anyMatch(s -> s.id().equals("public-health")));
        assertFalse(c.find("astronomy").isPresent());
    }

    @Test
    void aBodyThatHadGoneIsAnsweredByWhatTookItsAreaNotByItsNeighbours() {
        assertEquals(List.of("ccg-26A"), who(ask("urgent and emergency care", "sicbl-26A", "2022-06-30")),
                "the day before the sub-ICB location, the CCG it came from, not Suffolk's CCGs");
        assertEquals(List.of("icb-QMM"), who(ask("dentistry", "ccg-26A", "2023-04-01")),
                "not the neighbouring Suffolk and North East Essex ICB");
        assertEquals(List.of("ccg-06M", "ccg-06V", "ccg-06W", "ccg-06Y", "ccg-07J"),
                who(ask("mental health", "icb-QMM", "2019-04-01")).stream().sorted().toList());
    }

    @Test
    void aDistrictIsAnsweredByItsOwnCcgAndEarlyDatesStillFindTheCcgs() {
        assertEquals(List.of("ccg-06W"), who(ask("mental health", "la-E07000148", "2015-08-01")),
                "Norwich district, not every CCG in Norfolk");
        assertEquals(List.of("ccg-03A", "ccg-03J"), who(ask("mental health", "la-E08000034", "2013-04-01"))
                .stream().sorted().toList(), "before the July 2015 lookups, Kirklees's CCGs");
    }

    @Test
    void anStpIsAnsweredByItsMemberCcgsAndNothingIsClaimedBefore2013() {
        assertEquals(5, who(ask("elective", "stp-QMM", "2019-04-01")).size());
        Commissioners.Answer early = ask("dentistry", "ccg-06W", "2012-06-01");
        assertFalse(early.answered());
        assertTrue(early.note().startsWith("The dataset starts on 1 April 2013"), early.note());
    }

    @Test
    void aRegionIsNotALocalAreaAndSaysSo() {
        Commissioners.Answer a = ask("dentistry", "region-Y61", "2019-04-01");
        assertEquals(List.of("nhs-england"), who(a));
        assertTrue(a.note().contains("not a local commissioning area"), a.note());
    }
}
