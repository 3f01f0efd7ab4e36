package org.commissioningexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    static final String SMALL = "src/test/resources/datasets/small/dataset.json";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsOrOnlyDataMeanTheWindow() {
        assertTrue(CommandLine.wantsWindow(new String[0]));
        assertTrue(CommandLine.wantsWindow(new String[] {"--data", "x.json"}));
        assertEquals(Path.of("x.json"), CommandLine.dataPath(new String[] {"--data=x.json"}).orElseThrow());
        assertFalse(CommandLine.wantsWindow(new String[] {"stats"}));
        assertFalse(CommandLine.wantsWindow(new String[] {"bogus"}), "a mistyped command is a usage error, not a window");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("bogus"));
        assertTrue(err().contains("unknown command 'bogus'"));
        assertEquals(2, run("validate"));
        assertEquals(2, run("show"));
        assertEquals(2, run("find"));
        assertEquals(2, run("stats", "--frobnicate"));
        assertEquals(2, run("stats", "--data"));
    }

    @Test
    void validateReportsAValidDataset() {
        assertEquals(0, run("validate", SMALL));
        assertTrue(out().contains(SMALL + ": valid: 5 bodies, 2 sources, 0 warnings"), out());
    }

    @Test
    void validateReportsEveryProblemWithItsPositionAndExitsOne(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"title\": \"T\", \"edition\": \"2024-02-30\",\n \"bodies\": [{\"id\": \"x\"}]}\n");
        assertEquals(1, run("validate", bad.toString()));
        assertTrue(out().contains(bad + ":1:27: 'edition' of the dataset file is '2024-02-30', which is not a real date"), out());
        assertTrue(out().contains(bad + ":2:13: body 'x' is missing the required field 'name'"), out());
        assertTrue(out().contains("invalid: 3 errors"), out());
        assertFalse(out().contains("Exception"), "no stack trace reaches the user");
    }

    @Test
    void statsCountsByKind() {
        assertEquals(0, run("stats", "--data", SMALL));
        assertTrue(out().contains("Small test dataset"), out());
        assertTrue(out().matches("(?s).*Clinical Commissioning Groups\\s+2\\n.*"), out());
        assertTrue(out().matches("(?s).*Bodies\\s+5\\n.*"), out());
    }

    @Test
    void findListsMatchesAndExitsOneWhenNone() {
        assertEquals(0, run("find", "alpha", "--data", SMALL));
        assertTrue(out().startsWith("Clinical Commissioning Groups (1)\n  01A"), out());
        assertEquals(1, run("find", "zzz", "--data", SMALL));
        assertTrue(err().contains("No body matches 'zzz'"));
    }

    @Test
    void findGroupsByKindBestFirstAndSaysWhatMatchedWhenNotTheName() {
        assertEquals(0, run("find", "nhs", "ccg", "--data", SMALL));
        assertEquals("""
                Clinical Commissioning Groups (2)
                  01A   NHS Alpha CCG         ccg-a
                      replaced by NHS Beta & Gamma CCG (02B), from 1 April 2020
                  02B   NHS Beta & Gamma CCG  ccg-b
                """, out(), "a body that ended says what replaced it, with the date");
        out.reset();
        assertEquals(0, run("find", "registered nurse", "--data", SMALL));
        assertEquals("Governing body (1)\n  -     Governing Body — NHS Alpha CCG  ccg-a-gb  matched role: Registered nurse\n",
                out(), "a part of a CCG says whose it is");
        out.reset();
        assertEquals(0, run("find", "E38000001", "--data", SMALL));
        assertTrue(out().contains("01A   NHS Alpha CCG  ccg-a  matched code: E38000001"), out());
        out.reset();
        assertEquals(0, run("find", "audit", "--data", SMALL));
        assertEquals("Committee (1)\n  -     Audit Committee — NHS Alpha CCG  ccg-a-audit\n", out(),
                "a name match needs no note");
        out.reset();
        assertEquals(0, run("find", "audit", "alpha", "--data", SMALL));
        assertEquals("Committee (1)\n  -     Audit Committee — NHS Alpha CCG  ccg-a-audit\n", out(),
                "a word of the CCG's name helps find its committee");
        out.reset();
        assertEquals(0, run("find", "Alpah", "--data", SMALL));
        assertTrue(out().contains("ccg-a"), "a typo is forgiven: " + out());
    }

    @Test
    void findAsOfPrintsOnlyWhatExistedAndSaysHowManyMatchedOnOtherDates() {
        assertEquals(0, run("find", "nhs ccg", "--as-of", "2020-03-31", "--data", SMALL));
        assertTrue(out().contains("ccg-a") && !out().contains("ccg-b"), out());
        assertTrue(err().contains("1 more body matched but did not exist on 2020-03-31"), err());
        out.reset();
        err.reset();
        assertEquals(1, run("find", "01A", "--as-of", "2020-04-01", "--data", SMALL));
        assertEquals("", out());
        assertTrue(err().contains("No body matches '01A' on 2020-04-01."), err());
        assertTrue(err().contains("matched on other dates"), err());
    }

    @Test
    void findWithoutALetterOrDigitIsAUsageError() {
        assertEquals(2, run("find", "&", "--data", SMALL));
        assertTrue(err().contains("find needs a QUERY with at least one letter or digit"), err());
        assertEquals(2, run("find", "  ", "--data", SMALL));
    }

    @Test
    void benchTimesTheBundledAndAMadeUpDataset() {
        assertEquals(0, run("bench", "--bodies", "2000"));
        String o = out();
        assertTrue(o.startsWith("Search benchmark: Java "), o);
        assertTrue(o.contains("\nBundled dataset: "), o);
        assertTrue(o.contains("\nSynthetic dataset: 2000 bodies, seed "), o);
        for (String label : new String[] {"generate and write", "load, cold", "load, warm (median of 5)",
            "index build, first", "index build, warm (median of 3)", "slowest query"}) {
            assertTrue(o.contains("  " + label), label + " missing: " + o);
        }
        assertEquals(2, o.split("search latency \\(4000 searches\\)\\s+p50 [0-9.]+ ms\\s+p90 [0-9.]+ ms"
                + "\\s+p99 [0-9.]+ ms\\s+max [0-9.]+ ms", -1).length - 1, o);
        // Tests have no display: the window on the made-up dataset is not opened, and the figures say how to get it.
        assertTrue(o.contains("The window on it: not measured, there is no display (on a machine without one: "
                + "xvfb-run java -jar commissioning-explorer.jar bench --bodies 2000)"), o);
    }

    @Test
    void benchOptionsAreChecked() {
        assertEquals(2, run("bench", "--bodies", "lots"));
        assertTrue(err().contains("--bodies needs a whole number from 100 to 2000000, not 'lots'"), err());
        assertEquals(2, run("bench", "extra"));
        assertEquals(2, run("bench", "ui", "--bodies", "10"));
        assertTrue(err().contains("--bodies needs a whole number from 100 to 2000000, not '10'"), err());
        assertEquals(2, run("bench", "ui", "--bodies", "2000"), "no display in tests");
        assertTrue(err().contains("bench ui opens a window and needs a display"), err());
        assertEquals(2, run("stats", "--bodies", "2000"));
        assertTrue(err().contains("--bodies is an option of bench only"), err());
    }

    @Test
    void showPrintsTheSectionsOfABody() {
        assertEquals(0, run("show", "01A", "--data", SMALL));
        String o = out();
        assertTrue(o.startsWith("NHS Alpha CCG\n"), o);
        assertTrue(o.contains("Existed:      1 April 2013 to 31 March 2020"), o);
        assertTrue(o.contains("Population served: 100,000 people [1]"), o);
        assertTrue(o.contains("- Audit Committee (Committee)"), o);
        assertTrue(o.contains("- Registered nurse (at least 1, statutory)"), o);
        assertTrue(o.contains("- Audit Committee Terms of Reference (terms of reference, February 2019, 199 KB, Audit Committee)"), o);
        assertTrue(o.contains("- [does not commission] Dentistry (commissioned by NHS England)"), o);
        assertTrue(o.contains("- Succeeded by: NHS Beta & Gamma CCG [ccg-b] (from 1 April 2020; 100%) [1]"), o);
        assertTrue(o.contains("[2] Data file. Licence: Open Government Licence v3.0"), o);
    }

    @Test
    void showPrintsADocumentsNotesUnderIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("d.json");
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\", \"sources\": [{\"id\": \"s\", \"title\": \"S\"}],"
                + " \"bodies\": [{\"id\": \"ccg-x\", \"name\": \"NHS X CCG\", \"kind\": \"ccg\", \"sources\": [\"s\"],"
                + " \"documents\": [{\"title\": \"Annual report\", \"date\": \"2019\", \"notes\": \"Linked from the"
                + " About us page; no size given.\"}, {\"title\": \"Constitution\"}]}]}");
        assertEquals(0, run("show", "ccg-x", "--data", f.toString()));
        assertTrue(out().contains("\n  - Annual report (2019) [1]\n      Linked from the About us page; no size given.\n"
                + "  - Constitution (undated) [1]\n"), out());
    }

    @Test
    void showUnknownExitsOne() {
        assertEquals(1, run("show", "99Z", "--data", SMALL));
        assertTrue(err().contains("No body has the id or code '99Z'"));
    }

    @Test
    void aBrokenDatasetGivenWithDataIsReportedNotThrown(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ nope");
        assertEquals(1, run("stats", "--data", bad.toString()));
        assertTrue(err().contains(bad + ":1:3: malformed JSON"), err());
    }

    @Test
    void statsAsOfCountsWhatExistedThatDayIncludingBoundaryDays() {
        assertEquals(0, run("stats", "--as-of", "2020-03-31", "--data", SMALL));
        assertTrue(out().contains("As at 2020-03-31"), out());
        assertTrue(out().matches("(?s).*Clinical Commissioning Groups\\s+1\\n.*"), out());
        assertTrue(out().matches("(?s).*Bodies\\s+4\\n.*"), "undated bodies count every day: " + out());
        out.reset();
        assertEquals(0, run("stats", "--as-of=2020-04-01", "--data", SMALL));
        assertTrue(out().matches("(?s).*Clinical Commissioning Groups\\s+1\\n.*"), out());
        assertTrue(out().matches("(?s).*Bodies\\s+2\\n.*"), "CCG A's committees end with it: " + out());
        assertFalse(out().contains("Committee"), out());
        out.reset();
        assertEquals(0, run("stats", "--as-of", "2012-01-01", "--data", SMALL));
        assertFalse(out().contains("Clinical Commissioning Groups"), out());
    }

    @Test
    void showAsOfSaysWhetherTheBodyExistedAndListsSuccession() {
        assertEquals(0, run("show", "01A", "--as-of", "2021-06-01", "--data", SMALL));
        String o = out().replaceAll("\\s+", " ");
        assertTrue(o.contains("As at: 2021-06-01: no longer existed on 1 June 2021 (it existed 1 April 2013 to 31 March 2020)"), o);
        assertTrue(o.contains("Successors - NHS Beta & Gamma CCG (02B) [ccg-b]: Clinical Commissioning Group; existed from 1 April 2020; took 100% of this body's area"), o);
        assertTrue(o.contains("Relationships (all of them: it did not exist on 2021-06-01) - Succeeded by"), o);
        out.reset();
        assertEquals(0, run("show", "01A", "--as-of", "2019-06-01", "--data", SMALL));
        assertTrue(out().replaceAll("\\s+", " ").contains("Relationships on 2019-06-01 (1 more at other dates; "
                + "show without --as-of lists all) - Overseen by: NHS England"), out());
        out.reset();
        assertEquals(0, run("show", "02B", "--data", SMALL));
        assertTrue(out().replaceAll("\\s+", " ").contains("Predecessors - NHS Alpha CCG (01A) [ccg-a]: Clinical Commissioning Group; existed 1 April 2013 to 31 March 2020; 100% of its area came here"), out());
    }

    @Test
    void aCodeSharedOverTimeFindsTheBodyThatHadItOnTheDate(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("d.json");
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\", \"sources\": [{\"id\": \"s\", \"title\": \"S\"}],"
                + " \"bodies\": [{\"id\": \"ccg-26A\", \"name\": \"NHS Norfolk and Waveney CCG\", \"kind\": \"ccg\","
                + " \"from\": \"2020-04-01\", \"to\": \"2022-06-30\", \"codes\": [{\"scheme\": \"ODS\", \"value\": \"26A\"}], \"sources\": [\"s\"]},"
                + " {\"id\": \"sicbl-26A\", \"name\": \"NHS Norfolk and Waveney ICB - 26A\", \"kind\": \"sub-icb-location\","
                + " \"from\": \"2022-07-01\", \"codes\": [{\"scheme\": \"ODS\", \"value\": \"26A\"}], \"sources\": [\"s\"]}]}");
        assertEquals(0, run("show", "26A", "--as-of", "2022-06-30", "--data", f.toString()));
        assertTrue(out().startsWith("NHS Norfolk and Waveney CCG\n"), out());
        out.reset();
        assertEquals(0, run("show", "26A", "--as-of", "2022-07-01", "--data", f.toString()));
        assertTrue(out().startsWith("NHS Norfolk and Waveney ICB - 26A\n"), out());
        out.reset();
        assertEquals(0, run("show", "26A", "--as-of", "2015-01-01", "--data", f.toString()));
        assertTrue(out().startsWith("NHS Norfolk and Waveney CCG\n"), "before either, the nearest: " + out());
        out.reset();
        assertEquals(0, run("show", "26A", "--data", f.toString()));
        assertTrue(out().startsWith("NHS Norfolk and Waveney ICB - 26A\n"), "without a date, the latest: " + out());
        out.reset();
        assertEquals(0, run("find", "norfolk", "--as-of", "2021-01-01", "--data", f.toString()));
        assertTrue(out().contains("ccg-26A") && !out().contains("sicbl-26A"), out());
    }

    @Test
    void asOfNeedsARealDateAndACommandThatUsesIt() {
        assertEquals(2, run("stats", "--as-of", "2019-02-30"));
        assertEquals("error: --as-of needs a real date such as 2019-04-01, 1/4/2019 or \"1 April 2019\", not "
                + "'2019-02-30'; see help stats\n", err());
        assertEquals(2, run("validate", SMALL, "--as-of", "2019-01-01"));
        assertEquals(2, run("stats", "--as-of"));
        assertFalse(CommandLine.wantsWindow(new String[] {"--as-of", "2019-01-01"}));
    }

    @Test
    void asOfTakesTheDatesTheWindowTakes() {
        assertEquals(0, run("stats", "--as-of", "2020-03-31", "--data", SMALL));
        String iso = out();
        for (String[] date : new String[][] {{"31/3/2020"}, {"31/03/2020"}, {"31 March 2020"}, {"31 Mar 2020"},
            {"31", "March", "2020"}}) {
            out.reset();
            String[] args = new String[date.length + 4];
            args[0] = "stats";
            args[1] = "--as-of";
            System.arraycopy(date, 0, args, 2, date.length);
            args[date.length + 2] = "--data";
            args[date.length + 3] = SMALL;
            assertEquals(0, run(args), String.join(" ", args) + ": " + err());
            assertEquals(iso, out(), String.join(" ", date));
        }
        assertEquals(0, run("stats", "--as-of=1 April 2020", "--data", SMALL));
        assertEquals(2, run("stats", "--as-of", "31/02/2020", "--data", SMALL));
        assertEquals(2, run("stats", "--as-of", "3/31/2020", "--data", SMALL), "day first, as in the UK");
    }

    @Test
    void aUsageErrorIsOneLineThatPointsToTheCommandsHelp() {
        assertEquals(2, run("find"));
        assertEquals("error: find needs a QUERY; see help find\n", err());
        assertEquals("", out());
        err.reset();
        assertEquals(2, run("bogus"));
        assertEquals("error: unknown command 'bogus'; see help\n", err());
        err.reset();
        assertEquals(0, run("help", "find"));
        assertTrue(out().contains("  find QUERY [--as-of DATE]\n"), out());
        assertFalse(out().contains("validate PATH"), "only find's help: " + out());
        assertTrue(out().contains("--as-of DATE"), out());
        out.reset();
        assertEquals(0, run("help"));
        assertEquals(CommandLine.USAGE_TEXT, out());
        for (String command : HelpText.commands()) {
            assertTrue(out().contains("\n  " + command + " ") || out().contains("\n  " + command + "\n"), command);
        }
        assertEquals(2, run("help", "bogus"));
        assertTrue(err().startsWith("error: help takes one of the commands validate, stats,"), err());
    }

    @Test
    void commissionerAnswersWithTheBodyAndItsSource() {
        assertEquals(0, run("commissioner", "dentistry", "--for", "06W", "--as-of", "2019-04-01"));
        assertTrue(out().startsWith("Place: NHS Norwich CCG (06W) [ccg-06W], Clinical Commissioning Group\n\n"
                + "Who commissioned dentistry for NHS Norwich CCG (06W) on 1 April 2019?"), out());
        assertTrue(out().contains("NHS England [nhs-england]\n  - commissions: Dentistry services"), out());
        assertTrue(out().contains("Source: "), out());
        assertEquals("", err());
        out.reset();
        assertEquals(0, run("commissioner", "pharmacy", "--for=QMM", "--as-of=2023-04-01"));
        assertTrue(out().contains("[icb-QMM]"), out());
    }

    @Test
    void commissionerExplainsWhatItNeeds() {
        assertEquals(0, run("commissioner"));
        assertTrue(out().startsWith("Services (ask e.g. commissioner dentistry --for 06W --as-of 2019-04-01):\n"), out());
        assertTrue(out().contains("  dentistry ") && out().contains("  public-health "), "lists the services: " + out());
        assertEquals(2, run("commissioner", "health", "--for", "06W"));
        assertTrue(err().matches("error: no service called 'health'; did you mean .*mental-health.*\\?; "
                + "see help commissioner\n"), err());
        err.reset();
        assertEquals(2, run("commissioner", "dentistry"));
        assertTrue(err().contains("--for PLACE") && err().endsWith("; see help commissioner\n"), err());
        assertEquals(2, run("find", "x", "--for", "06W"));
        assertEquals(1, run("commissioner", "dentistry", "--for", "zz9zz9zz"));
        assertTrue(err().contains("No body has the id, code or name 'zz9zz9zz'"), err());
    }

    static final String PLACES = "src/test/resources/datasets/places/dataset.json";

    @Test
    void aNameTwoPlacesMatchAboutEquallyIsListedNotGuessed() {
        assertEquals(1, run("commissioner", "dentistry", "--for", "bradford", "--as-of", "2019-04-01", "--data",
                PLACES));
        assertEquals("", out(), "no answer for a guess");
        assertEquals("""
                'bradford' matches 2 bodies about equally well on 1 April 2019, so no answer is given:
                  02W   NHS Bradford City CCG       Clinical Commissioning Group  ccg-02W
                  02R   NHS Bradford Districts CCG  Clinical Commissioning Group  ccg-02R
                Give the code or id of the one you mean, e.g. commissioner dentistry --for 02W --as-of 2019-04-01
                """, err());
    }

    /** A council named exactly comes before a CCG that merely has the word in its name: no tie, no question. */
    @Test
    void aCouncilNamedExactlyIsTakenBeforeACcgWithTheWord() {
        assertEquals(0, run("commissioner", "dentistry", "--for", "leeds", "--as-of", "2019-04-01", "--data", PLACES));
        assertTrue(out().startsWith("Place: Leeds (E08000035) [la-E08000035], Upper-tier local authority\n"), out());
    }

    @Test
    void theBestMatchIsTakenWhenClearlyBestAndNamedFirstOnStandardOutput() {
        // "CCG" typed is enough to choose the CCG over the council of the same name.
        assertEquals(0, run("commissioner", "dentistry", "--for", "leeds ccg", "--as-of", "2019-04-01", "--data", PLACES));
        assertTrue(out().startsWith("Place: NHS Leeds CCG (02V) [ccg-02V], Clinical Commissioning Group\n  the best "
                + "match for 'leeds ccg'; 1 other matches less well (find leeds ccg lists them)\n\nWho commissioned "
                + "dentistry for NHS Leeds CCG (02V) on 1 April 2019?"), out());
        assertEquals("", err());
        out.reset();
        // Asked for a region, the region: not a CCG that shares words with it, though CCGs are places.
        assertEquals(0, run("commissioner", "dentistry", "--for", "north west", "--as-of", "2019-04-01", "--data", PLACES));
        assertTrue(out().startsWith("Place: North West (Y62) [region-Y62], NHS England region\n  the best match for "
                + "'north west'"), out());
        out.reset();
        // The whole name beats a name that starts with it or contains it.
        assertEquals(0, run("commissioner", "dentistry", "--for", "kent", "--as-of", "2019-04-01", "--data", PLACES));
        assertTrue(out().startsWith("Place: Kent (E10000016) [la-E10000016], Upper-tier local authority\n  the best "
                + "match for 'kent'; 2 others match less well"), out());
        out.reset();
        // At a tie, the body that existed on the date wins over one that did not.
        assertEquals(0, run("commissioner", "dentistry", "--for", "leeds", "--as-of", "2023-04-01", "--data", PLACES));
        assertTrue(out().startsWith("Place: Leeds (E08000035) [la-E08000035]"), out());
        out.reset();
        // A code or id is taken as it is.
        assertEquals(0, run("commissioner", "dentistry", "--for", "02V", "--as-of", "2019-04-01", "--data", PLACES));
        assertTrue(out().startsWith("Place: NHS Leeds CCG (02V) [ccg-02V], Clinical Commissioning Group\n\n"), out());
    }

    @Test
    void aBodyOfAnotherDateIsTakenOnlyWhenClearlyWhatWasTyped() {
        // In 2023 the CCG had gone; "leeds ccg" is still its name rather than the council's.
        assertEquals(0, run("commissioner", "dentistry", "--for", "leeds ccg", "--as-of", "2023-04-01", "--data", PLACES));
        assertTrue(out().startsWith("Place: NHS Leeds CCG (02V) [ccg-02V]"), out());
        assertTrue(out().contains("NHS Leeds CCG existed 1 April 2013 to 30 June 2022"), out());
    }

    @Test
    void aLargeTieListsTheFirstAndCountsTheRest(@TempDir Path dir) throws IOException {
        StringBuilder bodies = new StringBuilder();
        for (char c = 'A'; c < 'A' + 14; c++) {
            bodies.append(bodies.length() == 0 ? "" : ", ").append("{\"id\": \"ccg-").append(c)
                    .append("\", \"name\": \"NHS North ").append(c).append(c).append(c)
                    .append(" CCG\", \"kind\": \"ccg\", \"sources\": [\"s\"]}");
        }
        Path f = dir.resolve("d.json");
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\", \"sources\": [{\"id\": \"s\", "
                + "\"title\": \"S\"}], \"bodies\": [" + bodies + "]}");
        assertEquals(1, run("commissioner", "gp", "--for", "north", "--data", f.toString()));
        String e = err();
        assertTrue(e.startsWith("'north' matches 14 bodies about equally well on "), e);
        assertEquals(PlacePrinter.MAX_LISTED, e.lines().filter(l -> l.contains("NHS North")).count(), e);
        assertTrue(e.contains("\n  … and 2 more (find north lists them)\nGive the code or id of the one you mean, "
                + "e.g. commissioner gp --for ccg-A\n"), e);
    }

    @Test
    void commissionerWithAPlaceAndNoServiceNamesThePlaceAndListsTheServices() {
        assertEquals(0, run("commissioner", "--for", "north west", "--data", PLACES));
        assertTrue(out().startsWith("Place: North West (Y62) [region-Y62], NHS England region\n  the best match "
                + "for 'north west'; 1 other matches less well (find north west lists them)\n\n"
                + "Services (ask e.g. commissioner dentistry --for \"north west\"):\n  dentistry "), out());
        out.reset();
        assertEquals(1, run("commissioner", "--for", "bradford", "--as-of", "1/4/2019", "--data", PLACES));
        assertTrue(err().endsWith("e.g. commissioner SERVICE --for 02W --as-of 2019-04-01\n"), err());
    }

    /** A trainer's Sources list names products and dates; file names and commits are for maintainers (sources). */
    @Test
    void sourcesAreInTheReadersWordsAndTheirOriginsAreListedForMaintainers() {
        assertEquals(0, run("show", "06W"));
        String shown = out().substring(out().indexOf("\nSources\n"));
        assertTrue(shown.contains("ONS lists of Clinical Commissioning Groups, and of sub-ICB locations (Office for "
                + "National\n    Statistics, April 2013, 2015–2021 and July 2022)"), shown);
        assertFalse(shown.contains(".csv"), "no file names: " + shown);
        assertFalse(java.util.regex.Pattern.compile("[0-9a-f]{40}").matcher(shown).find(), "no commits: " + shown);
        out.reset();
        assertEquals(0, run("sources"));
        assertTrue(out().contains("data-ccg-list-by-year\n  ONS lists of Clinical Commissioning Groups"), out());
        assertTrue(out().contains("Origin: ccg_list_by_year.csv in the project's data folder"), out());
        assertTrue(out().contains("Origin: Copy kept in the project's seeds: shared/seeds/"), out());
    }

    /** An empty argument, an option given twice and extra words after help or version are usage errors. */
    @Test
    void emptyArgumentsRepeatedOptionsAndExtraWordsAreUsageErrors() {
        assertEquals(2, run("show", ""));
        assertTrue(err().startsWith("error: an argument is empty"), err());
        assertEquals(1, err().lines().count(), "one line: " + err());
        assertEquals(2, run("find", "norwich", "--as-of", "2019-01-01", "--as-of", "2020-01-01"));
        assertTrue(err().contains("--as-of is given twice"), err());
        assertEquals(2, run("stats", "--data=a.json", "--data", "b.json"));
        assertEquals(2, run("help", "extra"));
        assertEquals(2, run("version", "extra"));
        assertTrue(err().contains("version takes no arguments"), err());
    }

    /** A path the system cannot take (NUL here; non-ASCII under a C locale) is a clear error, not a crash. */
    @Test
    void aPathTheSystemCannotTakeIsAClearUsageError() {
        assertEquals(2, run("validate", "a\0b.json"));
        assertTrue(err().contains("has characters this system cannot use in a file name"), err());
        assertEquals(2, run("stats", "--data", "x\0.json"));
        assertEquals(1, err().lines().filter(l -> l.startsWith("error: the path 'x\\0.json'")).count(), err());
    }
}
