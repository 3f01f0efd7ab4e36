package org.commissioningexplorer.ui.detail;

import java.util.List;
import javafx.geometry.VPos;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.commissioningexplorer.ui.common.WrappingLabel;

/** The small nodes every section of the detail pane is made of: styled labels, wrapping paragraphs, grids. */
final class DetailNodes {

    private DetailNodes() {
    }

    /** The node with these style classes; a chip also keeps its whole text. */
    static <T extends Node> T styled(T node, String... styles) {
        node.getStyleClass().addAll(styles);
        if (node instanceof Label l && List.of(styles).contains("chip")) {
            l.setMinWidth(Region.USE_PREF_SIZE); // a chip shows its whole text or nothing
        }
        return node;
    }

    /**
     * Gives the control a tooltip with this text, made the first time the pointer comes onto it: a page has dozens
     * of links and source markers, and each tooltip is a popup window to make. A screen reader has the text at once,
     * as the control's help (which a tooltip would have given it).
     */
    static <C extends Control> C tooltip(C control, String text) {
        control.setAccessibleHelp(text);
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<MouseEvent>() {
            @Override
            public void handle(MouseEvent e) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
        return control;
    }

    /** Text that wraps to the width it is given and grows as tall as it needs. */
    static Label paragraph(String text, String... styles) {
        Label l = styled(new WrappingLabel(text), styles);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }

    /** What a section shows when there is nothing in it: "No membership recorded." */
    static Label empty(String text) {
        return paragraph(text, "empty-note");
    }

    /** Adds a node to a grid cell, top-aligned so that labels line up with the first line of wrapped text. */
    static void cell(GridPane grid, Node node, int column, int row) {
        GridPane.setValignment(node, VPos.TOP);
        grid.add(node, column, row);
    }

    /** A two-column grid, the first column about {@code firstColumn} wide, the second taking the rest. */
    static GridPane grid(String style, double firstColumn) {
        GridPane g = new GridPane();
        g.getStyleClass().addAll("detail-grid", style);
        g.setHgap(16);
        g.setVgap(8);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setPrefWidth(firstColumn);
        c0.setMinWidth(120);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        g.getColumnConstraints().addAll(c0, c1);
        return g;
    }

    /** "terms of reference" as "Terms of reference". */
    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
