package org.commissioningexplorer.core.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.data.LoadResult;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.model.Relationship;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer on a small fixture of real rows (the Norfolk CCGs 06V 06W 06Y 06M 07J, their merger into 26A,
 * the sub-ICB location 26A and ICB QMM, Norfolk and Suffolk), so the tests need no shared data folder.
 */
class OnsOdsImporterTest {

    static final Path FIXTURE = Path.of("src/test/resources/importer/nhs");
    static final Path EXPECTED = Path.of("src/test/resources/importer/expected");

    @TempDir
    Path tmp;

    Path in;

    @BeforeEach
    void copyFixture() throws IOException {
        in = tmp.resolve("nhs");
        Files.createDirectories(in);
        try (Stream<Path> s = Files.list(FIXTURE)) {
            for (Path p : s.toList()) {
                Files.copy(p, in.resolve(p.getFileName()));
            }
        }
    }

    /** Imports into {@code out} and loads the result beside a stub NHS England, as the dataset would. */
    static Dataset importAndLoad(Path in, Path out) throws IOException {
        OnsOdsImporter.importTo(in, out.resolve("generated"));
        return load(out);
    }

    static Dataset load(Path folderWithGenerated) throws IOException {
        StringBuilder includes = new StringBuilder();
        for (String f : OnsOdsImporter.OUTPUT_FILES) {
            includes.append(includes.length() == 0 ? "" : ", ").append("\"generated/").append(f).append('"');
        }
        Path main = folderWithGenerated.resolve("dataset.json");
        Files.writeString(main, "{\"title\": \"test\", \"edition\": \"2026-11-23\", \"include\": [" + includes + "],\n"
                + "\"sources\": [{\"id\": \"stub\", \"title\": \"stub\"}],\n"
                + "\"bodies\": [{\"id\": \"nhs-england\", \"name\": \"NHS England\", \"kind\": \"nhs-england\", "
                + "\"sources\": [\"stub\"]}]}\n");
        LoadResult r = DatasetLoader.load(main);
        assertEquals(List.of(), r.problems(), "the generated files load without errors or warnings");
        return r.dataset().orElseThrow();
    }

    static Relationship rel(Body b, String type, String target) {
        return b.relationships().stream().filter(r -> r.type().equals(type) && r.target().equals(target))
                .findFirst().orElseThrow(() -> new AssertionError(b.id() + " has no " + type + " " + target + ": "
                        + b.relationships()));
    }

    @Test
    void theNorwichMergerChainRunsToTheSubIcbLocationAndTheIcb() throws IOException {
        Dataset d = importAndLoad(in, tmp.resolve("out"));
        Body norwich = d.body("ccg-06W").orElseThrow();
        assertEquals("NHS Norwich CCG", norwich.name());
        assertEquals(LocalDate.of(2013, 4, 1), norwich.period().from());
        assertEquals(LocalDate.of(2020, 3, 31), norwich.period().to());
        Relationship toNw = rel(norwich, "succeeded-by", "ccg-26A");
        assertEquals(LocalDate.of(2020, 4, 1), toNw.period().from());
        assertEquals(1.0, toNw.share());
        assertEquals("data-ccg-successors-by-lsoa", toNw.source());

        Body nw = d.body("ccg-26A").orElseThrow();
        assertEquals(LocalDate.of(2020, 4, 1), nw.period().from());
        assertEquals(LocalDate.of(2022, 6, 30), nw.period().to(), "ODS has no close date: the CCG ended on 30 June 2022");
        Relationship toSicbl = rel(nw, "succeeded-by", "sicbl-26A");
        assertEquals(LocalDate.of(2022, 7, 1), toSicbl.period().from());
        assertEquals(1.0, toSicbl.share());
        Relationship toIcb = rel(nw, "succeeded-by", "icb-QMM");
        assertEquals(LocalDate.of(2022, 7, 1), toIcb.period().from());
        assertEquals(1.0, toIcb.share());
        assertTrue(toIcb.notes().contains("the ICB took over the CCG's commissioning")
                || toIcb.notes().contains("The ICB took over the CCG's commissioning"), toIcb.notes());

        Body sicbl = d.body("sicbl-26A").orElseThrow();
        assertEquals("NHS Norfolk and Waveney ICB - 26A", sicbl.name());
        assertEquals("icb-QMM", sicbl.parent());
        assertEquals("sub-icb-location", sicbl.kind());
        assertEquals(LocalDate.of(2022, 7, 1), sicbl.period().from());
        assertEquals("26A", sicbl.code("ODS", LocalDate.of(2023, 1, 1)).orElseThrow());
        Body icb = d.body("icb-QMM").orElseThrow();
        assertEquals("NHS Norfolk and Waveney Integrated Care Board", icb.name());
        assertEquals(LocalDate.of(2022, 7, 1), rel(icb, "in-region", "region-Y61").period().from());
        assertEquals("stp-QMM", d.bodies().stream().filter(b -> b.id().equals("stp-QMM")).findFirst().orElseThrow().id());
        assertEquals(LocalDate.of(2022, 7, 1), rel(d.body("stp-QMM").orElseThrow(), "succeeded-by", "icb-QMM")
                .period().from());
    }

