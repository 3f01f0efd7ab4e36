package org.commissioningexplorer.core.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.commissioningexplorer.core.data.DocumentSafety;
import org.commissioningexplorer.core.model.DocumentRef;

/**
 * Where the offline copy of a document is, if anywhere: a file the user located for it (their choice
 * comes first), else the dataset's {@code file} in its documents folder. Says in words what is wrong
 * when a copy is named but cannot be opened, and what to do about it.
 */
public final class OfflineCopies {

    /** The kind of the project's own short documents, shown inside the app. */
    public static final String EXPLAINER = "explainer";

    /** The states shown in the Documents section and the library's "Offline copy" column. */
    public enum State {
        /** The dataset's own copy, in its documents folder. */
        IN_DATASET("Yes"),
        /** A file the user located. */
        LOCATED("Located"),
        /** A file the user located that is no longer there or no longer usable. */
        LOCATED_MISSING("Located file missing"),
        /** The dataset names a file that is not in its documents folder. */
        MISSING("Missing"),
        /** The dataset names a file that must not be opened (only if it changed since validation). */
        REFUSED("Refused"),
        /** No offline copy. */
        NONE("No");

        private final String shortText;

        State(String shortText) {
            this.shortText = shortText;
        }

        public String shortText() {
            return shortText;
        }
    }

    /**
     * A document's offline copy.
     *
     * @param message one line for the user: where the copy is, or what is wrong and what to do
     */
    public record Status(State state, String message) {
        /** True when there is a copy that can be opened now. */
        public boolean openable() {
            return state == State.IN_DATASET || state == State.LOCATED;
        }

        /** True when the user may locate a file: there is no usable copy in the dataset. */
        public boolean canLocate() {
            return state != State.IN_DATASET;
        }

        /** True when a located file can be forgotten. */
        public boolean canForget() {
            return state == State.LOCATED || state == State.LOCATED_MISSING;
        }
    }

    private final DocumentsFolder folder;
    private final AttachedFiles attached;

    public OfflineCopies(DocumentsFolder folder, AttachedFiles attached) {
        this.folder = folder;
        this.attached = attached;
    }

    public DocumentsFolder folder() {
        return folder;
    }

    public Status status(String key, DocumentRef d) {
        Optional<AttachedFiles.Located> located = attached.lookup(key);
        if (located.isPresent()) {
            AttachedFiles.Located l = located.get();
            return l.usable() ? new Status(State.LOCATED, "Located copy: " + l.path())
                    : new Status(State.LOCATED_MISSING, "The located copy cannot be opened: " + l.problem() + ".");
        }
        if (d.file() != null) {
            DocumentSafety.Check check = folder.check(d.file());
            String shown = DocumentSafety.shown(d.file());
            return switch (check.verdict()) {
                case SAFE -> new Status(State.IN_DATASET, "Offline copy: " + shown);
                case MISSING -> new Status(State.MISSING, "The offline copy " + shown + " is missing: " + check.reason()
                        + ". Put the file there, or use Locate file… to pick a copy.");
                case UNSAFE -> new Status(State.REFUSED, "The offline copy " + shown + " is never opened: "
                        + check.reason() + ".");
            };
        }
        return new Status(State.NONE, d.url() != null ? "No offline copy; published at " + d.url()
                : "No offline copy; where it was published is not recorded. Use Locate file… if you have a copy.");
    }

    /**
     * The file to hand to the system viewer, checked now: the located file, or the dataset's copy
     * (extracted from the jar when bundled). Empty when there is none that may be opened.
     */
    public Optional<Path> fileToOpen(String key, DocumentRef d) throws IOException {
        Optional<AttachedFiles.Located> located = attached.lookup(key);
        if (located.isPresent()) {
            return located.get().usable() ? Optional.of(located.get().path().toRealPath()) : Optional.empty();
        }
        return d.file() == null ? Optional.empty() : folder.fileToOpen(d.file());
    }

    /**
     * True for a document shown inside the app rather than in a system viewer: an explainer, or any
     * Markdown copy in the dataset.
     */
    public static boolean shownInApp(DocumentRef d) {
        return d.file() != null && (EXPLAINER.equals(d.kind())
                || d.file().toLowerCase(Locale.ROOT).endsWith(".md"));
    }
}
