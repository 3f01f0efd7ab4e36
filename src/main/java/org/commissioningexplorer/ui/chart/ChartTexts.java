package org.commissioningexplorer.ui.chart;

import org.commissioningexplorer.core.chart.ChartNode;
import org.commissioningexplorer.core.model.Dataset;
import org.commissioningexplorer.ui.common.Texts;

/** The words of the chart's boxes, shared by the sizes the layout is given and the boxes drawn. */
final class ChartTexts {

    private ChartTexts() {
    }

    /** A body's name, or "+183 more" for the box standing for the rest of a group. */
    static String boxText(ChartNode n) {
        return n.isMore() ? Texts.format("chart.more", n.more()) : n.body().name();
    }

    /** Most names a "+N more" box's tooltip lists. */
    static final int TOOLTIP_NAMES = 15;

    /** The names a "+N more" box stands for, one a line, the first {@link #TOOLTIP_NAMES} of them. */
    static String moreTooltip(ChartNode n) {
        StringBuilder text = new StringBuilder();
        n.rest().stream().limit(TOOLTIP_NAMES).forEach(b -> text.append(text.isEmpty() ? "" : "\n").append(b.name()));
        if (n.more() > TOOLTIP_NAMES) {
            text.append('\n').append(Texts.format("chart.more.others", n.more() - TOOLTIP_NAMES));
        }
        return text.toString();
    }

    /** The line above the name: the kind's name ("Clinical commissioning group"); none on a "+N more" box. */
    static String kindText(ChartNode n, Dataset dataset) {
        return n.isMore() ? "" : dataset.kind(n.kind()).label();
    }
}
