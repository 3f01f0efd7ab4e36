package org.commissioningexplorer.ui.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.core.notes.Note;
import org.commissioningexplorer.core.notes.NotesStore;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;

/**
 * View › Bookmarks: the starred bodies and the bodies with notes, starred first, each by name; notes on bodies
 * the open dataset does not have ("orphans") are listed too, under the name they were saved with, and cannot be
 * opened.
 */
public final class BookmarksViewModel {

    /** A row: the note, the body it is on in the open dataset (null for an orphan). */
    public record Bookmark(Note note, Body body) {
        public boolean orphan() {
            return body == null;
        }

        public String name() {
            return body == null ? note.name() : body.name();
        }
    }

    private final ExplorerState state;
    private final NotesStore notes;
    private final ObservableList<Bookmark> rows = FXCollections.observableArrayList();

    public BookmarksViewModel(ExplorerState state, NotesStore notes) {
        this.state = state;
        this.notes = notes;
        notes.addListener(this::refresh);
        state.session().datasetProperty().addListener((obs, old, data) -> refresh());
        refresh();
    }

    public ObservableList<Bookmark> rows() {
        return rows;
    }

    /** Shows the bookmark's body (moving the date to when it existed if need be); an orphan says why it cannot. */
    public void open(Bookmark b) {
        if (b == null) {
            return;
        }
        if (b.orphan()) {
            state.status().say(Texts.format("notes.bookmarks.orphanStatus", b.name()));
        } else {
            state.navigation().reveal(b.body());
        }
    }

    /** Forgets an orphan's note and star (a body the user knows has gone for good). */
    public void forget(Bookmark b) {
        if (b != null) {
            notes.remove(b.note().id());
        }
    }

    private void refresh() {
        var data = state.session().dataset();
        Dataset dataset = data == null ? null : data.dataset();
        List<Bookmark> out = new ArrayList<>();
        for (Note n : notes.all()) {
            Optional<Body> body = dataset == null ? Optional.empty() : dataset.body(n.id());
            out.add(new Bookmark(n, body.orElse(null)));
        }
        out.sort((a, b) -> a.note().starred() != b.note().starred() ? (a.note().starred() ? -1 : 1)
                : String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name()));
        rows.setAll(out);
    }
}
