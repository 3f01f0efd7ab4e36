package org.commissioningexplorer.ui.notes;

import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import org.commissioningexplorer.core.notes.NotesStore;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;

/**
 * The strip above the detail pane with the selected body's star and note, and the window's notes actions
 * (the menus call them): star (Ctrl+B), Edit note… (Ctrl+Shift+N), Bookmarks (Ctrl+Shift+B), export and import.
 */
public final class NotesController {

    private final ExplorerState state;
    private final Services services;
    private final NoteViewModel note;
    private BookmarksWindow bookmarks;
    private boolean damageReported;

    @FXML
    private BorderPane strip;
    @FXML
    private Button starButton;
    @FXML
    private Label noteText;
    @FXML
    private Button editButton;

    public NotesController(ExplorerState state, Services services) {
        this.state = state;
        this.services = services;
        this.note = new NoteViewModel(state, services.notes());
    }

    @FXML
    private void initialize() {
        strip.getStylesheets().add(NotesController.class.getResource(
                "/org/commissioningexplorer/ui/notes/notes.css").toExternalForm());
        strip.visibleProperty().bind(note.presentProperty());
        strip.managedProperty().bind(strip.visibleProperty());
        Glyph star = new Glyph("FontAwesome", FontAwesome.Glyph.STAR_ALT);
        starButton.setGraphic(star);
        starButton.setTooltip(new Tooltip(Texts.get("notes.star.tooltip")));
        editButton.setTooltip(new Tooltip(Texts.get("notes.edit.tooltip")));
        Runnable show = () -> {
            boolean on = note.starredProperty().get();
            star.setIcon(on ? FontAwesome.Glyph.STAR : FontAwesome.Glyph.STAR_ALT);
            starButton.setText(Texts.get(on ? "notes.star.on" : "notes.star.off"));
            String t = note.textProperty().get();
            noteText.setText(t.isEmpty() ? Texts.get("notes.none") : t);
            noteText.setTooltip(t.isEmpty() ? null : new Tooltip(t));
            noteText.getStyleClass().remove("note-empty");
            if (t.isEmpty()) {
                noteText.getStyleClass().add("note-empty");
            }
            editButton.setText(Texts.get(t.isEmpty() ? "notes.add" : "notes.edit"));
        };
        // A wrapping label is asked for its height as if on one line: give it the height its width needs.
        Runnable fit = () -> {
            noteText.setPrefHeight(javafx.scene.layout.Region.USE_COMPUTED_SIZE);
            if (noteText.getWidth() > 0) {
                noteText.setPrefHeight(noteText.prefHeight(noteText.getWidth()));
            }
        };
        // After the layout pass that changed the width: a change of size asked for during one is lost.
        noteText.widthProperty().addListener((obs, old, w) -> javafx.application.Platform.runLater(fit));
        noteText.textProperty().addListener((obs, old, t) -> javafx.application.Platform.runLater(fit));
        note.starredProperty().addListener((obs, old, on) -> show.run());
        note.textProperty().addListener((obs, old, t) -> show.run());
        show.run();
        // The strip joins the scene late (the split pane adds its items when it gets its skin): the window may
        // be there, or even showing, already.
        strip.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                whenShown(scene.getWindow());
                scene.windowProperty().addListener((o, w0, w) -> whenShown(w));
            }
        });
    }

    private void whenShown(Window w) {
        if (w == null) {
            return;
        }
        if (w.isShowing()) {
            reportDamage(w);
        } else {
            w.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> reportDamage(w));
        }
    }

    /** Ctrl+B. */
    public void toggleStar() {
        note.toggleStar();
    }

    /** Ctrl+Shift+N: opens the note editor for the selected body. */
    public void editNote() {
        if (note.selected() != null) {
            NoteEditor.show(window(), note.selected(), note.textProperty().get(), note::setText);
        }
    }

    /** Ctrl+Shift+B: the bookmarks list. */
    public void showBookmarks() {
        if (bookmarks == null) {
            bookmarks = new BookmarksWindow(new BookmarksViewModel(state, services.notes()), services.settings());
        }
        bookmarks.show(window());
    }

    public void exportNotes() {
        new NotesTransfer(services, state.status()).exportNotes(window());
    }

    public void importNotes() {
        new NotesTransfer(services, state.status()).importNotes(window());
    }

    private Window window() {
        return strip.getScene().getWindow();
    }

    /** A damaged notes file was kept aside: say where, once, when the window is there to own the message. */
    private void reportDamage(Window owner) {
        NotesStore store = services.notes();
        if (damageReported) {
            return;
        }
        damageReported = true;
        store.damage().ifPresent(d -> javafx.application.Platform.runLater(() -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, NotesTransfer.describe(d));
            a.initOwner(owner);
            a.setTitle(Texts.get("app.title"));
            a.setHeaderText(Texts.get("notes.damaged.header"));
            a.show();
        }));
    }
}
