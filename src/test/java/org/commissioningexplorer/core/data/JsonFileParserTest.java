package org.commissioningexplorer.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileParserTest {

    @TempDir
    Path dir;

    private static List<Problem> parse(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Optional<Json> json = JsonFileParser.parse("f.json", new ByteArrayInputStream(bytes), problems);
        assertEquals(json.isEmpty(), problems.stream().anyMatch(Problem::isError), problems::toString);
        return problems;
    }

    private static List<Problem> parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String only(List<Problem> problems) {
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0).format();
    }

    /** Nothing of Jackson's wording (class names, settings, code points) reaches the trainer. */
    private static void assertPlain(String message) {
        for (String internal : List.of("StreamReadConstraints", "Jackson", "`", "exceeds the maximum", "code ")) {
            assertFalse(message.contains(internal), () -> "'" + internal + "' in " + message);
        }
    }

    @Test
    void columnsCountCharactersNotBytesAfterAccentsAndDashes() {
        // é is two bytes in UTF-8 and – three; the missing comma is at character 23 of line 2 (byte 26)
        String text = "{\n  \"title\": \"Café – x\" \"edition\": \"2024-01-01\"}\n";
        int column = text.split("\n")[1].indexOf("\"edition\"") + 1;
        assertEquals(23, column);
        assertTrue(only(parse(text)).startsWith("f.json:2:23: malformed JSON"), () -> parse(text).toString());
    }

    @Test
    void positionsOfValuesAfterNonAsciiTextCountCharacters() throws IOException {
        Path f = dir.resolve("d.json");
        Files.writeString(f, "{\"title\": \"Tŷ – é\", \"edition\": 2024}\n", StandardCharsets.UTF_8);
        LoadResult r = DatasetLoader.load(f);
        assertEquals(List.of(f + ":1:32: 'edition' of the dataset file must be a string, not a number"),
                r.errors().stream().map(Problem::format).toList());
    }

    @Test
    void aByteOrderMarkIsSkippedAndNotCounted() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write("{\"title\": \"T\", \"edition\": 42}\n".getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("bom.json");
        Files.write(f, bytes.toByteArray());
        LoadResult r = DatasetLoader.load(f);
        assertEquals(List.of(f + ":1:27: 'edition' of the dataset file must be a string, not a number"),
                r.errors().stream().map(Problem::format).toList());

        Files.write(f, ("\uFEFF{\"title\": \"T\", \"edition\": \"2024-01-01\"}").getBytes(StandardCharsets.UTF_8));
        LoadResult ok = DatasetLoader.load(f);
        assertTrue(ok.ok(), () -> ok.problems().toString());
        assertEquals("T", ok.dataset().orElseThrow().info().title());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyStart() {
        byte[] start = "{\n  \"title\": \"caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start.length + 3];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xE9; // é in Latin-1
        bytes[start.length + 1] = '"';
        bytes[start.length + 2] = '}';
        String e = only(parse(bytes));
        assertTrue(e.startsWith("f.json:2:16: "), e);
        assertTrue(e.contains("not UTF-8"), e);
    }

    @Test
    void deepNestingIsAPlainErrorWhereTheLimitIsReached() {
        String text = "{\"bodies\": " + "[".repeat(2000) + "]".repeat(2000) + "}";
        String e = only(parse(text));
        // '{' is level 1 and the first '[' (column 12) level 2, so the first '[' too deep is level 201
        int column = 12 + (JsonFileParser.MAX_DEPTH + 1 - 2);
        assertTrue(e.startsWith("f.json:1:" + column + ": "), e);
        assertTrue(e.contains("nested more than " + JsonFileParser.MAX_DEPTH + " levels"), e);
        assertPlain(e);
    }

    @Test
    void deepNestingOnManyLinesNamesTheLine() {
        String text = "{\"bodies\":\n" + "[\n".repeat(500) + "]\n".repeat(500) + "}";
        String e = only(parse(text));
        assertTrue(e.startsWith("f.json:" + (JsonFileParser.MAX_DEPTH + 1) + ":1: "), e);
    }

    @Test
    void aHugeNumberIsAPlainErrorOnItsLine() {
        String text = "{\n\"bodies\": [{\"membership\": [{\"count\": " + "9".repeat(5000) + "}]}]}";
        String e = only(parse(text));
        assertTrue(e.startsWith("f.json:2:"), e);
        assertTrue(e.contains("number is longer than " + JsonFileParser.MAX_NUMBER_LENGTH), e);
        assertPlain(e);
    }

    @Test
    void aHugeTextIsAPlainErrorAtItsStart() {
        String text = "{\n  \"summary\": \"" + "x".repeat(JsonFileParser.MAX_STRING_LENGTH + 1) + "\"}";
        String e = only(parse(text));
        assertTrue(e.startsWith("f.json:2:14: "), e);
        assertTrue(e.contains("text is longer than"), e);
        assertPlain(e);
    }

    @Test
    void aHugeExponentIsReadWithoutTrouble() {
        assertEquals(List.of(), parse("{\"sizeKB\": 1e999999999, \"share\": 1e-999999999}"));
    }
}
