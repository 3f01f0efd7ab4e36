package org.commissioningexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.commissioningexplorer.cli.CommandLine;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.LoadResult;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.DocumentRef;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.Test;

/** The dataset that ships: valid, and holding what the seed pages say. */
class BundledDatasetTest {

    private static final List<String> COMMITTEES = List.of("Audit Committee", "Remuneration Committee",
            "Finance Committee", "Council of Members", "Primary Care Delegated Commissioning Committee",
            "Joint Strategic Commissioning Committee", "Quality Committee");

    @Test
    void theBundledDatasetIsValidWithoutWarningsFromTheClassPathAndFromDisk() {
        LoadResult bundled = DatasetLoader.loadBundled();
        assertTrue(bundled.ok(), () -> bundled.problems().toString());
        assertEquals(List.of(), bundled.problems());
        LoadResult onDisk = DatasetLoader.load(Path.of("resources/dataset.json"));
        assertEquals(List.of(), onDisk.problems());
        assertEquals(bundled.dataset().orElseThrow().bodies().size(), onDisk.dataset().orElseThrow().bodies().size());
    }

    @Test
    void norwichHasItsSevenCommitteesWithTheirTermsOfReference() {
        DatasetQueries q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        Body norwich = q.lookup("06W").orElseThrow();
        assertEquals("NHS Norwich CCG", norwich.name());
        assertEquals("2013-04-01", norwich.period().from().toString());
        List<String> parts = q.children(norwich.id()).stream().map(Body::name).toList();
        assertTrue(parts.containsAll(COMMITTEES), parts::toString);
        Body audit = q.children(norwich.id()).stream().filter(b -> b.name().equals("Audit Committee")).findFirst()
                .orElseThrow();
        DocumentRef tor = audit.documents().get(0);
        assertEquals("2019-02", tor.date().iso());
        assertEquals(199, tor.sizeKB());
    }

