package org.commissioningexplorer.core.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON file into a {@link Json} tree that keeps line and column of every value. Jackson's
 * streaming parser does the reading; databind is not used because it forgets positions and stops at the
 * first problem, where a trainer needs to see every problem with its place.
 *
 * <p>Files are UTF-8 (a leading byte-order mark is skipped). Lines and columns count characters, as
 * editors do, not bytes.
 */
public final class JsonFileParser {

    /** The largest dataset file read: far above the bundled files (1.3 MB) and a 100,000-body test dataset. */
    static final int MAX_FILE_BYTES = 64 << 20;
    /** Deeper than any dataset needs (about six levels), shallow enough to stop a hostile file early. */
    static final int MAX_DEPTH = 200;
    /** Digits in one number: counts and sizes need a handful. */
    static final int MAX_NUMBER_LENGTH = 1000;
    /** Characters in one text value or field name. */
    static final int MAX_STRING_LENGTH = 1_000_000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_STRING_LENGTH)
                    .build())
            .build();

    private JsonFileParser() {
    }

    /**
     * Parses one file. Malformed JSON or a repeated field adds an error to {@code problems}; malformed
     * JSON yields empty, because nothing after the break can be trusted.
     */
    public static Optional<Json> parse(String fileName, InputStream in, List<Problem> problems) {
        char[] text;
        try {
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                problems.add(error(Position.ofFile(fileName), "the file is more than " + (MAX_FILE_BYTES >> 20)
                        + " MB, the most a dataset file may be; split it into several included files"));
                return Optional.empty();
            }
            text = decode(fileName, bytes, problems);
        } catch (IOException e) {
            problems.add(error(Position.ofFile(fileName), "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
        if (text == null) {
            return Optional.empty();
        }
        int start = text.length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        JsonParser p = null;
        try {
            p = FACTORY.createParser(text, start, text.length - start);
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(error(Position.ofFile(fileName),
                        "the file is empty; a dataset file holds one JSON object"));
                return Optional.empty();
            }
            Json value = read(p, fileName, problems);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                problems.add(error(pos(fileName, p.currentTokenLocation()),
                        "unexpected content after the end of the top-level JSON value"));
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (StreamConstraintsException e) {
            problems.add(limitExceeded(fileName, p, e));
            return Optional.empty();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
            Position at = loc == null ? Position.ofFile(fileName) : pos(fileName, loc);
            problems.add(error(at, "malformed JSON: " + JsonMessages.plain(e.getOriginalMessage())));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(error(Position.ofFile(fileName), "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // reading from memory: nothing to release
                }
            }
        }
    }

    /** The file's characters, or null after reporting where it stops being UTF-8. */
    private static char[] decode(String fileName, byte[] bytes, List<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else if (i > 0 || out.get(i) != '\uFEFF') {
                    column++;
                }
            }
            problems.add(error(new Position(fileName, line, column),
                    "the file is not UTF-8 text from here on; save it with the UTF-8 encoding"));
            return null;
        }
        out.flip();
        char[] chars = new char[out.remaining()];
        out.get(chars);
        return chars;
    }

    /** A Jackson read limit, in plain words, at the place the parser had reached. */
    private static Problem limitExceeded(String fileName, JsonParser p, StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String message;
        boolean atToken = true;
        if (m.contains("nesting depth")) {
            message = "lists and objects are nested more than " + MAX_DEPTH
                    + " levels deep here; a dataset needs only a few levels";
        } else if (m.startsWith("Number")) {
            message = "this number is longer than " + MAX_NUMBER_LENGTH + " characters";
            atToken = false;
        } else if (m.startsWith("String")) {
            message = "this text is longer than " + MAX_STRING_LENGTH + " characters";
        } else if (m.startsWith("Name")) {
            message = "this field name is longer than " + MAX_STRING_LENGTH + " characters";
        } else {
            message = "the file is too large to read";
            atToken = false;
        }
        Position at = p == null ? Position.ofFile(fileName)
                : pos(fileName, atToken ? p.currentTokenLocation() : p.currentLocation());
        return error(at, message);
    }

    private static Json read(JsonParser p, String file, List<Problem> problems) throws IOException {
        Position at = pos(file, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Json.Member> members = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Position keyAt = pos(file, p.currentTokenLocation());
                    p.nextToken();
                    Json value = read(p, file, problems);
                    Json.Member earlier = members.get(key);
                    if (earlier != null) {
                        problems.add(error(keyAt, "field '" + key + "' appears twice in this object (first at line "
                                + earlier.keyPosition().line() + "); remove one"));
                    } else {
                        members.put(key, new Json.Member(key, keyAt, value));
                    }
                }
                return new Json.Obj(members, at);
            }
            case START_ARRAY: {
                List<Json> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file, problems));
                }
                return new Json.Arr(items, at);
            }
            case VALUE_STRING:
                return new Json.Str(p.getText(), at);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Json.Num(p.getDecimalValue(), at);
            case VALUE_TRUE:
                return new Json.Bool(true, at);
            case VALUE_FALSE:
                return new Json.Bool(false, at);
            case VALUE_NULL:
                return new Json.Null(at);
            default:
                throw new IllegalStateException("unexpected token " + t + " at " + at);
        }
    }

    private static Position pos(String file, JsonLocation loc) {
        return new Position(file, Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    private static Problem error(Position at, String message) {
        return new Problem(Problem.Severity.ERROR, at, message);
    }
}
