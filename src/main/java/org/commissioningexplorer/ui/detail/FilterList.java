package org.commissioningexplorer.ui.detail;

import static org.commissioningexplorer.ui.detail.DetailNodes.styled;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.commissioningexplorer.ui.common.Texts;

/**
 * A long list of a page (NHS England's hundreds of parts and links) as a filter box over a virtualised list:
 * only the rows on screen are made. Enter or a double click on a row opens it, as its link would.
 *
 * @param <T> what a row shows
 */
final class FilterList<T> {

    /** How a row looks: its main text, the line after it and its icon. */
    record Row<T>(Function<T, String> text, Function<T, String> detail, Function<T, Node> icon) {
    }

    private static final double ROW_HEIGHT = 30;
    private static final int ROWS_SHOWN = 14;

    private final TextField filter = new TextField();
    private final ListView<T> list = new ListView<>();
    private final Label shown = styled(new Label(), "muted", "filter-count");
    private final VBox box;

    FilterList(List<T> items, Row<T> row, Consumer<T> open) {
        FilteredList<T> filtered = new FilteredList<>(FXCollections.observableList(items));
        filter.setPromptText(Texts.get("detail.filter.prompt"));
        filter.getStyleClass().add("detail-filter");
        filter.textProperty().addListener((obs, old, text) -> {
            String words = text.trim().toLowerCase(Locale.ROOT);
            filtered.setPredicate(words.isEmpty() ? null : t -> matches(row, t, words));
            count(filtered.size(), items.size());
            if (!filtered.isEmpty()) {
                list.getSelectionModel().select(0);
            }
        });
        // Down from the filter goes into the list, as in the search box.
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER && !filtered.isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                if (e.getCode() == KeyCode.ENTER) {
                    open.accept(list.getSelectionModel().getSelectedItem());
                }
                e.consume();
            }
        });
        list.setItems(filtered);
        list.getStyleClass().add("detail-list");
        list.setFixedCellSize(ROW_HEIGHT);
        list.setPrefHeight(ROW_HEIGHT * Math.min(ROWS_SHOWN, items.size()) + 4);
        list.setCellFactory(v -> new Cell<>(row));
        list.setOnKeyPressed(e -> {
            T t = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && t != null) {
                open.accept(t);
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            T t = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && t != null) {
                open.accept(t);
            }
        });
        count(items.size(), items.size());
        HBox top = new HBox(10, filter, shown);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter, Priority.ALWAYS);
        box = new VBox(6, top, list);
        box.getStyleClass().add("filter-list");
    }

    Node node() {
        return box;
    }

    private void count(int n, int of) {
        shown.setText(n == of ? Texts.format("detail.filter.all", of) : Texts.format("detail.filter.some", n, of));
    }

    private static <T> boolean matches(Row<T> row, T t, String words) {
        String text = (row.text().apply(t) + " " + row.detail().apply(t)).toLowerCase(Locale.ROOT);
        for (String w : words.split("\\s+")) {
            if (!text.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A row: the icon, the text in bold, the detail after it in grey. */
    private static final class Cell<T> extends ListCell<T> {
        private final Row<T> row;
        private final Label text = styled(new Label(), "filter-row-text");
        private final Label detail = styled(new Label(), "muted", "filter-row-detail");
        private final HBox box = new HBox(8);
        private final Tooltip tip = new Tooltip();

        Cell(Row<T> row) {
            this.row = row;
            box.setAlignment(Pos.CENTER_LEFT);
            // The row is as wide as the list: a long detail ends in "…", its whole text in the tooltip.
            box.setMinWidth(0);
            box.prefWidthProperty().bind(widthProperty().subtract(snappedLeftInset() + snappedRightInset() + 4));
            box.setMaxWidth(Region.USE_PREF_SIZE);
            detail.setMinWidth(0);
            text.setMinWidth(Label.USE_PREF_SIZE); // the name whole; the detail gives way
            HBox.setHgrow(detail, Priority.ALWAYS);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        /** Not wider than the list: the list would otherwise make every row as wide as the longest and scroll sideways. */
        @Override
        protected double computePrefWidth(double height) {
            return 0;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            text.setText(row.text().apply(item));
            detail.setText(row.detail().apply(item));
            box.getChildren().setAll(row.icon().apply(item), text, detail);
            tip.setText(text.getText() + "\n" + detail.getText());
            setTooltip(tip);
            setGraphic(box);
        }
    }
}
