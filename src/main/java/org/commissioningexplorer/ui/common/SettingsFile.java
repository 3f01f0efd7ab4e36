package org.commissioningexplorer.ui.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.commissioningexplorer.core.AppLog;

/**
 * The user's settings (window size and place, last date, files located for documents) as a JSON object of
 * strings in {@code settings.json} in the user's config folder. Nothing the user had is lost:
 * <ul>
 * <li>each change is written to a temporary file, forced to disk and moved over the old one, so a killed app
 *     leaves the old file or the new one, never half of one;</li>
 * <li>a file that cannot be read as settings is renamed aside with the time in its name (never over an earlier
 *     one), defaults are used, and {@link #notice()} says what was kept where;</li>
 * <li>two copies of the app running at once take turns through a lock file, and each write merges its change
 *     into what the file holds then, so neither undoes the other;</li>
 * <li>the settings the app kept in {@code java.util.prefs} before are copied in once, the first time.</li>
 * </ul>
 */
public final class SettingsFile implements Settings {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path file;
    private final Path lock;
    private final Map<String, String> values = new TreeMap<>();
    private String notice;

    private SettingsFile(Path file) {
        this.file = file;
        this.lock = file.resolveSibling(file.getFileName() + ".lock");
    }

    /** The settings in {@code dir/settings.json}, read now; {@code legacy} (may be null) is copied in once. */
    public static SettingsFile open(Path dir, Preferences legacy) {
        SettingsFile s = new SettingsFile(dir.resolve("settings.json"));
        try {
            Files.createDirectories(dir);
            s.locked(() -> {
                if (Files.exists(s.file)) {
                    s.values.putAll(s.readOrSetAside());
                } else if (legacy != null) {
                    s.values.putAll(migrate(legacy));
                    if (!s.values.isEmpty()) {
                        s.write(s.values);
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            AppLog.error("Settings could not be read from " + s.file + "; defaults are used", e);
            s.notice = Texts.format("settings.notice.unreadable", String.valueOf(e.getMessage()));
        }
        return s;
    }

    /** The user's settings in their config folder, with what java.util.prefs held copied in the first time. */
    public static SettingsFile user() {
        Preferences legacy = null;
        try {
            legacy = Preferences.userRoot().node("org/commissioningexplorer");
        } catch (RuntimeException e) {
            // no preferences store here: nothing to copy
        }
        return open(org.commissioningexplorer.core.AppDirs.configDir(), legacy);
    }

    @Override
    public synchronized String get(String key, String absent) {
        return values.getOrDefault(key, absent);
    }

    @Override
    public synchronized void put(String key, String value) {
        values.put(key, value);
        save(key, value);
    }

    @Override
    public synchronized void remove(String key) {
        values.remove(key);
        save(key, null);
    }

    @Override
    public String notice() {
        return notice;
    }

    /** The file the settings are kept in. */
    public Path file() {
        return file;
    }

    /** Writes one change, merged into what the file holds now (another copy of the app may have written since). */
    private void save(String key, String value) {
        try {
            locked(() -> {
                Map<String, String> now = Files.exists(file) ? readOrSetAside() : new TreeMap<>();
                if (!Files.exists(file)) {
                    now.putAll(values); // set aside just now, or deleted: keep what this session has
                }
                if (value == null) {
                    now.remove(key);
                } else {
                    now.put(key, value);
                }
                write(now);
            });
        } catch (IOException | RuntimeException e) {
            // The change stays for this session; the next write tries again.
            AppLog.error("Settings could not be written to " + file, e);
        }
    }

    private interface IoWork {
        void run() throws IOException;
    }

    /** How long to wait for another copy of the app to finish writing, in tries of {@link #LOCK_PAUSE_MS}. */
    private static final int LOCK_TRIES = 40;
    private static final long LOCK_PAUSE_MS = 25;

    /**
     * Runs {@code work} holding the lock file, so two copies of the app never write at once. The wait is short
     * and bounded (the UI thread calls this); where the file system has no locks (some network homes) or the lock
     * stays taken, the work runs anyway: the atomic write still never leaves half a file.
     */
    private void locked(IoWork work) throws IOException {
        try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock held = null;
            for (int i = 0; i < LOCK_TRIES && held == null; i++) {
                try {
                    held = ch.tryLock();
                } catch (java.nio.channels.OverlappingFileLockException | IOException e) {
                    held = null; // taken in this JVM, or no locks here
                }
                if (held == null) {
                    java.util.concurrent.locks.LockSupport.parkNanos(LOCK_PAUSE_MS * 1_000_000);
                }
            }
            try {
                work.run();
            } finally {
                if (held != null) {
                    held.release();
                }
            }
        }
    }

    /**
     * The file's settings; when it is not settings (not JSON, or not an object), it is renamed aside and none are
     * returned. A file that cannot be read at all (a lock held by backup software) is left as it is: the error is
     * thrown.
     */
    private Map<String, String> readOrSetAside() throws IOException {
        String why;
        String text = Files.readString(file, StandardCharsets.UTF_8); // an I/O error is not damage: it is thrown
        try {
            JsonNode root = JSON.readTree(text);
            if (root instanceof ObjectNode o) {
                Map<String, String> out = new TreeMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = o.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isTextual()) {
                        out.put(e.getKey(), e.getValue().asText());
                    }
                }
                return out;
            }
            why = Texts.get("settings.notice.notObject");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            why = Texts.get("settings.notice.notJson");
        }
        Path aside = asideName();
        Files.move(file, aside);
        notice = Texts.format("settings.notice.keptAside", why, aside.toString());
        AppLog.info(notice);
        return new TreeMap<>();
    }

    /** settings.damaged-20261201-223015.json, or …-2.json and on if that name is taken. */
    private Path asideName() {
        String base = "settings.damaged-" + LocalDateTime.now().format(STAMP);
        Path p = file.resolveSibling(base + ".json");
        for (int n = 2; Files.exists(p); n++) {
            p = file.resolveSibling(base + "-" + n + ".json");
        }
        return p;
    }

    /** Temporary file, forced to disk, then moved over the old one (atomically where the file system can). */
    private void write(Map<String, String> map) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        new TreeMap<>(map).forEach(o::put);
        org.commissioningexplorer.core.AtomicFile.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o));
    }

    private static Map<String, String> migrate(Preferences legacy) {
        Map<String, String> out = new TreeMap<>();
        try {
            for (String k : legacy.keys()) {
                String v = legacy.get(k, null);
                if (v != null) {
                    out.put(k, v);
                }
            }
        } catch (BackingStoreException | IllegalStateException e) {
            // nothing to copy
        }
        return out;
    }
}
