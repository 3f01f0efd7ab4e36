package org.commissioningexplorer.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.commissioningexplorer.core.AppInfo;
import org.commissioningexplorer.core.export.Handout.Block;

/**
 * Writes a {@link Handout} as an A4 PDF: the title, headings in NHS blue with a bookmark each, wrapped text in
 * DejaVu Sans (embedded), and on every page a footer with the as-at date, the dataset's edition and "Page n of m".
 * This class and PDFBox are loaded only when a handout is written.
 */
public final class PdfHandout {

    private static final float BODY = 10f;
    private static final float LEADING = 13.5f;
    private static final float SMALL = 8.5f;
    private static final float SMALL_LEADING = 11.5f;
    private static final float LABEL_WIDTH = 92f;
    private static final float INDENT = 14f;
    private static final float SOURCE_INDENT = 28f;

    private PdfHandout() {
    }

    /**
     * Writes the handout to {@code file}, replacing any file there. It is written beside it first and moved into
     * place, so a failed export leaves no half-written file.
     */
    public static void write(Handout handout, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path part = Files.createTempFile(dir, ".handout-", ".pdf.part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                write(handout, out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    public static void write(Handout handout, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentOutline outline = new PDDocumentOutline();
            PdfCanvas c = new PdfCanvas(doc);
            try (c) {
                c.need(60);
                c.paragraph(handout.title(), c.bold, 20f, PdfCanvas.BLUE, 0, PdfCanvas.WIDTH, 25f);
                bookmark(outline, handout.title(), c);
                c.down(3);
                c.paragraph(handout.subtitle(), c.regular, 11f, PdfCanvas.QUIET, 0, PdfCanvas.WIDTH, 15f);
                c.down(6);
                c.rule(PdfCanvas.BLUE);
                c.down(4);
                List<Block> blocks = handout.blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    if (blocks.get(i) instanceof Handout.Heading && i + 1 < blocks.size()
                            && blocks.get(i + 1) instanceof Handout.Chart) {
                        c.pageBreak(true); // a chart's section has a page of its own, on its side
                    } else if (i > 0 && blocks.get(i - 1) instanceof Handout.Chart) {
                        c.pageBreak(false);
                    }
                    draw(doc, c, outline, blocks.get(i));
                }
            }
            footers(doc, c, handout.footer());
            describe(doc, handout, outline);
            doc.save(out);
        }
    }

    private static void draw(PDDocument doc, PdfCanvas c, PDDocumentOutline outline, Block block) throws IOException {
        if (block instanceof Handout.Heading h) {
            c.gap(14);
            c.need(20 + 2 * LEADING); // a heading is never the last line of a page
            c.paragraph(h.text(), c.bold, 13f, PdfCanvas.BLUE, 0, PdfCanvas.WIDTH, 18f);
            bookmark(outline, h.text(), c);
            c.down(2);
        } else if (block instanceof Handout.SubHeading s) {
            c.gap(6);
            c.need(LEADING * 3);
            c.paragraph(s.text(), c.bold, BODY, PdfCanvas.TEXT, 0, PdfCanvas.WIDTH, LEADING);
        } else if (block instanceof Handout.Paragraph p) {
            c.gap(3);
            if (p.quiet()) {
                c.paragraph(p.text(), c.regular, 9f, PdfCanvas.QUIET, 0, PdfCanvas.WIDTH, 12.5f);
            } else {
                c.paragraph(p.text(), c.regular, BODY, PdfCanvas.TEXT, 0, PdfCanvas.WIDTH, LEADING);
            }
        } else if (block instanceof Handout.Field f) {
            field(c, f);
        } else if (block instanceof Handout.Item i) {
            item(c, i);
        } else if (block instanceof Handout.Image im) {
            image(doc, c, im);
        } else if (block instanceof Handout.Chart ch) {
            chart(c, ch);
        }
    }

    /** The label in a narrow column, in small bold grey, the value wrapped beside it. */
    private static void field(PdfCanvas c, Handout.Field f) throws IOException {
        List<String> lines = c.wrap(f.value(), c.regular, BODY, PdfCanvas.WIDTH - LABEL_WIDTH);
        boolean first = true;
        for (String line : lines) {
            c.need(LEADING);
            c.down(LEADING);
            float baseline = c.y() + LEADING * 0.25f;
            if (first) {
                c.line(c.printable(f.label(), c.bold), c.bold, 9f, PdfCanvas.QUIET, PdfCanvas.MARGIN, baseline);
                first = false;
            }
            c.line(line, c.regular, BODY, PdfCanvas.TEXT, PdfCanvas.MARGIN + LABEL_WIDTH, baseline);
        }
    }

    /** A marker in the margin of the list, its text beside it, and a quiet note under the text. */
    private static void item(PdfCanvas c, Handout.Item i) throws IOException {
        float indent = i.marker().equals("•") ? INDENT : SOURCE_INDENT;
        c.gap(2);
        c.need(LEADING);
        List<String> lines = c.wrap(i.text(), c.regular, BODY, PdfCanvas.WIDTH - indent);
        boolean first = true;
        for (String line : lines) {
            c.need(LEADING);
            c.down(LEADING);
            float baseline = c.y() + LEADING * 0.25f;
            if (first) {
                c.line(c.printable(i.marker(), c.regular), c.regular, BODY,
                        i.marker().equals("•") ? PdfCanvas.BLUE : PdfCanvas.QUIET, PdfCanvas.MARGIN + 2, baseline);
                first = false;
            }
            c.line(line, c.regular, BODY, PdfCanvas.TEXT, PdfCanvas.MARGIN + indent, baseline);
        }
        if (i.note() != null && !i.note().isBlank()) {
            c.paragraph(i.note().strip(), c.regular, SMALL, PdfCanvas.QUIET, indent, PdfCanvas.WIDTH - indent,
                    SMALL_LEADING);
        }
    }

    private static void image(PDDocument doc, PdfCanvas c, Handout.Image im) throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, im.png(), "image");
        float w = PdfCanvas.WIDTH;
        if (im.widthPoints() > 0) {
            w = (float) Math.min(w, im.widthPoints());
        }
        float h = w * image.getHeight() / image.getWidth();
        float most = PdfCanvas.SIZE.getHeight() - PdfCanvas.MARGIN - PdfCanvas.BOTTOM - 2 * LEADING;
        if (h > most) {
            w = w * most / h;
            h = most;
        }
        c.gap(6);
        c.image(image, w, h);
        if (im.caption() != null && !im.caption().isBlank()) {
            c.down(2);
            c.paragraph(im.caption(), c.regular, SMALL, PdfCanvas.QUIET, 0, PdfCanvas.WIDTH, SMALL_LEADING);
        }
    }

    private static void chart(PdfCanvas c, Handout.Chart ch) throws IOException {
        float captionRoom = ch.caption() == null || ch.caption().isBlank() ? 0
                : 4 + SMALL_LEADING * c.wrap(ch.caption(), c.regular, SMALL, c.textWidth()).size();
        c.gap(8);
        new PdfChart(c, ch).draw(captionRoom);
        if (captionRoom > 0) {
            c.down(4);
            c.paragraph(ch.caption(), c.regular, SMALL, PdfCanvas.QUIET, 0, c.textWidth(), SMALL_LEADING);
        }
    }

    private static void bookmark(PDDocumentOutline outline, String title, PdfCanvas c) {
        PDPageXYZDestination to = new PDPageXYZDestination();
        to.setPage(c.page());
        to.setTop((int) (c.y() + 24));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(to);
        outline.addLast(item);
    }

    /** The footer of every page: a rule, the handout's footer text at the left and "Page n of m" at the right. */
    private static void footers(PDDocument doc, PdfCanvas fonts, String footer) throws IOException {
        int pages = doc.getNumberOfPages();
        for (int n = 1; n <= pages; n++) {
            PDPage page = doc.getPage(n - 1);
            float width = page.getMediaBox().getWidth() - 2 * PdfCanvas.MARGIN;
            String number = "Page " + n + " of " + pages;
            float numberWidth = fonts.width(number, fonts.regular, 8f);
            List<String> lines = fonts.wrap(footer, fonts.regular, 8f, width - numberWidth - 18);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                float top = PdfCanvas.BOTTOM - 22;
                s.setStrokingColor(PdfCanvas.QUIET);
                s.setLineWidth(0.5f);
                s.moveTo(PdfCanvas.MARGIN, top + 12);
                s.lineTo(PdfCanvas.MARGIN + width, top + 12);
                s.stroke();
                float baseline = top;
                for (String line : lines.subList(0, Math.min(2, lines.size()))) {
                    text(s, fonts, line, PdfCanvas.MARGIN, baseline);
                    baseline -= 10;
                }
                text(s, fonts, number, PdfCanvas.MARGIN + width - numberWidth, top);
            }
        }
    }

    private static void text(PDPageContentStream s, PdfCanvas fonts, String text, float x, float baseline)
            throws IOException {
        s.beginText();
        s.setFont(fonts.regular, 8f);
        s.setNonStrokingColor(PdfCanvas.QUIET);
        s.newLineAtOffset(x, baseline);
        s.showText(text);
        s.endText();
    }

    private static void describe(PDDocument doc, Handout handout, PDDocumentOutline outline) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(handout.title());
        info.setSubject(handout.subtitle() + " · " + handout.footer());
        info.setCreator(AppInfo.NAME + " " + AppInfo.version());
        info.setCreationDate(Calendar.getInstance());
        doc.getDocumentCatalog().setLanguage("en-GB");
        doc.getDocumentCatalog().setDocumentOutline(outline);
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
    }
}
