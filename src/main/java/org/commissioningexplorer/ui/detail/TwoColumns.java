package org.commissioningexplorer.ui.detail;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Two blocks side by side in halves of the width, or, when a half is too narrow for either block (a narrow pane,
 * a large View › Zoom), one below the other, so neither is cut off at the pane's edge.
 */
final class TwoColumns extends Pane {

    private final Node left;
    private final Node right;
    private final double gap;

    TwoColumns(Node left, Node right, double gap) {
        this.left = left;
        this.right = right;
        this.gap = gap;
        getChildren().setAll(left, right);
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Whether the blocks go side by side in this inner width. */
    boolean sideBySide(double width) {
        double half = (width - gap) / 2;
        return half >= left.minWidth(-1) && half >= right.minWidth(-1);
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(left.minWidth(-1), right.minWidth(-1)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + left.prefWidth(-1) + gap + right.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        double h;
        if (sideBySide(w)) {
            double half = (w - gap) / 2;
            h = Math.max(left.prefHeight(half), right.prefHeight(half));
        } else {
            h = left.prefHeight(w) + gap + right.prefHeight(w);
        }
        return snappedTopInset() + h + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        if (sideBySide(w)) {
            double half = (w - gap) / 2;
            layoutInArea(left, x, y, half, left.prefHeight(half), 0, HPos.LEFT, VPos.TOP);
            layoutInArea(right, x + half + gap, y, half, right.prefHeight(half), 0, HPos.LEFT, VPos.TOP);
        } else {
            double lh = left.prefHeight(w);
            layoutInArea(left, x, y, w, lh, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(right, x, y + lh + gap, w, right.prefHeight(w), 0, HPos.LEFT, VPos.TOP);
        }
    }
}
