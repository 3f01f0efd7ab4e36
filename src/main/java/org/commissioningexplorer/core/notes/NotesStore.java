package org.commissioningexplorer.core.notes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.commissioningexplorer.core.AppLog;
import org.commissioningexplorer.core.AtomicFile;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;

/**
 * The trainer's notes and stars, by body id, kept in {@code notes.json} in the user's config folder. Nothing the
 * user wrote is lost:
 * <ul>
 * <li>each change is written atomically ({@link AtomicFile}): a killed app leaves the old file or the new one;</li>
 * <li>a file that cannot be read as notes is renamed aside ({@link NotesFile}), never
 *     overwritten, and {@link #damage()} says where; the notes that could be read are used;</li>
 * <li>a file that cannot be opened at all (locked by backup software) is left alone, and nothing is written
 *     over it this session;</li>
 * <li>notes are kept by id, so they survive a new copy of the dataset; one whose body is gone is kept and
 *     listed under the name it was saved with.</li>
 * </ul>
 * Used from one thread (the UI's).
 */
public final class NotesStore {

    /** Why the notes file was not read as it stood. */
    public enum Reason { NOT_JSON, NOT_NOTES, SOME_UNREADABLE, UNREADABLE_FILE }

    /** What happened to a notes file that could not be read: {@code keptAside} is where it is now. */
    public record Damage(Reason reason, Path keptAside, int unreadable, String error) {
    }

    /** What an import did: notes new here, notes replaced by newer ones, notes left as they were. */
    public record ImportResult(int added, int updated, int unchanged) {
    }

    private final Path file;
    private final Clock clock;
    private final AtomicFile.Mover mover;
    private final Map<String, Note> notes = new TreeMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Damage damage;
    private boolean writable = true;
    private IOException lastSaveError;

    private NotesStore(Path file, Clock clock, AtomicFile.Mover mover) {
        this.file = file;
        this.clock = clock;
        this.mover = mover;
    }

    /** The notes in {@code dir/notes.json}, read now. */
    public static NotesStore open(Path dir) {
        return open(dir, Clock.systemUTC(), AtomicFile.ATOMIC);
    }

    /** As {@link #open(Path)}, with the clock that stamps changes and the last step of each write given. */
    public static NotesStore open(Path dir, Clock clock, AtomicFile.Mover mover) {
        NotesStore s = new NotesStore(dir.resolve("notes.json"), clock, mover);
        NotesFile.Read read = NotesFile.read(s.file, clock);
        read.notes().forEach(n -> s.notes.put(n.id(), n));
        s.damage = read.damage();
        s.writable = read.writable();
        if (s.damage != null && s.writable && !s.notes.isEmpty()) {
            // The damaged file went aside: write the notes that could be read at once, so they are there at the next
            // start even if nothing changes in this one.
            s.save();
        }
        return s;
    }

    /**
     * The notes as they are on disk, for a command that only reads them: a damaged file is left where it is (the
     * window sets it aside when it next opens) and nothing is ever written.
     */
    public static NotesStore readOnly(Path dir) {
        NotesStore s = inMemory();
        try {
            NotesJson.parse(Files.readString(dir.resolve("notes.json"), java.nio.charset.StandardCharsets.UTF_8))
                    .notes().forEach(n -> s.notes.put(n.id(), n));
        } catch (IOException | NotNotesException | RuntimeException e) {
            // No notes file, or one the window will deal with: no notes to read.
        }
        return s;
    }

    /** Notes kept in memory only (tests, measurements). */
    public static NotesStore inMemory() {
        return new NotesStore(null, Clock.systemUTC(), AtomicFile.ATOMIC);
    }

    /** The file the notes are kept in, or null when they are kept in memory only. */
    public Path file() {
        return file;
    }

    /** What was wrong with the notes file when it was read, if anything. */
    public Optional<Damage> damage() {
        return Optional.ofNullable(damage);
    }

    /** The error of the last write that failed, or null when the notes on disk are up to date. */
    public IOException lastSaveError() {
        return lastSaveError;
    }

