package org.commissioningexplorer.core.notes;

/** A file that is not a notes file: not JSON at all, or JSON of another form. */
public final class NotNotesException extends Exception {

    /** What is wrong with it. */
    public enum Flaw { NOT_JSON, NOT_NOTES }

    private final Flaw flaw;

    public NotNotesException(Flaw flaw) {
        super(flaw == Flaw.NOT_JSON ? "not valid JSON" : "not a notes file");
        this.flaw = flaw;
    }

    public Flaw flaw() {
        return flaw;
    }
}
