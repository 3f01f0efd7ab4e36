package org.commissioningexplorer.ui.chart;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.commissioningexplorer.core.chart.BoxSizer;
import org.commissioningexplorer.core.chart.LayeredLayout;
import org.commissioningexplorer.core.model.Dataset;

/**
 * The chart's box sizes measured with the window's font, so the layout leaves each name the room it takes.
 * Text is measured bold (the centred box's name is bold) with a little slack; chart.css sets the same padding
 * in em.
 */
final class ChartSizes {

    /** chart.css: .chart-box { -fx-padding: 0.5em } and the box's widths, in em. */
    static final double PADDING_EM = 0.5;
    private static final double MIN_WIDTH_EM = 9;
    private static final double MAX_WIDTH_EM = 17;
    /** Letters with an ascender and a descender, for a line's height (not shown). */
    private static final String TALL_LETTERS = "Ag";

    private ChartSizes() {
    }

    /** The layout for a dataset's charts, with {@code font} the window's own (its size is the em). */
    static LayeredLayout layout(Dataset dataset, Font font) {
        double em = font.getSize();
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, em);
        Text probe = new Text();
        probe.setFont(bold);
        probe.setText(TALL_LETTERS);
        double line = Math.ceil(probe.getLayoutBounds().getHeight()) + 2;
        BoxSizer sizer = new BoxSizer(s -> {
            probe.setText(s);
            return probe.getLayoutBounds().getWidth() + 4;
        }, line, PADDING_EM * em, MIN_WIDTH_EM * em, MAX_WIDTH_EM * em, ChartTexts::boxText,
                n -> ChartTexts.kindText(n, dataset));
        return new LayeredLayout(sizer);
    }
}