    @Test
    void aPartialBoundaryMoveBetweenContinuingCcgsIsATransfer() throws IOException {
        Dataset d = importAndLoad(in, tmp.resolve("out"));
        Body southNorfolk = d.body("ccg-06Y").orElseThrow();
        Relationship move = rel(southNorfolk, "transferred-area-to", "ccg-06W");
        assertEquals(LocalDate.of(2017, 4, 1), move.period().from());
        assertEquals(0.0548, move.share());
        assertTrue(southNorfolk.relationships().stream().noneMatch(r -> r.type().equals("succeeded-by")
                && r.target().equals("ccg-06W")), "06Y went on after 2017, so 06W did not succeed it");
        // Norwich's ONS code changed with that boundary move.
        assertEquals("E38000131", d.body("ccg-06W").orElseThrow().code("ONS", LocalDate.of(2017, 3, 31)).orElseThrow());
        assertEquals("E38000218", d.body("ccg-06W").orElseThrow().code("ONS", LocalDate.of(2017, 4, 1)).orElseThrow());
    }

    @Test
    void regionsAreaTeamsLocalOfficesCoverageAndHwbsAreDated() throws IOException {
        Dataset d = importAndLoad(in, tmp.resolve("out"));
        Body norwich = d.body("ccg-06W").orElseThrow();
        Relationship at = rel(norwich, "in-region", "area-team-E39000013");
        assertEquals(LocalDate.of(2013, 4, 1), at.period().from());
        assertEquals(LocalDate.of(2015, 3, 31), at.period().to());
        Relationship y55 = rel(norwich, "in-region", "region-Y55");
        assertEquals(LocalDate.of(2013, 4, 1), y55.period().from());
        assertEquals(LocalDate.of(2019, 3, 31), y55.period().to());
        assertEquals(LocalDate.of(2019, 4, 1), rel(norwich, "in-region", "region-Y61").period().from());
        Relationship office = rel(norwich, "in-region", "local-office-Q79");
        assertEquals(LocalDate.of(2019, 3, 31), office.period().to());
        Body q79 = d.body("local-office-Q79").orElseThrow();
        assertEquals("NHS England Midlands and East (East)", q79.name());
        assertEquals("region-Y55", q79.parent());
        assertEquals("E39000031", q79.code("ONS", null).orElseThrow());
        Body y57 = d.body("region-Y57").orElseThrow();
        assertEquals(LocalDate.of(2018, 3, 31), y57.period().to());
        Body y60 = d.body("region-Y60").orElseThrow();
        assertEquals(LocalDate.of(2019, 4, 1), y60.period().from());
        assertEquals("E40000008", y60.code("ONS", LocalDate.of(2022, 6, 30)).orElseThrow());
        assertEquals("E40000011", y60.code("ONS", LocalDate.of(2022, 7, 1)).orElseThrow());

        Relationship covers = rel(norwich, "covers", "la-E10000020");
        assertEquals(1.0, covers.share());
        // The first LSOA lookup (July 2015) is taken to hold from the CCG's start in April 2013, and says so.
        assertEquals(LocalDate.of(2013, 4, 1), covers.period().from());
        assertTrue(covers.notes().contains("taken to hold from the CCG's start"), covers.notes());
        assertEquals(LocalDate.of(2020, 3, 31), covers.period().to());
        assertEquals(covers.period(), rel(norwich, "member-of", "hwb-E10000020").period());
        Body yarmouth = d.body("ccg-06M").orElseThrow();
        assertTrue(yarmouth.relationships().stream().anyMatch(r -> r.target().equals("la-E10000029")),
                "Great Yarmouth and Waveney CCG covers part of Suffolk");
        assertEquals(LocalDate.of(2017, 4, 1), rel(norwich, "member-of", "stp-QMM").period().from());

        Body norfolk = d.body("la-E10000020").orElseThrow();
        assertEquals("Norfolk", norfolk.name());
        assertEquals(null, norfolk.period().from());
        Body hwb = d.body("hwb-E10000020").orElseThrow();
        assertEquals("Norfolk Health and Wellbeing Board", hwb.name());
        assertEquals("la-E10000020", hwb.parent());
        assertTrue(rel(d.body("icb-QMM").orElseThrow(), "member-of", "hwb-E10000029").period().from()
                .equals(LocalDate.of(2022, 7, 1)));
    }

