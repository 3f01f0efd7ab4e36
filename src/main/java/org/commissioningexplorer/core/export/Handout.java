package org.commissioningexplorer.core.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A body's page laid out as a printed handout: a title, then blocks in reading order, then the numbered
 * sources, with a footer line on every page. It knows nothing of PDF; {@link PdfHandout} draws it.
 *
 * <p>More sections (an org chart, a trainer's note) can be added with {@link #withSection}: they come after
 * the body's own sections and before its sources, so the numbered source list stays last.
 *
 * @param title    the body's name, the handout's first line and the PDF's title
 * @param subtitle one line under the title (kind and code)
 * @param main     everything between the title and the sources
 * @param sources  the "Sources" section: heading and numbered entries
 * @param footer   the text at the foot of every page, beside the page number (as-at date, edition)
 */
public record Handout(String title, String subtitle, List<Block> main, List<Block> sources, String footer) {

    public Handout {
        main = List.copyOf(main);
        sources = List.copyOf(sources);
    }

    /** One piece of the handout, drawn in order. */
    public sealed interface Block permits Heading, SubHeading, Paragraph, Field, Item, Image, Chart {
    }

    /** A section's heading ("Membership"). */
    public record Heading(String text) implements Block {
    }

    /** A heading inside a section ("Recorded for NHS Norwich CCG"). */
    public record SubHeading(String text) implements Block {
    }

    /** Wrapped text; {@code quiet} text is smaller and grey (notes, "none recorded"). */
    public record Paragraph(String text, boolean quiet) implements Block {
        public Paragraph(String text) {
            this(text, false);
        }
    }

    /** A label and its value on one line, the value wrapped beside the label ("Kind", "Codes"). */
    public record Field(String label, String value) implements Block {
    }

    /**
     * A list entry: a bullet (or {@code marker}, such as "[3]") and wrapped text, with an optional quiet note
     * under it.
     */
    public record Item(String marker, String text, String note) implements Block {
        public Item(String text) {
            this("•", text, null);
        }
    }

    /**
     * A picture, scaled to fit the text width (never wider than {@code widthPoints} when that is positive),
     * with a caption under it. {@code png} is a PNG or JPEG file's bytes.
     */
    public record Image(byte[] png, double widthPoints, String caption) implements Block {
    }

    /**
     * An org chart drawn as lines and boxes (not a picture): {@code kind} gives the small line above each box's
     * name ("Clinical commissioning group"), {@code caption} the quiet text under the chart. {@link PdfHandout}
     * lays it out with its own fonts and scales it to the page.
     */
    public record Chart(org.commissioningexplorer.core.chart.ChartModel model,
                        java.util.function.Function<org.commissioningexplorer.core.chart.ChartNode, String> kind,
                        String caption) implements Block {
    }

    /** This handout with one more section, after the body's own sections and before its sources. */
    public Handout withSection(String heading, List<Block> blocks) {
        List<Block> more = new ArrayList<>(main);
        more.add(new Heading(heading));
        more.addAll(blocks);
        return new Handout(title, subtitle, more, sources, footer);
    }

    /** Every block in drawing order: the main ones, then the sources. */
    public List<Block> blocks() {
        List<Block> all = new ArrayList<>(main);
        all.addAll(sources);
        return all;
    }
}
