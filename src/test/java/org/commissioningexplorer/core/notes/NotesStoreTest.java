package org.commissioningexplorer.core.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commissioningexplorer.core.AtomicFile;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Code;
import org.commissioningexplorer.core.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesStoreTest {

    @TempDir
    Path dir;

    private static Body body(String id, String name, String ods) {
        return new Body(id, name, "ccg", List.of(new Code("ODS", ods, null)), null, null, "", List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static final Body NORWICH = body("ccg-06W", "NHS Norwich CCG", "06W");
    private static final Body NORFOLK = body("ccg-26A", "NHS Norfolk and Waveney CCG", "26A");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private NotesStore open(String instant) {
        return NotesStore.open(dir, at(instant), AtomicFile.ATOMIC);
    }

    @Test
    void notesAndStarsComeBackAfterARestart() {
        NotesStore s = open("2026-12-01T10:00:00Z");
        s.setText(NORWICH, "  Ask about the dental commissioning slide.  ");
        assertTrue(s.toggleStar(NORFOLK));
        s.setStarred(NORWICH, true);

        NotesStore again = open("2026-12-02T10:00:00Z");
        assertTrue(again.damage().isEmpty());
        Note n = again.get("ccg-06W").orElseThrow();
        assertEquals("Ask about the dental commissioning slide.", n.text());
        assertTrue(n.starred());
        assertEquals("NHS Norwich CCG", n.name());
        assertEquals("06W", n.code());
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), n.updated());
        assertTrue(again.get("ccg-26A").orElseThrow().starred());
        assertEquals(2, again.all().size());
    }

    @Test
    void anEmptyUnstarredNoteIsRemoved() {
        NotesStore s = open("2026-12-01T10:00:00Z");
        s.setText(NORWICH, "Chair changed");
        s.setText(NORWICH, "   ");
        assertTrue(s.get("ccg-06W").isEmpty());
        assertTrue(open("2026-12-01T11:00:00Z").all().isEmpty());
    }

    @Test
    void aDamagedFileIsKeptAsideReportedAndNeverOverwritten() throws IOException {
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "{\"format\": \"commissioning-explorer-notes\", \"notes\": {\"ccg-06W\": {\"no");
        NotesStore s = open("2026-12-02T03:15:00Z");

        NotesStore.Damage d = s.damage().orElseThrow();
        assertEquals(NotesStore.Reason.NOT_JSON, d.reason());
        assertEquals(dir.resolve("notes.damaged-20261202-031500.json"), d.keptAside());
        assertTrue(s.all().isEmpty());
        s.setText(NORWICH, "A new note");
        // The damaged text is still there, byte for byte, beside the fresh file.
        assertTrue(Files.readString(d.keptAside()).endsWith("{\"no"));
        assertEquals("A new note", open("2026-12-02T03:16:00Z").get("ccg-06W").orElseThrow().text());

        // A second damaged file on the same second does not take the first one's name.
        Files.writeString(file, "[1, 2, 3]");
        NotesStore.Damage second = open("2026-12-02T03:15:00Z").damage().orElseThrow();
        assertEquals(NotesStore.Reason.NOT_NOTES, second.reason());
        assertEquals(dir.resolve("notes.damaged-20261202-031500-2.json"), second.keptAside());
        assertTrue(Files.readString(d.keptAside()).endsWith("{\"no"));
    }

    @Test
    void aFileWithSomeUnreadableNotesKeepsTheOthersInUseAndTheWholeFileAside() throws IOException {
        Files.writeString(dir.resolve("notes.json"), """
                {"format": "commissioning-explorer-notes", "version": 1, "notes": {
                  "ccg-06W": {"name": "NHS Norwich CCG", "code": "06W", "note": "Good", "starred": false,
                              "updated": "2026-12-01T10:00:00Z"},
                  "ccg-26A": {"name": "NHS Norfolk and Waveney CCG", "note": 42, "starred": true,
                              "updated": "yesterday"}}}
                """);
        NotesStore s = open("2026-12-02T03:15:00Z");
        NotesStore.Damage d = s.damage().orElseThrow();
        assertEquals(NotesStore.Reason.SOME_UNREADABLE, d.reason());
        assertEquals(1, d.unreadable());
        assertEquals("Good", s.get("ccg-06W").orElseThrow().text());
        assertTrue(Files.readString(d.keptAside()).contains("yesterday"));
        assertEquals("Good", open("2026-12-02T03:16:00Z").get("ccg-06W").orElseThrow().text(),
                "the notes read are written back at once, so the next start has them with no change made");
    }

    @Test
    void readingOnlyLeavesADamagedFileWhereItIs() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.json"), "{\"no");
        assertTrue(NotesStore.readOnly(dir).all().isEmpty());
        assertEquals("{\"no", Files.readString(file), "not moved, not written");
    }

    @Test
    void aCrashBetweenWriteAndMoveLeavesTheOldFileWhole() throws IOException {
        NotesStore before = open("2026-12-01T10:00:00Z");
        before.setText(NORWICH, "The note as it was");
        Path file = dir.resolve("notes.json");
        byte[] old = Files.readAllBytes(file);

        // The process "dies" after the temporary file is written and forced, before it is moved into place.
        NotesStore s = NotesStore.open(dir, at("2026-12-01T11:00:00Z"), (written, target) -> {
            throw new IOException("killed");
        });
        s.setText(NORWICH, "The note half saved when the power went");
        s.setText(NORFOLK, "Another");
        assertNotNull(s.lastSaveError());

        assertEquals(new String(old, StandardCharsets.UTF_8), Files.readString(file));
        NotesStore after = open("2026-12-01T12:00:00Z");
        assertTrue(after.damage().isEmpty());
        assertEquals("The note as it was", after.get("ccg-06W").orElseThrow().text());
        assertTrue(after.get("ccg-26A").isEmpty());
        // What was left is the temporary file only; the next save writes over it and moves it in.
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("notes.json", "notes.json.tmp"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        after.setText(NORFOLK, "Saved this time");
        assertEquals("Saved this time", open("2026-12-01T13:00:00Z").get("ccg-26A").orElseThrow().text());
        assertFalse(Files.exists(AtomicFile.temporaryFor(file)));
    }

    @Test
    void importMergesNewerWinsPerBodyAndCounts() throws Exception {
        Path laptop = dir.resolve("laptop");
        NotesStore other = NotesStore.open(laptop, at("2026-12-01T09:00:00Z"), AtomicFile.ATOMIC);
        other.setText(NORWICH, "Older, from the laptop");
        other.setText(NORFOLK, "Only on the laptop");
        NotesStore later = NotesStore.open(laptop, at("2026-12-03T09:00:00Z"), AtomicFile.ATOMIC);
        later.setText(body("icb-QMM", "NHS Norfolk and Waveney ICB", "QMM"), "Newer on the laptop");
        Path exported = dir.resolve("export").resolve("my-notes.json");
        Files.createDirectories(exported.getParent());
        later.exportTo(exported);

        NotesStore mine = open("2026-12-02T09:00:00Z");
        mine.setText(NORWICH, "Mine, newer");
        mine.setText(body("icb-QMM", "NHS Norfolk and Waveney ICB", "QMM"), "Mine, older");
        NotesStore.ImportResult r = mine.importFrom(exported);

        assertEquals(new NotesStore.ImportResult(1, 1, 1), r);
        assertEquals("Mine, newer", mine.get("ccg-06W").orElseThrow().text());
        assertEquals("Only on the laptop", mine.get("ccg-26A").orElseThrow().text());
        assertEquals("Newer on the laptop", mine.get("icb-QMM").orElseThrow().text());
        assertEquals("Newer on the laptop", open("2026-12-02T10:00:00Z").get("icb-QMM").orElseThrow().text());
    }

    @Test
    void importOfSomethingElseChangesNothing() throws IOException {
        NotesStore mine = open("2026-12-02T09:00:00Z");
        mine.setText(NORWICH, "Mine");
        Path notNotes = dir.resolve("settings.json");
        Files.writeString(notNotes, "{\"window.width\": \"800\"}");
        NotNotesException e = assertThrows(NotNotesException.class, () -> mine.importFrom(notNotes));
        assertEquals(NotNotesException.Flaw.NOT_NOTES, e.flaw());
        assertEquals(1, mine.all().size());
    }

    @Test
    void anOrphanIsKeptWithItsNameAndARenamedBodyTakesItsNewName() {
        NotesStore s = open("2026-12-01T10:00:00Z");
        s.setText(NORWICH, "Merged in 2020");
        s.setText(NORFOLK, "Renamed?");
        Body renamed = body("ccg-26A", "NHS Norfolk and Waveney CCG (renamed)", "26A");
        s.seen(new Dataset(null, List.of(renamed), Map.of(), Map.of()));

        NotesStore again = open("2026-12-02T10:00:00Z");
        Note orphan = again.get("ccg-06W").orElseThrow();
        assertEquals("NHS Norwich CCG", orphan.name());
        assertEquals("Merged in 2020", orphan.text());
        Note kept = again.get("ccg-26A").orElseThrow();
        assertEquals("NHS Norfolk and Waveney CCG (renamed)", kept.name());
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), kept.updated(), "a new name is not a change of the note");
    }

    @Test
    void searchFindsEveryWordIgnoringCase() {
        NotesStore s = NotesStore.inMemory();
        s.setText(NORWICH, "Ask the Chair about dental contracts");
        s.setText(NORFOLK, "Dental is delegated");
        s.setStarred(body("icb-QMM", "ICB", "QMM"), true);
        assertEquals(List.of("ccg-26A", "ccg-06W"), s.search("DENTAL").stream().map(Note::id).toList());
        assertEquals(List.of("ccg-06W"), s.search("chair dental").stream().map(Note::id).toList());
        assertTrue(s.search("  ").isEmpty());
        assertTrue(s.search("pharmacy").isEmpty());
    }
}
