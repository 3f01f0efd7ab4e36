package org.commissioningexplorer.core.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.commissioningexplorer.core.AppLog;
import org.commissioningexplorer.core.notes.NotesStore.Damage;
import org.commissioningexplorer.core.notes.NotesStore.Reason;

/**
 * Reads {@code notes.json} at start-up without ever losing what it holds: a file that is not notes, or holds notes
 * that cannot be read, is renamed aside ({@code notes.damaged-20261202-031500.json}, never over an earlier one);
 * a file that cannot be opened, or set aside, is left where it is and marked not to be written over.
 */
final class NotesFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The notes read, what was wrong (or null), and whether the file may be written this session. */
    record Read(List<Note> notes, Damage damage, boolean writable) {
    }

    private NotesFile() {
    }

    static Read read(Path file, Clock clock) {
        if (!Files.exists(file)) {
            return new Read(List.of(), null, true);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            // Not damage: the file may be fine and only locked. Leave it, and write nothing over it.
            AppLog.error("Notes could not be read from " + file + "; none are saved this session", e);
            return new Read(List.of(), new Damage(Reason.UNREADABLE_FILE, file, 0, String.valueOf(e.getMessage())),
                    false);
        }
        List<Note> notes = List.of();
        Reason reason;
        int unreadable = 0;
        try {
            NotesJson.Parsed parsed = NotesJson.parse(text);
            notes = parsed.notes().stream().filter(n -> !n.isEmpty()).toList();
            if (parsed.unreadable() == 0) {
                return new Read(notes, null, true);
            }
            reason = Reason.SOME_UNREADABLE;
            unreadable = parsed.unreadable();
        } catch (NotNotesException e) {
            reason = e.flaw() == NotNotesException.Flaw.NOT_JSON ? Reason.NOT_JSON : Reason.NOT_NOTES;
        }
        return setAside(file, clock, notes, reason, unreadable);
    }

    private static Read setAside(Path file, Clock clock, List<Note> notes, Reason reason, int unreadable) {
        String base = "notes.damaged-" + LocalDateTime.now(clock).format(STAMP);
        Path aside = file.resolveSibling(base + ".json");
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(base + "-" + n + ".json");
        }
        try {
            Files.move(file, aside);
            AppLog.info("The notes file could not be read (" + reason + "); it was kept aside as " + aside);
            return new Read(notes, new Damage(reason, aside, unreadable, ""), true);
        } catch (IOException e) {
            AppLog.error("The damaged notes file " + file + " could not be set aside; none are saved", e);
            return new Read(notes, new Damage(reason, file, unreadable, String.valueOf(e.getMessage())), false);
        }
    }
}
