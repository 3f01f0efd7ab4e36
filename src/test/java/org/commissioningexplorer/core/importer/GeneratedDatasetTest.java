package org.commissioningexplorer.core.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.Period;
import org.commissioningexplorer.core.model.Relationship;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated files committed in resources/generated, as imported from the real ONS and ODS files: they load
 * cleanly and give the published counts (shared/data/nhs/SOURCES.md, "Checks made").
 */
class GeneratedDatasetTest {

    static final Path GENERATED = Path.of("resources/generated");

    @TempDir
    static Path tmp;

    static Dataset dataset;

    @BeforeAll
    static void load() throws IOException {
        Path dir = tmp.resolve("generated");
        Files.createDirectories(dir);
        for (String f : OnsOdsImporter.OUTPUT_FILES) {
            Files.copy(GENERATED.resolve(f), dir.resolve(f));
        }
        dataset = OnsOdsImporterTest.load(tmp);
    }

    static long count(String kind, String date) {
        LocalDate d = LocalDate.parse(date);
        return dataset.bodies().stream().filter(b -> b.kind().equals(kind) && b.existedOn(d)).count();
    }

    @Test
    void ccgCountsMatchThePublishedOnes() {
        assertEquals(211, count("ccg", "2015-03-31"), "the day before the Newcastle Gateshead merger");
        assertEquals(209, count("ccg", "2015-04-01"), "the day of it");
        Map<String, Integer> published = Map.of("2013-04-01", 211, "2015-07-31", 209, "2016-04-01", 209,
                "2017-04-01", 207, "2018-04-01", 195, "2019-04-01", 191, "2020-04-01", 135, "2021-04-01", 106,
                "2022-06-30", 106, "2022-07-01", 0);
        published.forEach((date, n) -> assertEquals(n.longValue(), count("ccg", date), "CCGs on " + date));
        assertEquals(248, dataset.bodies().stream().filter(b -> b.kind().equals("ccg")).count());
    }

    @Test
    void fortyTwoIcbsAndOneHundredAndSixSubIcbLocationsFromJuly2022() {
        assertEquals(42, count("icb", "2022-07-01"));
        assertEquals(106, count("sub-icb-location", "2022-07-01"));
        assertEquals(0, count("icb", "2022-06-30"));
        assertEquals(42, count("icb", "2024-01-01"));
    }

    @Test
    void upperTierAuthoritiesAndTheirHwbsPerYear() {
        Map<String, Integer> published = Map.of("2018-04-01", 152, "2019-04-01", 151, "2020-04-01", 151,
                "2021-04-01", 152, "2023-04-01", 153);
        published.forEach((date, n) -> {
            assertEquals(n.longValue(), count("local-authority", date), "upper-tier authorities on " + date);
            assertEquals(n.longValue(), count("hwb", date), "HWBs on " + date);
        });
    }

    @Test
    void regionsAreaTeamsAndStpsPerDate() {
        assertEquals(4, count("region", "2013-04-01"));
        assertEquals(25, count("area-team", "2013-04-01"));
        assertEquals(0, count("area-team", "2015-04-01"));
        assertEquals(5, count("region", "2018-04-01"));
        assertEquals(7, count("region", "2019-04-01"));
        assertEquals(7, count("region", "2022-07-01"));
        assertEquals(42, count("stp", "2020-04-01"));
        assertEquals(0, count("stp", "2022-07-01"));
    }

    @Test
    void theNorwichChainIsInTheRealData() {
        Body norwich = dataset.body("ccg-06W").orElseThrow();
        Relationship r = OnsOdsImporterTest.rel(norwich, "succeeded-by", "ccg-26A");
        assertEquals(LocalDate.of(2020, 4, 1), r.period().from());
        assertEquals(1.0, r.share());
        Body nw = dataset.body("ccg-26A").orElseThrow();
        assertEquals(LocalDate.of(2022, 7, 1), OnsOdsImporterTest.rel(nw, "succeeded-by", "sicbl-26A").period().from());
        assertEquals(LocalDate.of(2022, 7, 1), OnsOdsImporterTest.rel(nw, "succeeded-by", "icb-QMM").period().from());
        assertEquals("icb-QMM", dataset.body("sicbl-26A").orElseThrow().parent());
        assertEquals(0.0548, OnsOdsImporterTest.rel(dataset.body("ccg-06Y").orElseThrow(), "transferred-area-to",
                "ccg-06W").share());
    }

    /** 00F, 00G and 00H merged into 13T on 1 April 2015, before the LSOA lookups that show the other mergers. */
    @Test
    void theNewcastleGatesheadMergerOf2015() {
        Body merged = dataset.body("ccg-13T").orElseThrow();
        assertEquals(LocalDate.of(2015, 4, 1), merged.period().from(), "not ODS's administrative 26 November 2014");
        for (String p : List.of("ccg-00F", "ccg-00G", "ccg-00H")) {
            Body before = dataset.body(p).orElseThrow();
            assertEquals(LocalDate.of(2015, 3, 31), before.period().to());
            Relationship r = OnsOdsImporterTest.rel(before, "succeeded-by", "ccg-13T");
            assertEquals(LocalDate.of(2015, 4, 1), r.period().from());
            // Before the merger, the three covered Newcastle and Gateshead together, and say the split is unknown.
            Relationship gateshead = OnsOdsImporterTest.rel(before, "covers", "la-E08000037");
            assertEquals(LocalDate.of(2013, 4, 1), gateshead.period().from());
            assertTrue(gateshead.notes().contains("not in these files"), gateshead.notes());
            OnsOdsImporterTest.rel(before, "member-of", "hwb-E08000021");
        }
        assertEquals(LocalDate.of(2015, 4, 1),
                OnsOdsImporterTest.rel(merged, "covers", "la-E08000021").period().from());
    }