    /** Called after every change (and import). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public Optional<Note> get(String id) {
        return Optional.ofNullable(id == null ? null : notes.get(id));
    }

    /** Every note and star, by the name it was saved with. */
    public List<Note> all() {
        List<Note> out = new ArrayList<>(notes.values());
        out.sort(Comparator.comparing((Note n) -> n.name().toLowerCase(Locale.ROOT)).thenComparing(Note::id));
        return out;
    }

    /** Sets the note on a body ("" removes it; the star stays). */
    public void setText(Body body, String text) {
        Note now = notes.get(body.id());
        change(body, text, now != null && now.starred());
    }

    public void setStarred(Body body, boolean starred) {
        Note now = notes.get(body.id());
        change(body, now == null ? "" : now.text(), starred);
    }

    /** Stars an unstarred body, unstars a starred one; true when it is starred now. */
    public boolean toggleStar(Body body) {
        boolean on = !get(body.id()).map(Note::starred).orElse(false);
        setStarred(body, on);
        return on;
    }

    /** Removes the note and star kept under {@code id} (an orphan the user no longer wants). */
    public void remove(String id) {
        if (notes.remove(id) != null) {
            changed();
        }
    }

    /**
     * The notes whose text holds every word of {@code query}, ignoring case: the few a trainer writes are read
     * through, no index needed.
     */
    public List<Note> search(String query) {
        String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return List.of();
        }
        List<Note> out = new ArrayList<>();
        for (Note n : all()) {
            String text = n.text().toLowerCase(Locale.ROOT);
            boolean all = true;
            for (String w : words) {
                all &= text.contains(w);
            }
            if (all && n.hasText()) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * A dataset opened: notes on bodies it has take their current name and code (so a renamed body's note shows
     * the new name, and keeps it if the body later goes). Notes on bodies it lacks are kept as they are.
     */
    public void seen(Dataset dataset) {
        boolean any = false;
        for (Map.Entry<String, Note> e : notes.entrySet()) {
            Optional<Body> b = dataset.body(e.getKey());
            if (b.isPresent()) {
                Note n = e.getValue();
                String code = b.get().primaryCode().orElse("");
                if (!n.name().equals(b.get().name()) || !n.code().equals(code)) {
                    e.setValue(n.seenAs(b.get().name(), code));
                    any = true;
                }
            }
        }
        if (any) {
            changed();
        }
    }

    /** Writes every note to {@code target} (to carry to another computer), atomically. */
    public void exportTo(Path target) throws IOException {
        AtomicFile.write(target, NotesJson.write(notes.values()), mover);
    }

    /** Merges the notes of an exported file: a body's note is replaced only by a newer one. */
    public ImportResult importFrom(Path source) throws IOException, NotNotesException {
        NotesJson.Parsed parsed = NotesJson.parse(Files.readString(source, StandardCharsets.UTF_8));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Note n : parsed.notes()) {
            Note mine = notes.get(n.id());
            if (n.isEmpty()) {
                continue;
            }
            if (mine == null) {
                notes.put(n.id(), n);
                added++;
            } else if (n.updated().isAfter(mine.updated())) {
                notes.put(n.id(), n);
                updated++;
            } else {
                unchanged++;
            }
        }
        if (added + updated > 0) {
            changed();
        }
        return new ImportResult(added, updated, unchanged);
    }

    private void change(Body body, String text, boolean starred) {
        Note n = new Note(body.id(), body.name(), body.primaryCode().orElse(""), text, starred, clock.instant());
        Note before = notes.get(body.id());
        if (before != null && before.text().equals(n.text()) && before.starred() == starred) {
            return;
        }
        if (n.isEmpty()) {
            notes.remove(body.id());
        } else {
            notes.put(body.id(), n);
        }
        changed();
    }

    private void changed() {
        save();
        listeners.forEach(Runnable::run);
    }

    private void save() {
        if (file == null || !writable) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, NotesJson.write(notes.values()), mover);
            lastSaveError = null;
        } catch (IOException | RuntimeException e) {
            // The change stays for this session; the next change tries again.
            lastSaveError = e instanceof IOException io ? io : new IOException(e);
            AppLog.error("Notes could not be written to " + file, e);
        }
    }
}
