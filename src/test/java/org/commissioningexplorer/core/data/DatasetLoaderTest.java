package org.commissioningexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetLoaderTest {

    static final Path SMALL = Path.of("src/test/resources/datasets/small/dataset.json");

    @TempDir
    Path dir;

    /** Writes a main file holding the given bodies, one per line, so that positions are predictable. */
    private Path withBodies(String... bodies) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("{\n");                                                          // line 1
        s.append("  \"title\": \"T\", \"edition\": \"2024-01-01\",\n");          // line 2
        s.append("  \"sources\": [{\"id\": \"s\", \"title\": \"S\"}],\n");       // line 3
        s.append("  \"bodies\": [\n");                                            // line 4
        for (int i = 0; i < bodies.length; i++) {                                 // lines 5…
            s.append("    ").append(bodies[i]).append(i + 1 < bodies.length ? ",\n" : "\n");
        }
        s.append("  ]\n}\n");
        Path f = dir.resolve("bad.json");
        Files.writeString(f, s.toString());
        return f;
    }

    /** Column of {@code needle} in a line passed to {@link #withBodies}, which indents each by four spaces. */
    private static int col(String bodyLine, String needle) {
        int i = bodyLine.indexOf(needle);
        assertTrue(i >= 0, needle);
        return 4 + i + 1;
    }

    /** Column of the {@code nth} (1-based) {@code needle} in a line passed to {@link #withBodies}. */
    private static int col(String bodyLine, String needle, int nth) {
        int i = -1;
        for (int k = 0; k < nth; k++) {
            i = bodyLine.indexOf(needle, i + 1);
            assertTrue(i >= 0, needle);
        }
        return 4 + i + 1;
    }

    private static List<String> errors(LoadResult r) {
        return r.errors().stream().map(Problem::format).toList();
    }

    private static void assertHasError(LoadResult r, String expectedStart, String expectedText) {
        assertFalse(r.ok(), "dataset should not load");
        assertTrue(errors(r).stream().anyMatch(e -> e.startsWith(expectedStart) && e.contains(expectedText)),
                () -> "expected an error starting '" + expectedStart + "' containing '" + expectedText + "' in "
                        + errors(r));
    }

    @Test
    void loadsAValidDatasetWithItsIncludedPart() {
        LoadResult r = DatasetLoader.load(SMALL);
        assertTrue(r.ok(), () -> errors(r).toString());
        Dataset d = r.dataset().orElseThrow();
        assertEquals("Small test dataset", d.info().title());
        assertEquals(LocalDate.of(2024, 1, 31), d.info().edition());
        assertEquals(List.of("nhse", "ccg-a", "ccg-a-gb", "ccg-a-audit", "ccg-b"),
                d.bodies().stream().map(Body::id).toList());
        Body a = d.body("ccg-a").orElseThrow();
        assertEquals(LocalDate.of(2013, 4, 1), a.period().from());
        assertEquals("E38000001", a.code("ONS", LocalDate.of(2016, 6, 1)).orElseThrow());
        assertEquals("E38000999", a.code("ONS", LocalDate.of(2018, 6, 1)).orElseThrow());
        assertEquals("01A", a.primaryCode().orElseThrow());
        assertEquals(1.0, a.relationships().get(0).share());
        assertEquals("Clinical Commissioning Group", d.kind("ccg").label());
        assertEquals("Provider thing", d.kind("provider-thing").label(), "undescribed kinds are named from their id");
        assertEquals("199 KB", d.body("ccg-a-audit").orElseThrow().documents().get(0).sizeText());
        assertEquals("February 2019", d.body("ccg-a-audit").orElseThrow().documents().get(0).dateText());
        assertTrue(r.warnings().isEmpty(), () -> r.warnings().toString());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws IOException {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\n  \"title\": \"T\",\n  \"edition\": \"2024-01-01\"\n  \"bodies\": []\n}\n");
        LoadResult r = DatasetLoader.load(f);
        assertHasError(r, f + ":4:3: ", "malformed JSON");
        assertEquals(1, r.errors().size());
    }

    @Test
    void emptyAndMissingFilesAreReportedNotThrown() throws IOException {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        assertHasError(DatasetLoader.load(empty), empty + ":1:1: ", "empty");
        Path missing = dir.resolve("nope.json");
        assertHasError(DatasetLoader.load(missing), missing + ":1:1: ", "does not exist");
        assertHasError(DatasetLoader.load(dir), dir + ":1:1: ", "cannot read");
    }

    @Test
    void wrongTypesNameTheFieldAndWhatWasFound() throws IOException {
        Path f = withBodies("{\"id\": \"a\", \"name\": 42, \"kind\": \"ccg\", \"sources\": [\"s\"]}",
                "{\"id\": \"b\", \"name\": \"B\", \"kind\": \"ccg\", \"sources\": \"s\", \"facts\": {\"x\": 1}}");
        LoadResult r = DatasetLoader.load(f);
        assertHasError(r, f + ":5:25: ", "'name' of body 'a' must be a string, not a number");
        assertHasError(r, f + ":6:70: ", "'facts' of body 'b' must be a list");
    }

    @Test
    void duplicateIdsPointAtBothPlaces() throws IOException {
        Path f = withBodies("{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ccg\", \"sources\": [\"s\"]}",
                "{\"id\": \"a\", \"name\": \"A again\", \"kind\": \"ccg\", \"sources\": [\"s\"]}");
        assertHasError(DatasetLoader.load(f), f + ":6:12: ", "duplicate id 'a': it is already used at " + f + ":5:12");
    }

    @Test
    void unknownParentAndRelationshipTargetAreErrors() throws IOException {
        Path f = withBodies("{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ccg\", \"parent\": \"ghost\", \"sources\": [\"s\"],"
                + " \"relationships\": [{\"type\": \"oversees\", \"target\": \"nobody\"}]}");
        LoadResult r = DatasetLoader.load(f);
        assertHasError(r, f + ":5:55: ", "parent of body 'a' refers to 'ghost', which is not the id of any body");
        assertHasError(r, f + ":5:131: ", "relationship 1 of body 'a' refers to 'nobody'");
    }

    @Test
    void aCycleInTheTreeIsReportedOnce() throws IOException {
        Path f = withBodies("{\"id\": \"a\", \"name\": \"A\", \"kind\": \"x\", \"parent\": \"c\", \"sources\": [\"s\"]}",
                "{\"id\": \"b\", \"name\": \"B\", \"kind\": \"x\", \"parent\": \"a\", \"sources\": [\"s\"]}",
                "{\"id\": \"c\", \"name\": \"C\", \"kind\": \"x\", \"parent\": \"b\", \"sources\": [\"s\"]}");
        LoadResult r = DatasetLoader.load(f);
        assertHasError(r, f + ":5:53: ", "the tree has a cycle: a → c → b → a");
        assertEquals(1, r.errors().size(), () -> errors(r).toString());
    }

    @Test
    void missingNameIsAnErrorAtTheBody() throws IOException {
        Path f = withBodies("{\"id\": \"a\", \"kind\": \"ccg\", \"sources\": [\"s\"]}");
        assertHasError(DatasetLoader.load(f), f + ":5:5: ", "body 'a' is missing the required field 'name'");
    }

    @Test
    void impossibleDatesAreErrors() throws IOException {
        Path f = withBodies(
                "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ccg\", \"from\": \"2019-02-30\", \"sources\": [\"s\"]}",
                "{\"id\": \"b\", \"name\": \"B\", \"kind\": \"ccg\", \"from\": \"2020-04-01\", \"to\": \"2013-03-31\", \"sources\": [\"s\"]}",
                "{\"id\": \"c\", \"name\": \"C\", \"kind\": \"ccg\", \"from\": \"1 April 2013\", \"sources\": [\"s\"]}");
        LoadResult r = DatasetLoader.load(f);
        assertHasError(r, f + ":5:53: ", "'2019-02-30', which is not a real date");
        assertHasError(r, f + ":6:73: ", "ends (to 2013-03-31) before it starts (from 2020-04-01)");
        assertHasError(r, f + ":7:53: ", "write it as YYYY-MM-DD");
    }

    @Test
    void everyProblemIsReportedInOnePassInFileOrder() throws IOException {
        Path f = withBodies("{\"id\": \"a\", \"kind\": \"ccg\", \"sources\": [\"s\"]}",
                "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ccg\", \"parent\": \"zz\", \"from\": \"2013-13-01\", \"sources\": [\"nope\"]}");
        LoadResult r = DatasetLoader.load(f);
        List<String> e = errors(r);
        assertEquals(5, e.size(), e::toString);
        assertTrue(e.get(0).contains("missing the required field 'name'"), e::toString);
        assertTrue(e.stream().anyMatch(x -> x.contains("duplicate id")), e::toString);
        assertTrue(e.stream().anyMatch(x -> x.contains("'2013-13-01', which is not a real date")), e::toString);
        assertTrue(e.stream().anyMatch(x -> x.contains("cites source 'nope'")), e::toString);
        assertTrue(e.stream().anyMatch(x -> x.contains("refers to 'zz'")), e::toString);
    }

    @Test
    void unknownFieldsAreWarningsWithASuggestion() throws IOException {
        Path f = withBodies("{\"id\": \"a\", \"nmae\": \"A\", \"name\": \"A\", \"kind\": \"ccg\", \"sources\": [\"s\"]}");
        LoadResult r = DatasetLoader.load(f);
        assertTrue(r.ok(), () -> errors(r).toString());
        assertEquals(List.of(f + ":5:17: warning: unknown field 'nmae' in body 'a' is ignored; did you mean 'name'?"),
                r.warnings().stream().map(Problem::format).toList());
    }

    @Test
    void includesMustStayInsideTheDatasetFolderAndExist() throws IOException {
        Path f = dir.resolve("main.json");
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\",\n"
                + " \"include\": [\"../outside.json\", \"/etc/passwd\", \"missing.json\"]}\n");
        LoadResult r = DatasetLoader.load(f);
        assertHasError(r, f + ":2:14: ", "must be a path inside the dataset's folder");
        assertHasError(r, f + ":2:33: ", "must be a path inside the dataset's folder");
        assertHasError(r, f + ":2:48: ", "included file 'missing.json' does not exist");
    }

    @Test
    void errorsInAnIncludedFileNameThatFile() throws IOException {
        Files.writeString(dir.resolve("main.json"),
                "{\"title\": \"T\", \"edition\": \"2024-01-01\", \"include\": [\"part.json\"]}\n");
        Files.writeString(dir.resolve("part.json"), "{\"bodies\": [\n  {\"id\": \"a\", \"kind\": \"x\"}\n]}\n");
        LoadResult r = DatasetLoader.load(dir.resolve("main.json"));
        assertHasError(r, dir.resolve("part.json") + ":2:3: ", "missing the required field 'name'");
    }

    @Test
    void unsafeDocumentLocationsAreErrors() throws IOException {
        Path f = withBodies("{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ccg\", \"sources\": [\"s\"], \"documents\": ["
                + "{\"title\": \"T1\", \"url\": \"javascript:alert(1)\"}, {\"title\": \"T2\", \"file\": \"../../etc/passwd\"}]}");
        LoadResult r = DatasetLoader.load(f);
        assertHasError(r, f + ":5:", "'url' must be a web address starting http:// or https://");
        assertHasError(r, f + ":5:", "'file' must be a path inside the dataset's documents folder");
    }

    @Test
    void amendmentsAddToABodyDefinedInAnotherFile() throws IOException {
        Files.writeString(dir.resolve("main.json"), "{\"title\": \"T\", \"edition\": \"2024-01-01\",\n"
                + " \"$comment\": \"hand-written detail over generated data\",\n"
                + " \"include\": [\"generated.json\"],\n"
                + " \"sources\": [{\"id\": \"gen\", \"title\": \"G\"}, {\"id\": \"hand\", \"title\": \"H\"}],\n"
                + " \"amend\": [{\"id\": \"ccg-a\", \"name\": \"NHS Alpha CCG\", \"to\": \"2020-03-31\", \"sources\": [\"hand\"],\n"
                + "   \"facts\": [{\"label\": \"Population\", \"value\": \"1\"}],\n"
                + "   \"relationships\": [{\"type\": \"partners-with\", \"target\": \"ccg-b\"}]}]}\n");
        Files.writeString(dir.resolve("generated.json"), "{\"bodies\": [\n"
                + " {\"id\": \"ccg-a\", \"name\": \"NHS ALPHA CCG\", \"kind\": \"ccg\", \"from\": \"2013-04-01\", \"sources\": [\"gen\"],\n"
                + "  \"codes\": [{\"scheme\": \"ODS\", \"value\": \"01A\"}],\n"
                + "  \"relationships\": [{\"type\": \"succeeded-by\", \"target\": \"ccg-b\"}]},\n"
                + " {\"id\": \"ccg-b\", \"name\": \"B\", \"kind\": \"ccg\", \"sources\": [\"gen\"]}]}\n");
        LoadResult r = DatasetLoader.load(dir.resolve("main.json"));
        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals(List.of(), r.problems());
        Body a = r.dataset().orElseThrow().body("ccg-a").orElseThrow();
        assertEquals("NHS Alpha CCG", a.name(), "a field the amendment gives replaces the generated one");
        assertEquals("ccg", a.kind(), "a field it does not give is kept");
        assertEquals(LocalDate.of(2013, 4, 1), a.period().from());
        assertEquals(LocalDate.of(2020, 3, 31), a.period().to());
        assertEquals("01A", a.primaryCode().orElseThrow());
        assertEquals(List.of("succeeded-by", "partners-with"), a.relationships().stream().map(x -> x.type()).toList());
        assertEquals(1, a.facts().size());
        assertEquals(List.of("gen", "hand"), a.sources());
    }

    @Test
    void anAmendmentOfAnUndefinedBodyIsAnError() throws IOException {
        Path f = dir.resolve("main.json");
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\",\n"
                + " \"amend\": [{\"id\": \"ghost\", \"summary\": \"x\"}]}\n");
        assertHasError(DatasetLoader.load(f), f + ":2:19: ", "amendment names 'ghost', which no file defines");
    }

    @Test
    void anIdOfTheWrongTypeIsReportedOnce() throws IOException {
        Path f = dir.resolve("main.json");
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\",\n"
                + " \"sources\": [{\"id\": 7, \"title\": \"S\"}],\n"
                + " \"bodies\": [{\"id\": 42, \"name\": \"A\", \"kind\": \"ccg\"}]}\n");
        LoadResult r = DatasetLoader.load(f);
        assertEquals(List.of(f + ":2:21: 'id' of source must be a string, not a number",
                f + ":3:20: 'id' of body 1 must be a string, not a number"), errors(r));
    }

    @Test
    void anEmptyEditionOrTitleIsAnErrorLikeAMissingOne() throws IOException {
        Path f = dir.resolve("main.json");
        Files.writeString(f, "{\"title\": \"  \",\n \"edition\": \"\"}\n");
        LoadResult r = DatasetLoader.load(f);
        assertHasError(r, f + ":1:11: ", "'title' of the dataset file must not be empty");
        assertHasError(r, f + ":2:13: ", "'edition' of the dataset file must not be empty");
        assertEquals(2, r.errors().size(), () -> errors(r).toString());

        Files.writeString(f, "{\"title\": \"T\",\n \"edition\": \" \"}\n");
        assertHasError(DatasetLoader.load(f), f + ":2:13: ", "'edition' of the dataset file must not be empty");
        Files.writeString(f, "{\"edition\": \"2024-01-01\"}\n");
        assertHasError(DatasetLoader.load(f), f + ":1:1: ", "missing the required field 'title'");
        Files.writeString(f, "{\"title\": \"T\"}\n");
        assertHasError(DatasetLoader.load(f), f + ":1:1: ", "missing the required field 'edition'");
    }

    @Test
    void aFolderOrMissingFileNamedInIncludeIsReportedAtTheEntry() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Path f = dir.resolve("main.json");
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\",\n"
                + " \"include\": [\"sub\",\n   \"gone.json\"]}\n");
        LoadResult r = DatasetLoader.load(f);
        assertEquals(List.of(f + ":2:14: included file 'sub' is a folder (" + dir.resolve("sub") + "); name a JSON file",
                f + ":3:4: included file 'gone.json' does not exist (looked for " + dir.resolve("gone.json") + ")"),
                errors(r));
    }

    private static List<String> warnings(LoadResult r) {
        return r.warnings().stream().map(Problem::format).toList();
    }

    @Test
    void oneCodeOnTwoBodiesAtOverlappingTimesIsAWarningAtTheLaterValue() throws IOException {
        String a = "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ccg\", \"sources\": [\"s\"], \"to\": \"2020-03-31\","
                + " \"codes\": [{\"scheme\": \"ODS\", \"value\": \"01A\"}]}";
        String b = "{\"id\": \"b\", \"name\": \"B\", \"kind\": \"ccg\", \"sources\": [\"s\"], \"from\": \"2019-04-01\","
                + " \"codes\": [{\"scheme\": \"ods\", \"value\": \"01A\"}]}";
        Path f = withBodies(a, b,
                "{\"id\": \"c\", \"name\": \"C\", \"kind\": \"ccg\", \"sources\": [\"s\"],"
                        + " \"codes\": [{\"scheme\": \"ODS\", \"value\": \"02B\", \"to\": \"2015-03-31\"}]}",
                "{\"id\": \"d\", \"name\": \"D\", \"kind\": \"ccg\", \"sources\": [\"s\"],"
                        + " \"codes\": [{\"scheme\": \"ODS\", \"value\": \"02B\", \"from\": \"2015-04-01\"},"
                        + " {\"scheme\": \"ONS\", \"value\": \"01A\"}]}");
        LoadResult r = DatasetLoader.load(f);
        assertTrue(r.ok(), () -> errors(r).toString());
        assertEquals(List.of(f + ":6:" + col(b, "\"01A\"") + ": warning: code ODS 01A of 'b' is also the code of 'a' (at "
                + f + ":5:" + col(a, "\"01A\"") + ") at overlapping times (1 April 2019 to 31 March 2020); a code"
                + " should identify one body at a time, so give one of them dates (\"from\"/\"to\") on the code or"
                + " the body"), warnings(r), "02B follows on without overlap, and ONS 01A is another scheme's code");
    }

    @Test
    void aCodeAddedByAnAmendmentIsComparedWithTheAmendedBodysLifetime() throws IOException {
        String line3 = "  {\"id\": \"b\", \"name\": \"B\", \"kind\": \"x\", \"sources\": [\"s\"], \"codes\": [{\"scheme\": \"ODS\","
                + " \"value\": \"X1\"}]}],";
        String line4 = " \"amend\": [{\"id\": \"a\", \"codes\": [{\"scheme\": \"ODS\", \"value\": \"X1\"}]}]}";
        Path f = dir.resolve("main.json");
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\", \"sources\": [{\"id\": \"s\", \"title\": \"S\"}],\n"
                + " \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"x\", \"sources\": [\"s\"]},\n"
                + line3 + "\n" + line4 + "\n");
        LoadResult r = DatasetLoader.load(f);
        assertEquals(List.of(f + ":4:" + (line4.indexOf("\"X1\"") + 1) + ": warning: code ODS X1 of 'a' is also the code"
                + " of 'b' (at " + f + ":3:" + (line3.indexOf("\"X1\"") + 1) + ") at the same time; a code should"
                + " identify one body at a time, so give one of them dates (\"from\"/\"to\") on the code or the body"),
                warnings(r));
    }

    @Test
    void anUnknownRelationshipTypeIsAWarningAtTheType() throws IOException {
        String a = "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ccg\", \"sources\": [\"s\"], \"relationships\":"
                + " [{\"type\": \"oversees\", \"target\": \"b\"}, {\"type\": \"oversee\", \"target\": \"b\"}]}";
        Path f = withBodies(a, "{\"id\": \"b\", \"name\": \"B\", \"kind\": \"ccg\", \"sources\": [\"s\"]}");
        LoadResult r = DatasetLoader.load(f);
        assertTrue(r.ok(), () -> errors(r).toString());
        List<String> w = warnings(r);
        assertEquals(1, w.size(), w::toString);
        assertTrue(w.get(0).startsWith(f + ":5:" + col(a, "\"oversee\"") + ": warning: 'type' of relationship 2 of"
                + " body 'a' is 'oversee', which is not a known relationship type"), w::toString);
    }

    @Test
    void aDocumentFileMissingFromTheDocumentsFolderIsAWarning() throws IOException {
        Files.createDirectories(dir.resolve("documents/reports"));
        Files.writeString(dir.resolve("documents/reports/audit.pdf"), "%PDF-1.4");
        String a = "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ccg\", \"sources\": [\"s\"], \"documents\": ["
                + "{\"title\": \"T1\", \"file\": \"reports/audit.pdf\"}, {\"title\": \"T2\", \"file\": \"reports\\\\gone.pdf\"}]}";
        Path f = withBodies(a);
        LoadResult r = DatasetLoader.load(f);
        assertTrue(r.ok(), () -> errors(r).toString());
        assertEquals(List.of(f + ":5:" + col(a, "\"reports\\") + ": warning: 'file' of document 2 of body 'a' names"
                + " 'reports\\gone.pdf', but there is no such file in the documents folder " + dir.resolve("documents")
                + "; the document cannot be opened until it is there"), warnings(r));
    }

    @Test
    void everyUnsafeDocumentEntryIsAnErrorAtItsValue() throws IOException {
        String[] files = {"../secret.pdf", "/etc/passwd.txt", "C:\\\\Windows\\\\x.pdf", "\\\\\\\\server\\\\share\\\\x.pdf",
            "file:///etc/passwd", "run.exe", "install.sh", "report.PDF.EXE", "report.pdf.", "notes"};
        String[] urls = {"file:///etc/passwd", "jar:file:/x.jar!/a.class", "javascript:alert(1)", "data:text/html,x",
            "ftp://example.org/x.pdf"};
        String[] lines = new String[files.length + urls.length];
        for (int i = 0; i < files.length; i++) {
            lines[i] = "{\"id\": \"f" + i + "\", \"name\": \"F\", \"kind\": \"x\", \"sources\": [\"s\"],"
                    + " \"documents\": [{\"title\": \"T\", \"file\": \"" + files[i] + "\"}]}";
        }
        for (int i = 0; i < urls.length; i++) {
            lines[files.length + i] = "{\"id\": \"u" + i + "\", \"name\": \"U\", \"kind\": \"x\", \"sources\": [\"s\"],"
                    + " \"documents\": [{\"title\": \"T\", \"url\": \"" + urls[i] + "\"}]}";
        }
        Path f = withBodies(lines);
        LoadResult r = DatasetLoader.load(f);
        for (int i = 0; i < files.length; i++) {
            assertHasError(r, f + ":" + (5 + i) + ":" + (col(lines[i], "\"file\": ") + 8) + ": ",
                    "'file' must be a path inside the dataset's documents folder");
        }
        for (int i = 0; i < urls.length; i++) {
            assertHasError(r, f + ":" + (5 + files.length + i) + ":"
                    + (col(lines[files.length + i], "\"url\": ") + 7) + ": ", "'url' must be a web address starting http:// or https://");
        }
        assertEquals(files.length + urls.length, r.errors().size(), () -> errors(r).toString());
    }

    @Test
    void aDocumentLinkLeadingOutOfTheDocumentsFolderIsAnError() throws IOException {
        Path outside = Files.writeString(dir.resolve("private.pdf"), "%PDF");
        Files.createDirectories(dir.resolve("documents"));
        Path link = dir.resolve("documents/report.pdf");
        try {
            Files.createSymbolicLink(link, outside);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            org.junit.jupiter.api.Assumptions.abort("this system does not let the test make a symbolic link: " + e);
        }
        String a = "{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ccg\", \"sources\": [\"s\"], \"documents\": ["
                + "{\"title\": \"T1\", \"file\": \"report.pdf\"}]}";
        Path f = withBodies(a);
        assertHasError(DatasetLoader.load(f), f + ":5:" + col(a, "\"report.pdf\"") + ": ", "'file' of document 1 of"
                + " body 'a' is 'report.pdf', which must not be opened: it leads outside the documents folder");
    }
}
