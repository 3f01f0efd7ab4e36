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

    /** The line above the name: the kind's name ("Clinical commissioning group"); none on a "+N more" box. */
    static String kindText(ChartNode n, Dataset dataset) {
        return n.isMore() ? "" : dataset.kind(n.kind()).label();
    }
}
