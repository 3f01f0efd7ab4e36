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
        assertTrue(out().startsWith("01A"), out());
        assertEquals(1, run("find", "zzz", "--data", SMALL));
        assertTrue(err().contains("No body matches 'zzz'"));
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
}
