package org.commissioningexplorer.core.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A4 pages with margins, and a pen that moves down them: it wraps text to a width, starts a new page when
 * the next piece would not fit, and draws only inside the margins. The fonts are the app's own DejaVu Sans,
 * embedded (subset) so that every reader shows the same glyphs, dashes and arrows included.
 */
final class PdfCanvas implements AutoCloseable {

    static final PDRectangle SIZE = PDRectangle.A4;
    /** 20 mm at the sides and top; the bottom margin leaves room for the footer. */
    static final float MARGIN = 56.7f;
    static final float BOTTOM = 70f;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    static final Color TEXT = new Color(0x21, 0x2B, 0x32);
    static final Color QUIET = new Color(0x4C, 0x62, 0x72);
    static final Color BLUE = new Color(0x00, 0x5E, 0xB8);

    private final PDDocument doc;
    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private PDPage page;
    private PDPageContentStream stream;
    private float y;
    private PDRectangle size = SIZE;

    PdfCanvas(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
    }

    private PDType0Font font(String name) throws IOException {
        try (InputStream in = PdfCanvas.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the app");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    PDPage page() {
        return page;
    }

    float y() {
        return y;
    }

    /** Moves the pen down; a new page when there is less than {@code needed} left below it. */
    void need(float needed) throws IOException {
        if (stream == null || y - needed < BOTTOM) {
            newPage();
        }
    }

    void down(float by) {
        y -= by;
    }

    /** Space above a block, dropped at the top of a page. */
    void gap(float by) {
        if (stream != null && y < SIZE.getHeight() - MARGIN) {
            y -= by;
        }
    }

    /** The page being drawn on. */
    PDPageContentStream stream() {
        return stream;
    }

    /**
     * Starts a new page, upright or on its side (A4 landscape, for a wide chart), unless nothing is drawn on this
     * one yet: then this one turns as asked.
     */
    void pageBreak(boolean landscape) throws IOException {
        PDRectangle want = landscape ? new PDRectangle(SIZE.getHeight(), SIZE.getWidth()) : SIZE;
        if (stream == null || y < size.getHeight() - MARGIN) {
            size = want;
            newPage();
        } else if (size.getWidth() != want.getWidth()) {
            size = want;
            page.setMediaBox(want);
            y = size.getHeight() - MARGIN;
        }
    }

    /** The width between the margins of the page being drawn on. */
    float textWidth() {
        return size.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        close();
        page = new PDPage(size);
        doc.addPage(page);
        stream = new PDPageContentStream(doc, page);
        y = size.getHeight() - MARGIN;
    }

    /**
     * Draws text wrapped to {@code width} from {@code x} (from the left margin), a line every {@code leading},
     * moving to a new page between lines as needed.
     */
    void paragraph(String text, PDType0Font font, float size, Color color, float x, float width, float leading)
            throws IOException {
        for (String line : wrap(text, font, size, width)) {
            need(leading);
            y -= leading;
            line(line, font, size, color, MARGIN + x, y + leading * 0.25f);
        }
    }

    /** One line of text at a page position, without moving the pen. */
    void line(String text, PDType0Font font, float size, Color color, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    /** Draws a picture at the pen, {@code w} by {@code h} points, from the left margin. */
    void image(PDImageXObject image, float w, float h) throws IOException {
        need(h);
        y -= h;
        stream.drawImage(image, MARGIN + (WIDTH - w) / 2, y, w, h);
    }

    /** A thin rule across the text width at the pen. */
    void rule(Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(0.5f);
        stream.moveTo(MARGIN, y);
        stream.lineTo(MARGIN + WIDTH, y);
        stream.stroke();
    }

    float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** The text as lines no wider than {@code width}: at spaces, and inside a word (a URL) longer than a line. */
    List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(text, font).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String tried = line.isEmpty() ? word : line + " " + word;
            if (width(tried, font, size) <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(word, font, size) > width) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), font, size) > width) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text on one line with only characters the font can draw: others become "?", breaks become spaces. */
    String printable(String text, PDType0Font font) {
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                sb.append(' ');
            } else if (known.computeIfAbsent(cp, c -> drawable(font, c))) {
                sb.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp)) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private static boolean drawable(PDType0Font font, int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Ends the page being drawn; the document stays open. */
    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
