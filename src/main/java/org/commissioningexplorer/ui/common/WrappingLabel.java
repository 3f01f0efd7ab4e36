package org.commissioningexplorer.ui.common;

import javafx.scene.control.Label;

/**
 * A label whose text wraps to the width it is given, and which remembers the height it needs at the widths it was
 * last asked about until something about it changes.
 *
 * <p>JavaFX remembers a node's preferred height only when no width is given; a wrapping label is always asked at a
 * width, and every box it is in asks again, once to size itself and once to lay it out, and so does every box
 * around that one. Each answer lays the text out afresh. A page of the detail pane has dozens of such labels a few
 * boxes deep, and the tree's rows one each: laying out their text again and again was most of the time a move in
 * the window took. The heights are forgotten whenever the label's layout is asked for again, which JavaFX does for
 * everything that changes its size (text, font, padding, graphic, skin), as it does to forget its own.
 */
public class WrappingLabel extends Label {

    /** The widths last asked about and the heights at them: a box asks at the width it has and the one it wants. */
    private final double[] widths = {Double.NaN, Double.NaN};
    private final double[] heights = new double[2];
    private int next;

    public WrappingLabel() {
        this(null);
    }

    public WrappingLabel(String text) {
        super(text);
        setWrapText(true);
        wrapTextProperty().addListener(o -> forget());
    }

    @Override
    protected double computePrefHeight(double width) {
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] == width) {
                return heights[i];
            }
        }
        double h = super.computePrefHeight(width);
        widths[next] = width;
        heights[next] = h;
        next = (next + 1) % widths.length;
        return h;
    }

    @Override
    public void requestLayout() {
        forget();
        super.requestLayout();
    }

    /** Forgets the heights, so that the next question lays the text out again. */
    private void forget() {
        if (widths == null) {
            return; // asked by Label's own constructor, before this one's fields are there
        }
        widths[0] = Double.NaN;
        widths[1] = Double.NaN;
    }
}
