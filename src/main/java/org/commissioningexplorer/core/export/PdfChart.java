package org.commissioningexplorer.core.export;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.commissioningexplorer.core.chart.BoxSizer;
import org.commissioningexplorer.core.chart.ChartLayout;
import org.commissioningexplorer.core.chart.ChartNode;
import org.commissioningexplorer.core.chart.Geometry;
import org.commissioningexplorer.core.chart.Geometry.Point;
import org.commissioningexplorer.core.chart.Geometry.Rect;
import org.commissioningexplorer.core.chart.LayeredLayout;

/**
 * Draws a {@link Handout.Chart} as vectors: the chart is laid out with the handout's own fonts (one chart unit a
 * point), then scaled down as a whole to fit the text width and the rest of the page, so every name stays inside
 * its box. Boxes are outlined rectangles with the kind in small grey over the name in bold; the centred body's
 * box is tinted; relationships are blue lines with a small head, tree lines grey.
 */
final class PdfChart {

    /** The name's size and line at scale 1, in points. */
    static final float NAME = 11f;
    static final float LINE = 14f;
    static final float KIND = NAME * 0.8f;
    static final float LABEL = 9f;
    private static final float PADDING = 6f;
    private static final float ARROW = 5f;
    private static final Color LINE_GREY = new Color(0x76, 0x86, 0x92);
    private static final Color BOX_EDGE = new Color(0x42, 0x55, 0x63);
    private static final Color CENTRE_FILL = new Color(0xE8, 0xF1, 0xFA);

    private final PdfCanvas c;
    private final Handout.Chart chart;
    private final BoxSizer sizer;

    PdfChart(PdfCanvas c, Handout.Chart chart) {
        this.c = c;
        this.chart = chart;
        this.sizer = new BoxSizer(s -> width(s, c.bold, NAME) + 1, LINE, PADDING, 100, 180, PdfChart::text,
                n -> c.printable(chart.kind().apply(n), c.regular));
    }

    static String text(ChartNode n) {
        return n.isMore() ? "+" + n.more() + " more" : n.body().name();
    }

    /** The chart laid out in points at scale 1, with the handout's fonts. */
    ChartLayout layout() {
        return new LayeredLayout(sizer).layout(chart.model());
    }

    /** The lines of a box's name, as drawn. */
    List<String> lines(ChartNode n) {
        return sizer.wrap(c.printable(text(n), c.bold));
    }

    /** Lays the chart out and draws it at the pen, scaled to the room left on the page. */
    void draw(float roomBelowCaption) throws IOException {
        ChartLayout layout = layout();
        float most = c.y() - PdfCanvas.BOTTOM - roomBelowCaption;
        float scale = (float) Math.min(1, Math.min(c.textWidth() / layout.width(), most / layout.height()));
        float w = (float) layout.width() * scale;
        float h = (float) layout.height() * scale;
        c.need(h);
        float left = PdfCanvas.MARGIN + (c.textWidth() - w) / 2;
        float top = c.y();
        Pen pen = new Pen(c.stream(), left, top, scale);
        for (ChartLayout.Route r : layout.routes()) {
            route(pen, r);
        }
        for (ChartLayout.Heading hd : layout.headings()) {
            pen.text(c.printable(hd.text(), c.bold), c.bold, LABEL, PdfCanvas.QUIET, hd.at().x(),
                    hd.at().y() + LABEL);
        }
        for (ChartNode n : chart.model().nodes()) {
            box(pen, n, layout.boxes().get(n.key()));
        }
        c.down(h);
    }

    private void route(Pen pen, ChartLayout.Route r) throws IOException {
        PDPageContentStream s = pen.s;
        List<Point> pts = r.points();
        s.setStrokingColor(r.edge().tree() ? LINE_GREY : PdfCanvas.BLUE);
        s.setLineWidth(0.7f * pen.scale);
        s.moveTo(pen.x(pts.get(0).x()), pen.y(pts.get(0).y()));
        for (Point p : pts.subList(1, pts.size())) {
            s.lineTo(pen.x(p.x()), pen.y(p.y()));
        }
        s.stroke();
        if (!r.edge().tree() && pts.size() > 1) {
            List<Point> head = Geometry.arrowhead(pts, ARROW);
            s.setNonStrokingColor(PdfCanvas.BLUE);
            s.moveTo(pen.x(head.get(0).x()), pen.y(head.get(0).y()));
            s.lineTo(pen.x(head.get(1).x()), pen.y(head.get(1).y()));
            s.lineTo(pen.x(head.get(2).x()), pen.y(head.get(2).y()));
            s.closePath();
            s.fill();
        }
        if (r.labelAt() != null && !r.edge().label().isEmpty()) {
            pen.text(c.printable(r.edge().label(), c.regular), c.regular, LABEL, PdfCanvas.QUIET, r.labelAt().x(),
                    r.labelAt().y() + LABEL);
        }
    }

    private void box(Pen pen, ChartNode n, Rect at) throws IOException {
        PDPageContentStream s = pen.s;
        boolean centre = n.role() == ChartNode.Role.CENTRE;
        s.setLineWidth((centre ? 1.4f : 0.6f) * pen.scale);
        s.setStrokingColor(centre ? PdfCanvas.BLUE : BOX_EDGE);
        s.setNonStrokingColor(centre ? CENTRE_FILL : Color.WHITE);
        s.addRect(pen.x(at.x()), pen.y(at.bottom()), (float) at.width() * pen.scale,
                (float) at.height() * pen.scale);
        s.fillAndStroke();
        double baseline = at.y() + PADDING + LINE * 0.75;
        String kind = fitted(sizer.kind().apply(n), (float) at.width() - 2 * PADDING);
        if (!kind.isEmpty()) {
            pen.text(kind, c.regular, KIND, PdfCanvas.QUIET, at.x() + PADDING, baseline);
        }
        for (String line : lines(n)) {
            baseline += LINE;
            pen.text(line, c.bold, NAME, PdfCanvas.TEXT, at.x() + PADDING, baseline);
        }
    }

    /** The kind's words that fit on the box's first line, with "…" when some are left out. */
    private String fitted(String kind, float room) throws IOException {
        if (c.width(kind, c.regular, KIND) <= room) {
            return kind;
        }
        String cut = kind;
        while (cut.length() > 1 && c.width(cut + "…", c.regular, KIND) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private float width(String s, org.apache.pdfbox.pdmodel.font.PDType0Font font, float size) {
        try {
            return c.width(c.printable(s, font), font, size);
        } catch (IOException e) {
            return s.length() * size * 0.6f;
        }
    }

    /** Chart units to page points: x from the left, y down from the top of the chart. */
    private record Pen(PDPageContentStream s, float left, float top, float scale) {

        float x(double x) {
            return left + (float) x * scale;
        }

        float y(double y) {
            return top - (float) y * scale;
        }

        void text(String text, org.apache.pdfbox.pdmodel.font.PDType0Font font, float size, Color color, double x,
                double baseline) throws IOException {
            s.beginText();
            s.setFont(font, size * scale);
            s.setNonStrokingColor(color);
            s.newLineAtOffset(x(x), y(baseline));
            s.showText(text);
            s.endText();
        }
    }
}
