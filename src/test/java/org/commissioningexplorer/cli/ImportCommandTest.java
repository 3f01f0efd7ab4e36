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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-ons-ods DIR [--out OUTDIR]} on the importer's small fixture. */
class ImportCommandTest {

    static final Path FIXTURE = Path.of("src/test/resources/importer/nhs");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void importsAndPrintsOneLinePerFileThenASummary() {
        Path target = tmp.resolve("generated");
        assertEquals(0, run("import-ons-ods", FIXTURE.toString(), "--out", target.toString()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(target.resolve("ccgs.json") + ": 6 bodies, "), printed);
        assertTrue(printed.contains(target.resolve("sources.json") + ": 21 sources"), printed);
        assertTrue(printed.contains("import-ons-ods: read 21 CSV files from " + FIXTURE + "; wrote 6 files to " + target),
                printed);
        assertTrue(Files.exists(target.resolve("icbs.json")));
    }

    @Test
    void badInputExitsOneWithFileAndLineAndWritesNothing() throws IOException {
        Path in = tmp.resolve("nhs");
        Files.createDirectories(in);
        try (Stream<Path> s = Files.list(FIXTURE)) {
            for (Path p : s.toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
        Files.writeString(in.resolve("icb_2022.csv"), Files.readString(in.resolve("icb_2022.csv")) + "E54000022,QMM\n");
        Path target = tmp.resolve("generated");
        assertEquals(1, run("import-ons-ods", in.toString(), "--out=" + target));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.startsWith(in.resolve("icb_2022.csv") + ":3: the row has 2 fields but the header has 10"), e);
        assertTrue(e.contains("nothing was written"), e);
        assertFalse(Files.exists(target));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("import-ons-ods"));
        assertEquals(2, run("import-ons-ods", "a", "b"));
        assertEquals(2, run("import-ons-ods", "a", "--out"));
        assertEquals(2, run("stats", "--out", "x"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out is an option of import-ons-ods, import-boundaries and export only"));
        out.reset();
        assertEquals(0, run("help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("import-ons-ods DIR [--out OUTDIR]"));
    }

    @Test
    void aFolderThatDoesNotExistIsBadInput() {
        assertEquals(1, run("import-ons-ods", tmp.resolve("nope").toString(), "--out", tmp.resolve("g").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a folder"));
    }
}
