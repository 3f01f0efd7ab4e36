package org.commissioningexplorer.ui.notes;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.commissioningexplorer.core.AppLog;
import org.commissioningexplorer.core.notes.NotNotesException;
import org.commissioningexplorer.core.notes.NotesStore;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.StatusLine;

/**
 * File › Export notes… and Import notes…: carries a trainer's notes to another computer. The result goes to the
 * status bar; a failure (a file that is not exported notes, a folder not writable) to a message box.
 */
final class NotesTransfer {

    private final Services services;
    private final StatusLine status;

    NotesTransfer(Services services, StatusLine status) {
        this.services = services;
        this.status = status;
    }

    void exportNotes(Window owner) {
        NotesStore notes = services.notes();
        services.dialogs().chooseNotesFile(owner, true).ifPresent(target -> {
            try {
                notes.exportTo(target);
                status.say(Texts.format("notes.export.done", notes.all().size(), target.toString()));
            } catch (IOException | RuntimeException e) {
                AppLog.error("Notes could not be exported to " + target, e);
                fail(owner, Texts.format("notes.export.failed", target.toString(), String.valueOf(e.getMessage())));
            }
        });
    }

    void importNotes(Window owner) {
        services.dialogs().chooseNotesFile(owner, false).ifPresent(source -> importFrom(owner, source));
    }

    private void importFrom(Window owner, Path source) {
        try {
            NotesStore.ImportResult r = services.notes().importFrom(source);
            status.say(Texts.format("notes.import.done", r.added(), r.updated(), r.unchanged()));
        } catch (NotNotesException e) {
            fail(owner, Texts.format("notes.import.notNotes", source.toString(), Texts.get(
                    e.flaw() == NotNotesException.Flaw.NOT_JSON ? "notes.reason.notJson" : "notes.reason.notNotes")));
        } catch (IOException | RuntimeException e) {
            AppLog.error("Notes could not be imported from " + source, e);
            fail(owner, Texts.format("notes.import.failed", source.toString(), String.valueOf(e.getMessage())));
        }
    }

    private void fail(Window owner, String message) {
        status.say(message);
        Alert a = new Alert(Alert.AlertType.WARNING, message);
        a.initOwner(owner);
        a.setTitle(Texts.get("app.title"));
        a.setHeaderText(null);
        a.show();
    }

    /** What the user is told about a notes file that could not be read at start-up. */
    static String describe(NotesStore.Damage d) {
        if (!d.error().isEmpty() && d.reason() != NotesStore.Reason.UNREADABLE_FILE) {
            return Texts.format("notes.damaged.notMoved", d.keptAside(), d.error());
        }
        return switch (d.reason()) {
            case NOT_JSON -> Texts.format("notes.damaged.keptAside", Texts.get("notes.reason.notJson"), d.keptAside());
            case NOT_NOTES -> Texts.format("notes.damaged.keptAside", Texts.get("notes.reason.notNotes"), d.keptAside());
            case SOME_UNREADABLE -> Texts.format("notes.damaged.someKept", d.unreadable(), d.keptAside());
            case UNREADABLE_FILE -> Texts.format("notes.damaged.unreadable", d.keptAside(), d.error());
        };
    }
}