    @Test
    void showPrintsNorwichsCommitteesDocumentsPopulationAndMemberRoles() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), System.err)
                .run(new String[] {"show", "06W"});
        String printed = out.toString(StandardCharsets.UTF_8);
        String o = printed.replaceAll("\\s+", " "); // long lines are wrapped for the terminal
        assertEquals(0, status);
        for (String c : COMMITTEES) {
            assertTrue(printed.contains("\n  - " + c + " ("), () -> c + " missing from\n" + printed);
        }
        assertTrue(o.contains("236,000"), "population");
        assertTrue(o.contains("Audit Committee Terms of Reference (terms of reference, February 2019, 199 KB"), o);
        assertTrue(o.contains("Remuneration Committee Terms of Reference (terms of reference, January 2019, 239 KB"), o);
        assertTrue(o.contains("Finance Committee Terms of Reference (terms of reference, March 2018, 160 KB"), o);
        assertTrue(o.contains("Council of Members Terms of Reference (terms of reference, December 2017, 225 KB"), o);
        assertTrue(o.contains("Primary Care Delegated Commissioning Committee Terms of Reference (terms of reference, undated, 152 KB"), o);
        assertTrue(o.contains("JSCC Terms of Reference (terms of reference, September 2019, 316 KB"), o);
        assertTrue(o.contains("- Member GP practice. The CCG commissions care"), o);
        assertTrue(o.contains("- Registered nurse (at least 1, statutory)"), o);
        assertTrue(o.contains("- Secondary care specialist doctor (1, statutory)"), o);
        assertTrue(o.contains("[does not commission] Dentists (commissioned by NHS England)"), o);
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(args);
        assertEquals(0, status, () -> String.join(" ", args));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String stats, String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n  " + java.util.regex.Pattern.quote(label)
                + "\\s+(\\d+)\\n").matcher(stats);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The published numbers of CCGs, ICBs and upper-tier authorities, as {@code stats --as-of} prints them. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1} CCGs, {2} ICBs")
    @org.junit.jupiter.params.provider.CsvSource({
            "2013-04-01, 211, 0, 0", "2016-04-01, 209, 0, 0", "2017-04-01, 207, 0, 0", "2018-04-01, 195, 0, 152",
            "2019-04-01, 191, 0, 151", "2020-04-01, 135, 0, 151", "2021-04-01, 106, 0, 152",
            "2022-06-30, 106, 0, 0", "2022-07-01, 0, 42, 0", "2023-04-01, 0, 42, 153"})
    void statsAsOfGivesThePublishedCounts(String date, int ccgs, int icbs, int upperTier) {
        String stats = run("stats", "--as-of", date);
        assertEquals(ccgs, count(stats, "Clinical Commissioning Groups"), stats);
        assertEquals(icbs, count(stats, "Integrated Care Boards"), stats);
        if (icbs > 0) {
            assertEquals(106, count(stats, "Sub-ICB locations"), stats);
        }
        if (upperTier > 0) {
            assertEquals(upperTier, count(stats, "Upper-tier local authorities"), stats);
            assertEquals(upperTier, count(stats, "Health and Wellbeing Boards"), "one HWB per authority");
        }
    }

    /** The day before and the day of each change: the structure switches exactly on the day. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "2015-03-31, 211, 2015-04-01, 209", "2017-03-31, 209, 2017-04-01, 207",
            "2018-03-31, 207, 2018-04-01, 195", "2019-03-31, 195, 2019-04-01, 191",
            "2020-03-31, 191, 2020-04-01, 135", "2021-03-31, 135, 2021-04-01, 106",
            "2022-06-30, 106, 2022-07-01, 0"})
    void countsChangeOnTheDayOfEachChangeNotBefore(String before, int ccgsBefore, String on, int ccgsOn) {
        DatasetQueries q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        assertEquals(ccgsBefore, q.countsByKind(java.time.LocalDate.parse(before)).getOrDefault("ccg", 0));
        assertEquals(ccgsOn, q.countsByKind(java.time.LocalDate.parse(on)).getOrDefault("ccg", 0));
    }

    @Test
    void norwichMergedIntoNorfolkAndWaveneyWhichBecameASubIcbLocationOfTheIcb() {
        DatasetQueries q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        Body norwich = q.lookup("06W").orElseThrow();
        List<String> next = q.successors(norwich).stream().map(l -> l.other().id()).toList();
        assertEquals(List.of("ccg-26A"), next);
        assertEquals("2020-04-01", q.successors(norwich).get(0).other().period().from().toString());
        assertEquals(1.0, q.successors(norwich).get(0).share());
        Body norfolk = q.lookup("ccg-26A").orElseThrow();
        assertEquals("2022-06-30", norfolk.period().to().toString());
        List<String> after = q.successors(norfolk).stream().map(l -> l.other().id()).sorted().toList();
        assertEquals(List.of("icb-QMM", "sicbl-26A"), after);
        assertEquals("icb-QMM", q.lookup("sicbl-26A").orElseThrow().parent());
        // The code 26A names the CCG until 30 June 2022 and the sub-ICB location from 1 July.
        assertEquals("ccg-26A", q.lookup("26A", java.time.LocalDate.parse("2022-06-30")).orElseThrow().id());
        assertEquals("sicbl-26A", q.lookup("26A", java.time.LocalDate.parse("2022-07-01")).orElseThrow().id());
        String shown = run("show", "06W", "--as-of", "2019-04-01").replaceAll("\\s+", " ");
        assertTrue(shown.contains("Successors - NHS Norfolk and Waveney CCG (26A) [ccg-26A]"), shown);
    }

    @Test
    void partOfSouthNorfolkMovedToNorwichIn2017WhileBothCarriedOn() {
        DatasetQueries q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        Body southNorfolk = q.lookup("06Y").orElseThrow();
        var moved = q.links(southNorfolk).stream()
                .filter(l -> l.type().equals("transferred-area-to") && l.outgoing()).toList();
        assertEquals(1, moved.size(), moved::toString);
        assertEquals("ccg-06W", moved.get(0).other().id());
        assertEquals("2017-04-01", moved.get(0).period().from().toString());
        assertTrue(moved.get(0).share() > 0.01 && moved.get(0).share() < 0.2, "a part, not the whole");
        assertEquals("Passed part of its area to", moved.get(0).label());
        assertTrue(q.links(q.lookup("06W").orElseThrow()).stream()
                .anyMatch(l -> l.label().equals("Took part of the area of") && l.other() == southNorfolk));
    }

    @Test
    void everyBodyAndRelationshipNamesASourceTheDatasetLists() {
        var dataset = DatasetLoader.loadBundled().dataset().orElseThrow();
        for (Body b : dataset.bodies()) {
            assertTrue(!b.sources().isEmpty(), () -> b.id() + " names no source");
            for (var r : b.relationships()) {
                String src = r.source() != null ? r.source() : b.primarySource();
                assertTrue(dataset.source(src).isPresent(), () -> b.id() + " " + r.type() + " cites " + src);
            }
        }
    }
}
