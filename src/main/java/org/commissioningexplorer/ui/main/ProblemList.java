package org.commissioningexplorer.ui.main;

import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import org.commissioningexplorer.core.data.Problem;

/**
 * The problem banner's list: each problem in full, wrapped to the banner's width (no line cut off, no sideways
 * scrolling), errors first as the session lists them; the list as tall as its first {@value #ROWS} problems (at
 * most a quarter of the window), so with few problems the last one is never hidden and with many a scroll bar says
 * there are more.
 */
final class ProblemList {

    /** At most this many problems are shown before the list scrolls. */
    static final int ROWS = 6;

    private final ListView<Problem> list;
    private final Text measure = new Text();

    private ProblemList(ListView<Problem> list) {
        this.list = list;
    }

    static void install(ListView<Problem> list, ObservableList<Problem> problems) {
        ProblemList p = new ProblemList(list);
        list.setItems(problems);
        list.setCellFactory(l -> new ProblemCell());
        InvalidationListener resize = o -> p.fit();
        problems.addListener(resize);
        list.widthProperty().addListener(resize);
        // On a small screen the banner must leave the window usable: at most a quarter of it, scrolling beyond.
        list.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.heightProperty().addListener(resize);
                p.fit();
            }
        });
        p.fit();
    }

    /** Sets the list's height to that of its first rows at the width they get. */
    private void fit() {
        int rows = Math.min(ROWS, list.getItems().size());
        double width = list.getWidth() - 40; // the cells' padding and a vertical scroll bar
        if (width <= 0) {
            width = 600;
        }
        measure.setFont(javafx.scene.text.Font.font("Monospaced", 12));
        measure.setWrappingWidth(width);
        double height = 4;
        for (int i = 0; i < rows; i++) {
            measure.setText(list.getItems().get(i).format());
            height += Math.ceil(measure.getLayoutBounds().getHeight()) + 10; // the cell's top and bottom padding
        }
        if (list.getScene() != null && list.getScene().getHeight() > 0) {
            height = Math.min(height, list.getScene().getHeight() * 0.25);
        }
        list.setPrefHeight(Math.max(30, height));
        list.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        list.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    private static final class ProblemCell extends ListCell<Problem> {
        ProblemCell() {
            setWrapText(true);
            setPrefWidth(0); // the list's width, not the text's: long problems wrap instead of scrolling sideways
        }

        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || p == null) {
                setText(null);
                return;
            }
            setText(p.format());
            getStyleClass().add(p.isError() ? "problem-error" : "problem-warning");
        }
    }
}
