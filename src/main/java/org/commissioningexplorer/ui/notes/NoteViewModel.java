package org.commissioningexplorer.ui.notes;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.notes.Note;
import org.commissioningexplorer.core.notes.NotesStore;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.state.View;

/**
 * The selected body's note and star, for the strip above the detail pane: follows the selection and the store,
 * and makes the changes Ctrl+B and Edit note… ask for. Also tells the store when a dataset opens, so notes take
 * their bodies' current names.
 */
public final class NoteViewModel {

    private final ExplorerState state;
    private final NotesStore notes;
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper starred = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    public NoteViewModel(ExplorerState state, NotesStore notes) {
        this.state = state;
        this.notes = notes;
        state.navigation().viewProperty().addListener((obs, old, view) -> {
            if (view.data() != null && (old == null || old.data() != view.data())) {
                notes.seen(view.data().dataset());
            }
            refresh();
        });
        notes.addListener(this::refresh);
        refresh();
    }

    /**
     * True while the selected body has a note or a star: the strip shows only then, so a body without either
     * gives the detail pane all its height (View › Star and Edit note… are there for it).
     */
    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty starredProperty() {
        return starred.getReadOnlyProperty();
    }

    /** The selected body's note, "" for none. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public Body selected() {
        View v = state.navigation().view();
        return v == null ? null : v.selected();
    }

    /** Ctrl+B: stars or unstars the selected body, saying which in the status bar. */
    public void toggleStar() {
        Body b = selected();
        if (b == null) {
            return;
        }
        boolean on = notes.toggleStar(b);
        state.status().say(Texts.format(on ? "notes.status.starred" : "notes.status.unstarred", b.name()));
        sayIfUnsaved();
    }

    /** Keeps {@code newText} as the selected body's note ("" removes it). */
    public void setText(String newText) {
        Body b = selected();
        if (b == null) {
            return;
        }
        notes.setText(b, newText);
        state.status().say(Texts.format(newText.isBlank() ? "notes.status.removed" : "notes.status.saved", b.name()));
        sayIfUnsaved();
    }

    private void sayIfUnsaved() {
        if (notes.lastSaveError() != null) {
            state.status().say(Texts.format("notes.status.unsaved", String.valueOf(notes.lastSaveError().getMessage())));
        }
    }

    private void refresh() {
        Body b = selected();
        Note n = b == null ? null : notes.get(b.id()).orElse(null);
        present.set(n != null);
        starred.set(n != null && n.starred());
        text.set(n == null ? "" : n.text());
    }
}
