package org.commissioningexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dataset file is read only when it is a regular file, inside the dataset's folder after resolving links and
 * under the size limit; an include of the file itself, or of a name the file system cannot take, is an error at
 * the include; a parser message is in plain words.
 */
class ReadingOnlyWhatItShouldTest {

    @TempDir
    Path dir;

    private Path mainIncluding(String part) throws IOException {
        Path f = dir.resolve("main.json");
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\",\n \"include\": [\"" + part + "\"]}\n");
        return f;
    }

    private static List<String> errors(LoadResult r) {
        assertFalse(r.ok(), "should not load");
        return r.errors().stream().map(Problem::format).toList();
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            Assumptions.abort("this system does not let the test make a symbolic link: " + e);
        }
    }

    @Test
    void anIncludeThatLinksOutOfTheFolderIsRefusedAtTheInclude() throws IOException {
        Path outside = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-secret.json"), "{}");
        Path f = mainIncluding("part.json");
        link(dir.resolve("part.json"), outside);
        List<String> e = errors(DatasetLoader.load(f));
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).startsWith(f + ":2:14: included file 'part.json'"), e.toString());
        assertTrue(e.get(0).contains("leads out of the dataset's folder through a link"), e.toString());
        Files.delete(outside);
    }

    @Test
    void aDeviceOrPipeIsRefusedNotRead() throws IOException {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        Path f = mainIncluding("sub/part.json");
        Files.createDirectories(dir.resolve("sub"));
        link(dir.resolve("sub/part.json"), zero);
        List<String> e = errors(DatasetLoader.load(f));
        assertTrue(e.get(0).contains("is not read"), e.toString());
        // The main file itself: a device is not a regular file.
        List<String> main = errors(DatasetLoader.load(zero));
        assertTrue(main.get(0).contains("not a regular file"), main.toString());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        Path f = mainIncluding("big.json");
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.json").toFile(), "rw")) {
            big.setLength(JsonFileParser.MAX_FILE_BYTES + 1L); // sparse: no disk used
        }
        List<String> e = errors(DatasetLoader.load(f));
        assertTrue(e.get(0).contains("more than the 64 MB a dataset file may be"), e.toString());
    }

    @Test
    void aFileIncludingItselfOrANameWithNulIsAnErrorAtTheInclude() throws IOException {
        Path f = mainIncluding("main.json");
        List<String> e = errors(DatasetLoader.load(f));
        assertTrue(e.get(0).startsWith(f + ":2:14: 'main.json' is this file itself"), e.toString());
        assertTrue(e.get(0).contains("include cycle"), e.toString());
        Path other = dir.resolve("sub");
        Files.createDirectories(other);
        link(other.resolve("again.json"), f);
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\",\n \"include\": [\"sub/again.json\"]}\n");
        List<String> viaLink = errors(DatasetLoader.load(f));
        assertTrue(viaLink.get(0).contains("is the main file itself (an include cycle)"), viaLink.toString());
        Path g = mainIncluding("a\\u0000b.json");
        List<String> nul = errors(DatasetLoader.load(g));
        assertTrue(nul.get(0).startsWith(g + ":2:14: included file 'a\\0b.json' has a character a file name cannot "
                + "hold"), nul.toString());
    }

    @Test
    void aTruncatedFileIsOneErrorInPlainWordsAtTheCut() throws IOException {
        Path f = dir.resolve("cut.json");
        Files.writeString(f, "{\"title\": \"T\", \"edition\": \"2024-01-01\",\n \"bodies\": [\n  {\"id\": \"a\", \"name\"");
        List<String> e = errors(DatasetLoader.load(f));
        assertEquals(1, e.size(), e.toString());
        assertTrue(e.get(0).contains("the file ends"), e.toString());
        assertFalse(e.get(0).contains("REDACTED") || e.get(0).contains("Feature") || e.get(0).contains("marker"),
                e.toString());
    }

    @Test
    void parserMessagesAreTranslated() {
        assertEquals("the file ends before the object that starts at line 3, column 5 is closed. The file may be cut "
                + "short: check that it ends as it should, with '}'.", JsonMessages.plain("Unexpected end-of-input: "
                + "expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature."
                + "INCLUDE_SOURCE_IN_LOCATION` disabled); line: 3, column: 5])"));
        assertTrue(JsonMessages.plain("Unexpected character ('}' (code 125)): was expecting double-quote to start "
                + "field name").startsWith("expected a field name in double quotes here, not '}'"));
        assertTrue(JsonMessages.plain("Unrecognized token 'True': was expecting (JSON String, Number, Array, Object "
                + "or token 'null', 'true' or 'false')").startsWith("'True' is not a JSON value"));
        assertFalse(JsonMessages.plain("Something new (enable JsonReadFeature.X)").contains("JsonReadFeature"));
    }

    /** Errors come before warnings; lines and columns are right whatever the line ends (CR, CRLF or LF). */
    @Test
    void errorsComeFirstAndPositionsAreRightWithCrOrCrlf() throws IOException {
        for (String eol : List.of("\r", "\r\n", "\n")) {
            Path f = dir.resolve("eol" + eol.length() + eol.hashCode() + ".json");
            Files.writeString(f, "{\"title\": \"T\"," + eol + "\"edition\": \"2024-01-01\"," + eol + "\"bodies\": ["
                    + eol + " {\"id\": 5}" + eol + "]}" + eol);
            LoadResult r = DatasetLoader.load(f);
            List<String> all = r.problems().stream().map(Problem::format).toList();
            assertTrue(all.get(all.size() - 1).contains("warning:"), "the warning last: " + all);
            assertTrue(all.contains(f + ":4:9: 'id' of body 1 must be a string, not a number"), all.toString());
        }
    }
}
