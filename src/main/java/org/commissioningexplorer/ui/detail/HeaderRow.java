package org.commissioningexplorer.ui.detail;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;

/**
 * The header's top row: the breadcrumb on the left and the header's buttons on the right, or, when the pane is
 * too narrow (a large View › Zoom), the buttons on a line of their own below the breadcrumb, never over it.
 * The breadcrumb keeps at least its widest link and, unless it fits on one line, two fifths of the row.
 */
final class HeaderRow extends Pane {

    private static final double GAP = 8;
    private static final double VGAP = 4;
    private final FlowPane crumb;
    private final FlowPane actions;

    HeaderRow(FlowPane crumb, FlowPane actions) {
        this.crumb = crumb;
        this.actions = actions;
        getStyleClass().add("header-row");
        getChildren().setAll(crumb, actions);
    }

    /** Its height depends on its width: the buttons may go below the breadcrumb. */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** Whether the buttons go beside the breadcrumb at this width. */
    boolean sideBySide(double width) {
        double room = width - line(actions) - GAP;
        double needed = Math.max(widest(crumb), Math.min(line(crumb), width * 0.4));
        return room >= needed;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + Math.max(widest(crumb), widest(actions)) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + line(crumb) + GAP + line(actions) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0) {
            width = computePrefWidth(-1);
        }
        double w = width - snappedLeftInset() - snappedRightInset();
        double h;
        if (sideBySide(w)) {
            double a = Math.min(line(actions), w);
            h = Math.max(crumb.prefHeight(w - a - GAP), actions.prefHeight(a));
        } else {
            h = crumb.prefHeight(w) + VGAP + actions.prefHeight(Math.min(line(actions), w));
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
        double a = Math.min(line(actions), w);
        if (sideBySide(w)) {
            double c = w - a - GAP;
            layoutInArea(crumb, x, y, c, crumb.prefHeight(c), 0, HPos.LEFT, VPos.TOP);
            layoutInArea(actions, x + w - a, y, a, actions.prefHeight(a), 0, HPos.LEFT, VPos.TOP);
        } else {
            double ch = crumb.prefHeight(w);
            layoutInArea(crumb, x, y, w, ch, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(actions, x, y + ch + VGAP, a, actions.prefHeight(a), 0, HPos.LEFT, VPos.TOP);
        }
    }

    /** The width of a flow's children on one line. */
    private static double line(FlowPane flow) {
        double w = 0;
        int n = 0;
        for (Node child : flow.getChildren()) {
            if (child.isManaged()) {
                w += Math.ceil(child.prefWidth(-1)) + 1; // the flow rounds each child's width up
                n++;
            }
        }
        return flow.snappedLeftInset() + w + Math.max(0, n - 1) * flow.getHgap() + flow.snappedRightInset();
    }

    /** The width of a flow's widest child. */
    private static double widest(FlowPane flow) {
        double w = 0;
        for (Node child : flow.getChildren()) {
            if (child.isManaged()) {
                w = Math.max(w, Math.ceil(child.prefWidth(-1)) + 1);
            }
        }
        return flow.snappedLeftInset() + w + flow.snappedRightInset();
    }
}
