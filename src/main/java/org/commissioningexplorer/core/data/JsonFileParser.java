package org.commissioningexplorer.core.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON file into a {@link Json} tree that keeps line and column of every value. Jackson's
 * streaming parser does the reading; databind is not used because it forgets positions and stops at the
 * first problem, where a trainer needs to see every problem with its place.
 */
public final class JsonFileParser {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonFileParser() {
    }

    /**
     * Parses one file. Malformed JSON or a repeated field adds an error to {@code problems}; malformed
     * JSON yields empty, because nothing after the break can be trusted.
     */
    public static Optional<Json> parse(String fileName, InputStream in, List<Problem> problems) {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(error(Position.ofFile(fileName), "the file is empty; a dataset file holds one JSON object"));
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
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            Position at = loc == null ? Position.ofFile(fileName) : pos(fileName, loc);
            problems.add(error(at, "malformed JSON: " + e.getOriginalMessage().lines().findFirst().orElse("")));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(error(Position.ofFile(fileName), "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
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
