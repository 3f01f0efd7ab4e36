package org.commissioningexplorer.ui.notes;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Theme;

/**
 * Edit note…: a small dialog with the note's text for one body. Save (or Ctrl+Enter) keeps it, Cancel (or Esc)
 * leaves it; an empty note removes it. Not modal-blocking: the answer comes to {@code onSave}.
 */
final class NoteEditor {

    private NoteEditor() {
    }

    static Dialog<String> show(Window owner, Body body, String text, Consumer<String> onSave) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Texts.format("notes.editor.title", body.name()));
        d.setHeaderText(null);
        TextArea area = new TextArea(text);
        area.getStyleClass().add("note-area");
        area.setWrapText(true);
        area.setPrefColumnCount(40);
        area.setPrefRowCount(8);
        Label hint = new Label(Texts.format("notes.editor.hint", body.name()));
        hint.setWrapText(true);
        hint.getStyleClass().add("bookmarks-hint");
        hint.setMinHeight(Label.USE_PREF_SIZE);
        VBox box = new VBox(8, hint, area);
        box.setPrefWidth(540); // the hint wraps to this rather than stretching the dialog
        box.getStyleClass().add("note-editor");
        d.getDialogPane().setContent(box);
        d.getDialogPane().getStylesheets().addAll(Theme.url(), NoteEditor.class.getResource(
                "/org/commissioningexplorer/ui/notes/notes.css").toExternalForm());
        ButtonType save = new ButtonType(Texts.get("notes.editor.save"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.setResultConverter(b -> b == save ? area.getText() : null);
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                d.setResult(area.getText());
                d.close();
            }
        });
        d.setOnHidden(e -> {
            if (d.getResult() != null) {
                onSave.accept(d.getResult());
            }
        });
        d.show();
        Platform.runLater(() -> {
            area.requestFocus();
            area.end();
        });
        return d;
    }
}
