package org.commissioningexplorer.core.notes;

import java.time.Instant;

/**
 * A trainer's own note and star on a body, kept by the body's id so it survives a new copy of the dataset. The
 * name and code are the body's when the note was last touched or the dataset last opened: they show a note whose
 * body is not in the open dataset for what it was.
 *
 * @param id      the body's id in the dataset ("ccg-06W")
 * @param name    the body's name as last seen
 * @param code    its ODS or ONS code as last seen, or ""
 * @param text    the note, "" for none
 * @param starred whether it is bookmarked
 * @param updated when the note or star last changed (import keeps the newer of two)
 */
public record Note(String id, String name, String code, String text, boolean starred, Instant updated) {

    public Note {
        name = name == null ? "" : name;
        code = code == null ? "" : code;
        text = text == null ? "" : text.strip();
        updated = updated == null ? Instant.EPOCH : updated;
    }

    /** True when there is nothing to keep: no text and no star. */
    public boolean isEmpty() {
        return text.isEmpty() && !starred;
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** The same note under the body's current name and code (not a change of the note: the time stays). */
    public Note seenAs(String newName, String newCode) {
        return new Note(id, newName, newCode, text, starred, updated);
    }
}
