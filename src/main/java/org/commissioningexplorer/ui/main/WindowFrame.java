package org.commissioningexplorer.ui.main;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * What the window shows around its layout: normally nothing, the layout fills the window. Zoomed far on a small
 * screen (View › Zoom 250% at 1366×768) the layout can need more room than the window has; then the window
 * scrolls as a whole rather than letting its panes overlap.
 */
final class WindowFrame {

    private WindowFrame() {
    }

    static ScrollPane around(BorderPane layout) {
        ScrollPane frame = new ScrollPane(new AtLeastItsNeeds(layout));
        frame.setFitToWidth(true);
        frame.setFitToHeight(true);
        frame.setFocusTraversable(false);
        frame.getStyleClass().add("main-frame");
        return frame;
    }

    /**
     * A border pane gives its top and bottom their preferred heights and its centre the rest: its own minimum
     * (the sum of minimums) is less than it needs when the top's wrapped lines want more than their minimum.
     */
    private static final class AtLeastItsNeeds extends StackPane {
        private final BorderPane layout;

        AtLeastItsNeeds(BorderPane layout) {
            super(layout);
            this.layout = layout;
        }

        @Override
        protected double computeMinHeight(double width) {
            // Asked without a width, the width it has: the top's wrapped lines depend on it.
            width = width >= 0 ? width : getWidth() > 0 ? getWidth() : -1;
            double h = snappedTopInset() + snappedBottomInset();
            h += pref(layout.getTop(), width) + pref(layout.getBottom(), width);
            h += layout.getCenter() == null ? 0 : layout.getCenter().minHeight(width);
            return Math.max(h, super.computeMinHeight(width));
        }

        private static double pref(javafx.scene.Node n, double width) {
            return n == null || !n.isManaged() ? 0 : n.prefHeight(width);
        }
    }

}