    @Test
    void reRunningOnTheSameInputGivesTheSameBytes() throws IOException {
        OnsOdsImporter.importTo(in, tmp.resolve("a"));
        OnsOdsImporter.importTo(in, tmp.resolve("b"));
        for (String f : OnsOdsImporter.OUTPUT_FILES) {
            byte[] a = Files.readAllBytes(tmp.resolve("a").resolve(f));
            assertArrayEquals(a, Files.readAllBytes(tmp.resolve("b").resolve(f)), f);
            String text = new String(a, StandardCharsets.UTF_8);
            assertTrue(text.endsWith("}\n"), f + " ends with a newline");
            assertTrue(text.startsWith("{\n  \"$comment\": \"Generated by `import-ons-ods`"), f);
            assertFalse(text.contains("\r"), f);
        }
        // A second run over existing output replaces it and leaves no temporary folders beside it.
        Files.writeString(tmp.resolve("a").resolve("ccgs.json"), "stale");
        OnsOdsImporter.importTo(in, tmp.resolve("a"));
        assertArrayEquals(Files.readAllBytes(tmp.resolve("b").resolve("ccgs.json")),
                Files.readAllBytes(tmp.resolve("a").resolve("ccgs.json")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("a", "b", "nhs"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * The committed expected files were made from the fixture by the importer as it was before a refactoring, so
     * any change of output shows here. When a change is meant, regenerate them from the project folder with
     * {@code java -jar target/commissioning-explorer.jar import-ons-ods src/test/resources/importer/nhs --out
     * src/test/resources/importer/expected} and review the diff.
     */
    @Test
    void theFixtureGivesTheExpectedFilesByteForByte() throws IOException {
        // The fixture's relative path, not the copy in tmp: each file's $comment names the folder read.
        OnsOdsImporter.Generation g = OnsOdsImporter.generate(FIXTURE);
        try (Stream<Path> s = Files.list(EXPECTED)) {
            assertEquals(OnsOdsImporter.OUTPUT_FILES.stream().sorted().toList(),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (OnsOdsImporter.OutputFile f : g.files()) {
            byte[] expected = Files.readAllBytes(EXPECTED.resolve(f.name()));
            // As text first, for a readable difference; then the bytes themselves.
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(f.content(), StandardCharsets.UTF_8),
                    f.name());
            assertArrayEquals(expected, f.content(), f.name());
        }
    }

    @Test
    void bodiesAreSortedByIdAndIdsAreValid() throws IOException {
        OnsOdsImporter.Generation g = OnsOdsImporter.generate(in);
        assertEquals(OnsOdsImporter.OUTPUT_FILES, g.files().stream().map(OnsOdsImporter.OutputFile::name).toList());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (OnsOdsImporter.OutputFile f : g.files()) {
            var root = json.readTree(f.content());
            String list = f.name().equals("sources.json") ? "sources" : "bodies";
            List<String> ids = new java.util.ArrayList<>();
            root.get(list).forEach(n -> ids.add(n.get("id").asText()));
            assertEquals(ids.stream().sorted().toList(), ids, f.name() + " is sorted by id");
        }
        Dataset d = importAndLoad(in, tmp.resolve("out"));
        for (Body b : d.bodies()) {
            if (b.id().equals("nhs-england")) {
                continue; // the test's stub
            }
            assertTrue(b.id().matches("[A-Za-z0-9][A-Za-z0-9._-]*"), b.id());
            assertNotNull(b.summary(), b.id());
            assertFalse(b.sources().isEmpty(), b.id());
        }
        assertTrue(d.sources().containsKey("data-ccg-master"));
        assertTrue(d.sources().containsKey("data-ods-eccg-2025"));
        assertEquals("Open Government Licence v3.0", d.sources().get("data-ccg-master").licence());
    }

    // ----- bad input: a clear message naming file and line, and nothing written

    private Map<String, byte[]> existingOutput(Path out) throws IOException {
        Files.createDirectories(out);
        Map<String, byte[]> before = new TreeMap<>();
        for (String f : OnsOdsImporter.OUTPUT_FILES) {
            byte[] b = ("old " + f + "\n").getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve(f), b);
            before.put(f, b);
        }
        return before;
    }

    private void assertUntouched(Path out, Map<String, byte[]> before) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(before.keySet().stream().sorted().toList(),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (var e : before.entrySet()) {
            assertArrayEquals(e.getValue(), Files.readAllBytes(out.resolve(e.getKey())), e.getKey());
        }
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary folder is left");
        }
    }

    private void replaceInFile(String file, String from, String to) throws IOException {
        Path p = in.resolve(file);
        String text = Files.readString(p);
        assertTrue(text.contains(from), from);
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    @Test
    void anUnparseableDateStopsTheImportAndLeavesTheOutputUntouched() throws IOException {
        Path out = tmp.resolve("out");
        Map<String, byte[]> before = existingOutput(out);
        // 06W's row is the fourth line of the fixture's ccg_master.csv.
        List<String> lines = Files.readAllLines(in.resolve("ccg_master.csv"));
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("06W,")) {
                line = i + 1;
                lines.set(i, lines.get(i).replaceFirst(",20130401,", ",2013041,"));
            }
        }
        Files.write(in.resolve("ccg_master.csv"), lines);
        ImportException e = assertThrows(ImportException.class, () -> OnsOdsImporter.importTo(in, out));
        assertTrue(e.getMessage().startsWith(in.resolve("ccg_master.csv") + ":" + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("column 'ods_open_date' is '2013041', which is not a date: expected 8 digits "
                + "YYYYMMDD"), e.getMessage());
        assertUntouched(out, before);

        copyFixture2("ccg_master.csv");
        replaceInFile("ccg_stp_by_year.csv", "2017,2017-04-01", "2017,2017-13-01");
        ImportException month = assertThrows(ImportException.class, () -> OnsOdsImporter.importTo(in, out));
        assertTrue(month.getMessage().contains("ccg_stp_by_year.csv:2:6: column 'as_at' is '2017-13-01', which is not "
                + "a real date: month 13 does not exist"), month.getMessage());
        assertUntouched(out, before);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsStopsTheImport() throws IOException {
        Path out = tmp.resolve("out");
        Map<String, byte[]> before = existingOutput(out);
        List<String> lines = Files.readAllLines(in.resolve("ccg_lad_by_year.csv"));
        lines.set(4, lines.get(4) + ",extra");
        Files.write(in.resolve("ccg_lad_by_year.csv"), lines);
        ImportException e = assertThrows(ImportException.class, () -> OnsOdsImporter.importTo(in, out));
        assertEquals(in.resolve("ccg_lad_by_year.csv").toString(), e.file());
        assertEquals(5, e.line());
        assertTrue(e.getMessage().contains(":5: the row has 13 fields but the header has 12"), e.getMessage());
        assertUntouched(out, before);
    }

    @Test
    void aMissingColumnAFileThatIsMissingAndAnUnknownCodeStopTheImport() throws IOException {
        Path out = tmp.resolve("out");
        Map<String, byte[]> before = existingOutput(out);
        replaceInFile("sicbl_icb_2022.csv", "ods_open_date", "open");
        ImportException header = assertThrows(ImportException.class, () -> OnsOdsImporter.importTo(in, out));
        assertTrue(header.getMessage().contains("sicbl_icb_2022.csv:1: missing column 'ods_open_date'"),
                header.getMessage());
        assertUntouched(out, before);

        copyFixture2("sicbl_icb_2022.csv");
        replaceInFile("ccg_stp_by_year.csv", ",06W,", ",06Q,");
        ImportException unknown = assertThrows(ImportException.class, () -> OnsOdsImporter.importTo(in, out));
        assertTrue(unknown.getMessage().contains("ccg_stp_by_year.csv:"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("CCG 06Q is not in ccg_master.csv"), unknown.getMessage());
        assertUntouched(out, before);

        copyFixture2("ccg_stp_by_year.csv");
        Files.delete(in.resolve("icb_2022.csv"));
        ImportException missing = assertThrows(ImportException.class, () -> OnsOdsImporter.importTo(in, out));
        assertTrue(missing.getMessage().endsWith("icb_2022.csv: the file does not exist; the import needs it"),
                missing.getMessage());
        assertUntouched(out, before);
    }

    @Test
    void aNewOutputFolderIsNotCreatedWhenTheInputIsBad() throws IOException {
        replaceInFile("utla_by_year.csv", "2018,E10000020", "2018,E100 00020");
        Path out = tmp.resolve("fresh");
        assertThrows(ImportException.class, () -> OnsOdsImporter.importTo(in, out));
        assertFalse(Files.exists(out));
    }

    @Test
    void titleCaseFollowsOdsNames() {
        assertEquals("NHS England Midlands and East (East)", ImportContext.titleCase("NHS ENGLAND MIDLANDS AND EAST (EAST)"));
        assertEquals("NHS England South East (Hampshire, Isle of Wight and Thames Valley)",
                ImportContext.titleCase("NHS ENGLAND SOUTH EAST (HAMPSHIRE, ISLE OF WIGHT AND THAMES VALLEY)"));
        assertEquals("NHS Newcastle North and East CCG", ImportContext.titleCase("NHS NEWCASTLE NORTH AND EAST CCG"));
        assertEquals(ImportContext.normaliseName("NHS Heywood, Middleton & Rochdale"),
                ImportContext.normaliseName("NHS Heywood, Middleton and Rochdale CCG"));
    }

    private void copyFixture2(String file) throws IOException {
        Files.copy(FIXTURE.resolve(file), in.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
