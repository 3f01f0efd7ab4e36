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
}
