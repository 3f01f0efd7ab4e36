package org.commissioningexplorer.core.notes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The notes file's form, the same for {@code notes.json} and for an exported copy:
 * <pre>{"format": "commissioning-explorer-notes", "version": 1,
 *  "notes": {"ccg-06W": {"name": "NHS Norwich CCG", "code": "06W", "note": "…", "starred": true,
 *                        "updated": "2026-12-02T03:00:00Z"}}}</pre>
 */
final class NotesJson {

    static final String FORMAT = "commissioning-explorer-notes";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The notes read, and how many entries could not be read as notes. */
    record Parsed(List<Note> notes, int unreadable) {
    }

    private NotesJson() {
    }

    static Parsed parse(String text) throws NotNotesException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new NotNotesException(NotNotesException.Flaw.NOT_JSON);
        }
        if (!(root instanceof ObjectNode o) || !FORMAT.equals(o.path("format").asText())
                || !(o.get("notes") instanceof ObjectNode notes)) {
            throw new NotNotesException(NotNotesException.Flaw.NOT_NOTES);
        }
        List<Note> out = new ArrayList<>();
        int unreadable = 0;
        Iterator<Map.Entry<String, JsonNode>> it = notes.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Note n = note(e.getKey(), e.getValue());
            if (n == null) {
                unreadable++;
            } else {
                out.add(n);
            }
        }
        return new Parsed(out, unreadable);
    }

    private static Note note(String id, JsonNode v) {
        if (id.isBlank() || !(v instanceof ObjectNode o) || !o.path("note").isTextual()
                || !o.path("starred").isBoolean()) {
            return null;
        }
        Instant updated;
        try {
            updated = Instant.parse(o.path("updated").asText(""));
        } catch (DateTimeParseException e) {
            return null;
        }
        return new Note(id, o.path("name").asText(""), o.path("code").asText(""), o.path("note").asText(),
                o.path("starred").asBoolean(), updated);
    }

    static byte[] write(Collection<Note> notes) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ObjectNode all = root.putObject("notes");
        notes.stream().sorted(Comparator.comparing(Note::id)).forEach(n -> {
            ObjectNode o = all.putObject(n.id());
            o.put("name", n.name());
            o.put("code", n.code());
            o.put("note", n.text());
            o.put("starred", n.starred());
            o.put("updated", n.updated().toString());
        });
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Notes could not be written as JSON", e);
        }
    }
}
