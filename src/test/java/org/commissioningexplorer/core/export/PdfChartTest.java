package org.commissioningexplorer.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.commissioningexplorer.core.chart.ChartLayout;
import org.commissioningexplorer.core.chart.ChartNode;
import org.commissioningexplorer.core.chart.Geometry.Rect;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.Test;

/** The handout's org chart keeps every name and kind inside its box, measured with the PDF's own fonts. */
class PdfChartTest {

    @Test
    void everyBoxHoldsItsTextForBodiesLargeAndSmall() throws IOException {
        DatasetQueries q = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        List<String> outside = new ArrayList<>();
        int boxes = 0;
        try (PDDocument doc = new PDDocument(); PdfCanvas c = new PdfCanvas(doc)) {
            for (String id : List.of("ccg-06W", "nhs-england", "icb-QMM", "la-E10000020", "region-Y61")) {
                Body body = q.dataset().body(id).orElseThrow();
                Handout h = HandoutSections.withChart(new Handout("t", "s", List.of(), List.of(), "f"), q, body,
                        LocalDate.of(2019, 10, 1));
                PdfChart chart = new PdfChart(c, (Handout.Chart) h.main().get(1));
                ChartLayout layout = chart.layout();
                for (ChartNode n : layout.model().nodes()) {
                    Rect r = layout.boxes().get(n.key());
                    List<String> lines = chart.lines(n);
                    boxes++;
                    for (String line : lines) {
                        if (c.width(line, c.bold, PdfChart.NAME) > r.width() - 2 * 5) {
                            outside.add(id + ": " + line + " wider than its box " + r.width());
                        }
                    }
                    if ((lines.size() + 1) * PdfChart.LINE > r.height()) {
                        outside.add(id + ": " + lines + " taller than its box " + r.height());
                    }
                }
            }
        }
        assertTrue(boxes > 30, "boxes looked at: " + boxes);
        assertEquals(List.of(), outside);
    }
}