    /** Q73, which ODS's 2018 file no longer lists, and no local office after the seven regions began. */
    @Test
    void everyLocalOfficeWithItsDates() {
        Body q73 = dataset.body("local-office-Q73").orElseThrow();
        assertEquals("NHS England North (Lancashire and Greater Manchester)", q73.name());
        assertEquals(LocalDate.of(2015, 4, 1), q73.period().from());
        assertEquals(LocalDate.of(2016, 3, 31), q73.period().to());
        assertEquals("region-Y54", q73.parent());
        assertEquals(19, dataset.bodies().stream().filter(b -> b.kind().equals("local-office")).count());
        assertEquals(0, count("local-office", "2019-04-01"));
        assertEquals(0, count("area-team", "2015-04-01"));
    }

    /**
     * Each CCG is in one area team until March 2015, then in one local office, with no gap, until March 2019; or it
     * says that its local office is not recorded (three Manchester CCGs after Q73 ended, before their next file).
     */
    @Test
    void everyCcgHasOneAreaTeamOrLocalOfficeOnEveryDayUntil2019() {
        List<String> wrong = new ArrayList<>();
        for (String date : List.of("2013-04-01", "2015-03-31", "2015-04-01", "2015-10-01", "2016-03-31", "2016-04-01",
                "2017-04-01", "2018-11-01", "2019-03-31")) {
            LocalDate d = LocalDate.parse(date);
            String kind = d.isBefore(LocalDate.of(2015, 4, 1)) ? "area-team" : "local-office";
            for (Body b : dataset.bodies()) {
                if (!b.kind().equals("ccg") || !b.existedOn(d)) {
                    continue;
                }
                long n = b.relationships().stream().filter(r -> r.type().equals("in-region") && r.period().contains(d)
                        && dataset.body(r.target()).orElseThrow().kind().equals(kind)).count();
                boolean saysNotRecorded = b.facts().stream().anyMatch(f -> f.label().equals("Local office")
                        && f.value().startsWith("Not recorded"));
                if (n != 1 && !(n == 0 && saysNotRecorded)) {
                    wrong.add(b.id() + " on " + date + ": " + n + " " + kind);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(List.of(), dataset.bodies().stream().filter(b -> b.kind().equals("ccg")).flatMap(b -> b
                .relationships().stream().filter(r -> r.target().startsWith("local-office-") && (r.period().to() == null
                        || r.period().to().isAfter(LocalDate.of(2019, 3, 31)))).map(r -> b.id() + " " + r.target()))
                .toList(), "no local office after March 2019");
    }

    /** The ONS codes first used in the 2024 lists find their bodies (undated: the files do not say when they began). */
    @Test
    void theOnsCodesOf2024FindTheirBodies() {
        Map<String, String> codes = Map.of("E54000063", "icb-QXU", "E54000064", "icb-QNX", "E38000265", "sicbl-70F",
                "E38000264", "sicbl-92A");
        codes.forEach((code, id) -> assertTrue(dataset.body(id).orElseThrow().codes().stream()
                .anyMatch(c -> c.scheme().equals("ONS") && c.value().equals(code)), id + " has " + code));
    }

    /** Every CCG's first day comes after the last day of each CCG it succeeded. */
    @Test
    void noCcgStartsBeforeItsPredecessorsEnd() {
        List<String> wrong = new ArrayList<>();
        for (Body b : dataset.bodies()) {
            for (Relationship r : b.relationships()) {
                Body next = dataset.body(r.target()).orElseThrow();
                if (r.type().equals("succeeded-by") && next.kind().equals("ccg")
                        && !next.period().from().isAfter(b.period().to())) {
                    wrong.add(b.id() + " ends " + b.period().to() + ", " + next.id() + " starts " + next.period().from());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** Every CCG of April 2013 covers at least one council from its first day, as the 2015 lookups are taken back. */
    @Test
    void everyCcgCoversCouncilsFromApril2013() {
        LocalDate d = LocalDate.of(2013, 4, 1);
        List<String> none = dataset.bodies().stream().filter(b -> b.kind().equals("ccg") && b.existedOn(d))
                .filter(b -> b.relationships().stream().noneMatch(r -> r.type().equals("covers") && r.period()
                        .contains(d)))
                .map(Body::id).toList();
        assertEquals(List.of(), none);
    }

    /** A dated relationship lies within the lives of both its ends (a successor starts after its predecessor). */
    @Test
    void relationshipsFallWithinTheLivesOfBothBodies() {
        List<String> wrong = new ArrayList<>();
        for (Body b : dataset.bodies()) {
            for (Relationship r : b.relationships()) {
                Period target = dataset.body(r.target()).orElseThrow().period();
                for (LocalDate d : new LocalDate[] {r.period().from(), r.period().to()}) {
                    if (d == null) {
                        continue;
                    }
                    boolean afterSource = r.type().equals("succeeded-by");
                    if (!target.contains(d) || (!afterSource && !b.period().contains(d))) {
                        wrong.add(b.id() + " " + r.type() + " " + r.target() + " " + r.period());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(dataset.bodies().size() > 800);
    }
}
