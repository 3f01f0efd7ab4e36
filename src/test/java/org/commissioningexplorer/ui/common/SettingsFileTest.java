package org.commissioningexplorer.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings file never loses what the user had: atomic writes, damaged files kept aside, two copies merged. */
class SettingsFileTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aChangeIsWrittenAsJsonAndReadBack() throws IOException {
        SettingsFile s = SettingsFile.open(dir, null);
        s.put("window.width", "1200.0");
        s.put("doc.file", "C:\\Users\\x\\report.pdf");
        assertTrue(Files.readString(dir.resolve("settings.json")).contains("\"window.width\" : \"1200.0\""));
        SettingsFile again = SettingsFile.open(dir, null);
        assertEquals("C:\\Users\\x\\report.pdf", again.get("doc.file", null));
        again.remove("doc.file");
        assertNull(SettingsFile.open(dir, null).get("doc.file", null));
        assertFalse(files().contains("settings.json.tmp"), "no temporary file is left behind");
        assertNull(again.notice());
    }

    @Test
    void aDamagedFileIsKeptAsideNeverOverwrittenAndTheUserIsTold() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{\"window.width\": \"12");
        SettingsFile s = SettingsFile.open(dir, null);
        assertEquals(800.0, s.getDouble("window.width", 800.0), "defaults");
        assertTrue(s.notice().contains("kept aside as " + dir.resolve("settings.damaged-")), s.notice());
        Files.writeString(dir.resolve("settings.json"), "[1, 2]"); // damaged again, in the same second
        SettingsFile t = SettingsFile.open(dir, null);
        assertTrue(t.notice().contains("not a JSON object"), t.notice());
        List<String> aside = files().stream().filter(f -> f.startsWith("settings.damaged-")).toList();
        assertEquals(2, aside.size(), "both damaged files are kept: " + files());
        t.put("a", "b");
        assertEquals("b", SettingsFile.open(dir, null).get("a", null));
    }

    @Test
    void nonsenseNumbersAreIgnored() {
        SettingsFile s = SettingsFile.open(dir, null);
        s.put("window.width", "NaN");
        s.put("window.height", "Infinity");
        assertEquals(1200.0, s.getDouble("window.width", 1200.0));
        assertEquals(780.0, s.getDouble("window.height", 780.0));
    }

    /** While another copy holds the lock, a change waits briefly, then is written anyway: never lost, never stuck. */
    @Test
    void aLockHeldElsewhereNeitherBlocksNorLosesAChange() throws IOException {
        SettingsFile s = SettingsFile.open(dir, null);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(dir.resolve("settings.json.lock"),
                java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock held = ch.lock()) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> s.put("asAt", "2021-04-01"));
            assertTrue(held.isValid());
        }
        assertEquals("2021-04-01", SettingsFile.open(dir, null).get("asAt", null));
    }

    /** A file that cannot be read at all is not damage: it is left where it is, never renamed aside. */
    @Test
    void aFileThatCannotBeReadIsLeftAlone() throws IOException {
        Files.createDirectory(dir.resolve("settings.json")); // reading it fails with an I/O error
        SettingsFile s = SettingsFile.open(dir, null);
        assertTrue(Files.isDirectory(dir.resolve("settings.json")));
        assertTrue(files().stream().noneMatch(f -> f.startsWith("settings.damaged-")), files().toString());
        assertTrue(s.notice().contains("defaults are used this time"), s.notice());
    }

    @Test
    void twoCopiesOfTheAppKeepEachOthersChanges() {
        SettingsFile first = SettingsFile.open(dir, null);
        SettingsFile second = SettingsFile.open(dir, null);
        first.put("asAt", "2019-04-01");
        second.put("window.width", "1000.0"); // merged into what the first wrote, not over it
        SettingsFile after = SettingsFile.open(dir, null);
        assertEquals("2019-04-01", after.get("asAt", null));
        assertEquals("1000.0", after.get("window.width", null));
    }

    @Test
    void whatJavaPreferencesHeldIsCopiedInOnce() throws Exception {
        Preferences legacy = Preferences.userRoot().node("org/commissioningexplorer/test-migration-" + System.nanoTime());
        legacy.put("asAt", "2018-04-01");
        try {
            SettingsFile s = SettingsFile.open(dir, legacy);
            assertEquals("2018-04-01", s.get("asAt", null));
            s.put("asAt", "2020-01-01");
            legacy.put("asAt", "2017-01-01"); // later changes there are not copied again
            assertEquals("2020-01-01", SettingsFile.open(dir, legacy).get("asAt", null));
        } finally {
            legacy.removeNode();
        }
    }
}
