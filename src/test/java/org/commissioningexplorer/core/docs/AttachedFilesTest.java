package org.commissioningexplorer.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files located by hand for documents: remembered, forgotten, kept across instances over one store. */
class AttachedFilesTest {

    @TempDir
    Path dir;

    /** A store like the user's settings: a map that outlives the AttachedFiles that use it. */
    static final class MapStore implements AttachedFiles.Store {
        final Map<String, String> map = new HashMap<>();

        @Override
        public String get(String key) {
            return map.get(key);
        }

        @Override
        public void put(String key, String value) {
            map.put(key, value);
        }

        @Override
        public void remove(String key) {
            map.remove(key);
        }
    }

    private static final String KEY = "ccg-06W-audit-committee|Audit Committee Terms of Reference";

    @Test
    void attachRemembersTheFileAndForgetRemovesIt() throws IOException {
        Path pdf = Files.writeString(dir.resolve("audit.pdf"), "%PDF");
        MapStore store = new MapStore();
        AttachedFiles files = new AttachedFiles(store);
        assertTrue(files.lookup(KEY).isEmpty());

        assertEquals(Optional.empty(), files.attach(KEY, pdf));
        AttachedFiles.Located located = files.lookup(KEY).orElseThrow();
        assertEquals(pdf.toAbsolutePath(), located.path());
        assertTrue(located.usable());
        assertTrue(files.lookup("ccg-06W|Other document").isEmpty(), "only that document");

        files.forget(KEY);
        assertTrue(files.lookup(KEY).isEmpty());
        assertTrue(store.map.isEmpty(), "nothing is left in the store");
    }

    @Test
    void aNewInstanceOverTheSameStoreSeesTheLink() throws IOException {
        Path pdf = Files.writeString(dir.resolve("finance.pdf"), "%PDF");
        MapStore store = new MapStore();
        new AttachedFiles(store).attach(KEY, pdf);

        assertEquals(pdf.toAbsolutePath(), new AttachedFiles(store).lookup(KEY).orElseThrow().path());
        new AttachedFiles(store).forget(KEY);
        assertTrue(new AttachedFiles(store).lookup(KEY).isEmpty());
    }

    @Test
    void storageKeysFitJavaPrefsForLongTitles() {
        String longKey = "ccg-06W-primary-care-committee|" + "A very long title ".repeat(20);
        String stored = AttachedFiles.storageKey(longKey);
        assertTrue(stored.length() <= 80, stored);
        assertTrue(stored.startsWith(AttachedFiles.PREFIX));
        assertEquals(stored, AttachedFiles.storageKey(longKey), "the same document, the same key");
        assertFalse(stored.equals(AttachedFiles.storageKey(longKey + "x")));
    }

    @Test
    void programsAndFoldersAreRefused() throws IOException {
        MapStore store = new MapStore();
        AttachedFiles files = new AttachedFiles(store);
        Path exe = Files.writeString(dir.resolve("report.PDF.exe"), "MZ");
        Optional<String> why = files.attach(KEY, exe);
        assertTrue(why.isPresent() && why.get().contains(".exe"), why::toString);
        assertTrue(files.attach(KEY, dir).orElseThrow().contains("folder"));
        assertTrue(files.attach(KEY, dir.resolve("gone.pdf")).orElseThrow().contains("no longer"));
        assertTrue(store.map.isEmpty(), "nothing refused is remembered");
    }

    @Test
    void aLocatedFileThatHasGoneIsReportedNotOpened() throws IOException {
        Path pdf = Files.writeString(dir.resolve("council.pdf"), "%PDF");
        AttachedFiles files = new AttachedFiles(new MapStore());
        files.attach(KEY, pdf);
        Files.delete(pdf);

        AttachedFiles.Located located = files.lookup(KEY).orElseThrow();
        assertFalse(located.usable());
        assertTrue(located.problem().contains("council.pdf") && located.problem().contains("Locate file"),
                located.problem());
    }
}
