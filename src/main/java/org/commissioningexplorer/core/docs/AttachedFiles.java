package org.commissioningexplorer.core.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.commissioningexplorer.core.data.DocumentSafety;

/**
 * Files a user has located by hand for documents that have no offline copy ("Locate file…"), remembered
 * per user by the document's {@link DocumentLibrary.Entry#key() key}, so a link survives restarts and
 * dataset reloads until it is forgotten.
 *
 * <p>A located file is the user's own choice, not the dataset's, but it is held to the same rule on type:
 * only a document or picture type ({@link DocumentSafety#typeProblem(String)}) is remembered or opened,
 * judged on the real file after following links.
 */
public final class AttachedFiles {

    /** Where the links are kept: the user's settings in the window, a map in tests. */
    public interface Store {
        /** The value stored under {@code key}, or null. */
        String get(String key);

        void put(String key, String value);

        void remove(String key);
    }

    /** Prefix of every stored key. */
    public static final String PREFIX = "attached.";

    /**
     * What a located link leads to now.
     *
     * @param path    the file as located (absolute)
     * @param problem null when it can be opened; otherwise why not, in words for the user
     */
    public record Located(Path path, String problem) {
        public boolean usable() {
            return problem == null;
        }
    }

    private final Store store;

    public AttachedFiles(Store store) {
        this.store = store;
    }

    /**
     * The key a document's link is stored under: the prefix and a SHA-256 of the entry key, because
     * java.util.prefs keys may be at most 80 characters and titles are often longer.
     */
    public static String storageKey(String entryKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(entryKey.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Remembers {@code file} for the document. Returns why it was refused (not a file, or not a document
     * type), or empty when it was remembered.
     */
    public Optional<String> attach(String entryKey, Path file) {
        Optional<String> problem = problemWith(file);
        if (problem.isPresent()) {
            return problem;
        }
        store.put(storageKey(entryKey), file.toAbsolutePath().normalize().toString());
        return Optional.empty();
    }

    /** Forgets the file located for the document, if any. */
    public void forget(String entryKey) {
        store.remove(storageKey(entryKey));
    }

    /** The file located for the document and whether it can be opened now; empty when none was located. */
    public Optional<Located> lookup(String entryKey) {
        String stored = store.get(storageKey(entryKey));
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        Path path;
        try {
            path = Path.of(stored);
        } catch (InvalidPathException e) {
            return Optional.of(new Located(Path.of("unknown"), "the remembered location '" + stored
                    + "' is not a valid path here; use Locate file… to pick the file again"));
        }
        return Optional.of(new Located(path, problemWith(path).orElse(null)));
    }

    /** Why {@code file} cannot be used as a located copy now, or empty when it can. */
    static Optional<String> problemWith(Path file) {
        if (!Files.exists(file)) {
            return Optional.of(file.getFileName() + " is no longer at " + file.toAbsolutePath()
                    + "; it may have been moved or deleted. Use Locate file… to pick it again, or Forget located"
                    + " file");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return Optional.of(file + " cannot be read (" + e.getMessage() + ")");
        }
        if (!Files.isRegularFile(real)) {
            return Optional.of(file + " is a folder, not a document; pick the document file itself");
        }
        return DocumentSafety.typeProblem(real.getFileName().toString())
                .map(why -> real.getFileName() + " cannot be opened: " + why);
    }
}
