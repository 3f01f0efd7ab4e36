package org.commissioningexplorer.ui.common;

import java.nio.file.Path;
import java.util.ResourceBundle;
import org.commissioningexplorer.core.notes.NotesStore;

/**
 * What the window's controllers need from outside, built once at start-up and handed to them by the
 * controller factory. Tests build one with in-memory settings, a same-thread runner, canned dialogs and
 * a recording opener.
 *
 * @param initialData a dataset file given with --data, or null for the bundled dataset
 * @param opener      hands documents to the system viewer and web pages to the browser
 * @param notes       the trainer's notes and stars, kept for the app's life
 */
public record Services(Settings settings, BackgroundRunner runner, FileDialogs dialogs, ResourceBundle messages,
                       Path initialData, DocumentOpener opener, NotesStore notes) {

    /** Services with notes kept in memory only. */
    public Services(Settings settings, BackgroundRunner runner, FileDialogs dialogs, ResourceBundle messages,
                    Path initialData, DocumentOpener opener) {
        this(settings, runner, dialogs, messages, initialData, opener, NotesStore.inMemory());
    }

    /** Services that open no documents, for callers that have none to open. */
    public Services(Settings settings, BackgroundRunner runner, FileDialogs dialogs, ResourceBundle messages,
                    Path initialData) {
        this(settings, runner, dialogs, messages, initialData, DocumentOpener.none());
    }
}
