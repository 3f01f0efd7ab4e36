package org.commissioningexplorer.core.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.commissioningexplorer.core.chart.Geometry.Size;

/**
 * How big each box and heading of the chart is: a box is its name wrapped to at most {@link #maxWidth} (and at
 * least {@link #minWidth}) under a line for its kind, with padding round it. The window measures text with its
 * font; tests use an estimate.
 *
 * @param textWidth  the width of a line of text
 * @param lineHeight the height of a line of text
 * @param padding    space between a box's edge and its text, on each side
 * @param text       what a box says (the body's name, "+12 more")
 * @param kind       the line above it (the kind's name), drawn 85% of the size after an icon a line wide
 */
public record BoxSizer(ToDoubleFunction<String> textWidth, double lineHeight, double padding, double minWidth,
                       double maxWidth, Function<ChartNode, String> text, Function<ChartNode, String> kind) {

    /** About seven pixels a character, a 16-pixel line: near enough the window's default font, for tests. */
    public static BoxSizer estimate() {
        return new BoxSizer(s -> s.length() * 7.0, 16, 8, 120, 220,
                n -> n.isMore() ? "+" + n.more() + " more" : n.body().name(), ChartNode::kind);
    }

    /** A box: its wrapped text under one line for its kind. */
    public Size box(ChartNode node) {
        List<String> lines = wrap(text.apply(node));
        double kindLine = lineHeight + 0.85 * textWidth.applyAsDouble(kind.apply(node));
        double widest = Math.max(kindLine, lines.stream().mapToDouble(textWidth).max().orElse(0));
        double width = Math.max(minWidth, Math.min(maxWidth, widest + 2 * padding));
        return new Size(Math.ceil(width), Math.ceil((lines.size() + 1) * lineHeight + 2 * padding));
    }

    /** A group's heading: one line, as wide as its text. */
    public Size heading(String label) {
        return new Size(Math.ceil(textWidth.applyAsDouble(label)) + 2, lineHeight);
    }

    /** The text broken between words into lines that fit inside a box; a word longer than a line keeps its own. */
    public List<String> wrap(String text) {
        double room = maxWidth - 2 * padding;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || textWidth.applyAsDouble(longer) <= room) {
                line.setLength(0);
                line.append(longer);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
