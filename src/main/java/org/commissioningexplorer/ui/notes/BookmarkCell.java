package org.commissioningexplorer.ui.notes;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.ui.common.Texts;
import org.controlsfx.glyphfont.FontAwesome;
import org.controlsfx.glyphfont.Glyph;

/** A bookmark: a star if starred, the body's name and code, the note's first words; an orphan says so. */
final class BookmarkCell extends ListCell<BookmarksViewModel.Bookmark> {

    private final Glyph star = new Glyph("FontAwesome", FontAwesome.Glyph.STAR);
    private final Label name = new Label();
    private final Label detail = new Label();
    private final VBox text = new VBox(1, name, detail);
    private final HBox box = new HBox(8, star, text);

    BookmarkCell() {
        getStyleClass().add("bookmark-cell");
        star.getStyleClass().add("bookmark-star");
        name.getStyleClass().add("bookmark-name");
        detail.getStyleClass().add("bookmark-detail");
        name.setWrapText(true);
        detail.setWrapText(true);
        text.setMinWidth(0);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(BookmarksViewModel.Bookmark b, boolean empty) {
        super.updateItem(b, empty);
        getStyleClass().remove("bookmark-orphan");
        setText(null);
        if (empty || b == null) {
            setGraphic(null);
            return;
        }
        String code = b.body() == null ? b.note().code() : b.body().primaryCode().orElse("");
        name.setText(code.isEmpty() ? b.name() : b.name() + " (" + code + ")");
        star.setOpacity(b.note().starred() ? 1 : 0);
        String first = b.note().text().replaceAll("\\s+", " ");
        if (first.length() > 140) {
            first = first.substring(0, 139) + "\u2026";
        }
        String what = first.isEmpty() ? Texts.get("notes.bookmarks.starredOnly") : first;
        if (b.orphan()) {
            getStyleClass().add("bookmark-orphan");
            what = Texts.format("notes.bookmarks.orphan", what);
        }
        detail.setText(what);
        setGraphic(box);
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = super.computePrefHeight(width);
        if (getGraphic() == null || width <= 0) {
            return h;
        }
        return Math.max(h, getGraphic().prefHeight(width - snappedLeftInset() - snappedRightInset())
                + snappedTopInset() + snappedBottomInset());
    }
}
