package org.commissioningexplorer.ui.notes;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.common.Theme;
import org.commissioningexplorer.ui.common.ToolWindowPlacement;
import org.commissioningexplorer.ui.common.ToolWindows;

/**
 * View › Bookmarks: a tool window listing the starred and noted bodies; Enter or a double click shows one in the
 * main window. An orphan (its body is not in the open dataset) is marked, and can be forgotten.
 */
final class BookmarksWindow {

    private static final ToolWindowPlacement.Size SIZE = new ToolWindowPlacement.Size(420, 520, 300);

    private final BookmarksViewModel model;
    private final Settings settings;
    private Stage stage;
    private ListView<BookmarksViewModel.Bookmark> list;

    BookmarksWindow(BookmarksViewModel model, Settings settings) {
        this.model = model;
        this.settings = settings;
    }

    void show(Window owner) {
        if (stage == null) {
            stage = build(owner);
        }
        stage.show();
        stage.toFront();
        stage.requestFocus();
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    private Stage build(Window owner) {
        list = new ListView<>(model.rows());
        list.getStyleClass().add("bookmarks-list");
        list.setPlaceholder(new Label(Texts.get("notes.bookmarks.empty")));
        list.setCellFactory(l -> {
            BookmarkCell cell = new BookmarkCell();
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty()) {
                    model.open(cell.getItem());
                }
            });
            return cell;
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Button forget = new Button(Texts.get("notes.bookmarks.forget"));
        forget.getStyleClass().add("bookmarks-forget");
        forget.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            var b = list.getSelectionModel().getSelectedItem();
            return b == null || !b.orphan();
        }, list.getSelectionModel().selectedItemProperty()));
        forget.setOnAction(e -> model.forget(list.getSelectionModel().getSelectedItem()));
        Label hint = new Label(Texts.get("notes.bookmarks.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("bookmarks-hint");
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox bottom = new HBox(8, hint, forget);
        VBox root = new VBox(8, list, bottom);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getStyleClass().add("bookmarks-window");
        root.getStylesheets().add(BookmarksWindow.class.getResource(
                "/org/commissioningexplorer/ui/notes/notes.css").toExternalForm());
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle(Texts.get("notes.bookmarks.title"));
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Theme.url());
        s.setScene(scene);
        ToolWindows.install(s, owner, settings, "bookmarks", SIZE);
        return s;
    }
}
