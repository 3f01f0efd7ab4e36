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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export CODE --out FILE.pdf [--as-of DATE]}. */
class ExportCommandTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void writesTheHandoutAndSaysWhere() throws IOException {
        Path pdf = tmp.resolve("norwich.pdf");
        Files.writeString(pdf, "an older file, replaced");
        assertEquals(0, run("export", "06W", "--as-of", "2019-10-01", "--out", pdf.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith(pdf + ": NHS Norwich CCG as at 2019-10-01, "),
                out.toString(StandardCharsets.UTF_8));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.startsWith("NHS Norwich CCG"), text);
            assertTrue(text.contains("Governing Body"), text);
        }
        try (var files = Files.list(tmp)) {
            assertEquals(1, files.count(), "no part file left beside it");
        }
    }

    @Test
    void anUnknownCodeFailsAsShowDoes() {
        assertEquals(1, run("export", "ZZZ", "--out", tmp.resolve("x.pdf").toString()));
        assertEquals("No body has the id or code 'ZZZ'. Try: find ZZZ\n",
                err.toString(StandardCharsets.UTF_8).replace("\r", ""));
        assertFalse(Files.exists(tmp.resolve("x.pdf")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("export", "06W"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("export needs --out FILE.pdf"));
        assertEquals(2, run("export", "--out", tmp.resolve("x.pdf").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("export needs exactly one CODE_OR_ID; see help export"));
    }

    @Test
    void aMissingFolderFailsWithoutWriting() {
        Path pdf = tmp.resolve("no-such-folder").resolve("x.pdf");
        assertEquals(1, run("export", "06W", "--out", pdf.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not exist"), err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(pdf));
    }

    /** Runs with the config folder at {@code dir}, as -Dexplorer.config.dir would set it. */
    private int runWithConfig(Path dir, String... args) {
        String before = System.getProperty("explorer.config.dir");
        System.setProperty("explorer.config.dir", dir.toString());
        try {
            return run(args);
        } finally {
            if (before == null) {
                System.clearProperty("explorer.config.dir");
            } else {
                System.setProperty("explorer.config.dir", before);
            }
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void withNoteAddsTheUsersNoteOnTheBodyAndTheChartComesByDefault() throws IOException {
        Path config = Files.createDirectories(tmp.resolve("config"));
        var dataset = org.commissioningexplorer.core.data.DatasetLoader.loadBundled().dataset().orElseThrow();
        org.commissioningexplorer.core.notes.NotesStore.open(config)
                .setText(dataset.body("ccg-06W").orElseThrow(), "Ask who chairs the Audit Committee.");
        Path pdf = tmp.resolve("note.pdf");
        assertEquals(0, runWithConfig(config, "export", "06W", "--with-note", "--as-of", "2019-10-01", "--out",
                pdf.toString()));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        String text = pdfText(pdf);
        assertTrue(text.contains("Trainer's note Ask who chairs the Audit Committee. Sources"), text);
        assertTrue(text.contains("Org chart"), text);
        assertTrue(text.indexOf("Org chart") < text.indexOf("Trainer's note"), text);
    }

    @Test
    void withNoteAndNoNoteSaysSoAndExportsWithout() throws IOException {
        Path config = Files.createDirectories(tmp.resolve("empty-config"));
        Path pdf = tmp.resolve("nonote.pdf");
        assertEquals(0, runWithConfig(config, "export", "06W", "--with-note", "--out", pdf.toString()));
        assertEquals("no note on 06W; the handout has none\n", err.toString(StandardCharsets.UTF_8)
                .replace("\r", ""));
        assertFalse(pdfText(pdf).contains("Trainer's note"));
    }

    @Test
    void noChartLeavesTheChartOut() throws IOException {
        Path pdf = tmp.resolve("nochart.pdf");
        assertEquals(0, run("export", "--no-chart", "06W", "--out", pdf.toString()));
        String text = pdfText(pdf);
        assertTrue(text.contains("Governing Body"), text);
        assertFalse(text.contains("Org chart"), text);
    }

    @Test
    void theExportFlagsBelongToExportOnly() {
        assertEquals(2, run("show", "06W", "--with-note"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--with-note and --no-chart are options of export"),
                err.toString(StandardCharsets.UTF_8));
    }
}
