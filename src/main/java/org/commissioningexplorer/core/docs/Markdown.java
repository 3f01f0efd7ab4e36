package org.commissioningexplorer.core.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small part of Markdown the explainers use, read into blocks the window can draw: headings (#, ##,
 * ###), paragraphs, bullet lists (- or *), numbered lists (1.), and inside them **bold**, `code` and bare
 * https:// addresses. Anything else is kept as plain text, so nothing is lost and nothing runs.
 */
public final class Markdown {

    /** A run of text with one style. */
    public record Span(String text, Style style) {
    }

    public enum Style { PLAIN, BOLD, CODE, LINK }

    /** A block: a heading of level 1-3, a paragraph (level 0), or a list item (bullet or numbered). */
    public record Block(Kind kind, int level, String marker, List<Span> spans) {

        public String plainText() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    public enum Kind { HEADING, PARAGRAPH, BULLET, NUMBERED }

    private static final Pattern HEADING = Pattern.compile("^(#{1,3})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d+)[.)]\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|(https?://[^\\s)\\]]+)");

    private Markdown() {
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        Block item = null;
        StringBuilder itemText = new StringBuilder();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.stripTrailing();
            Matcher h = HEADING.matcher(line);
            Matcher b = BULLET.matcher(line);
            Matcher n = NUMBERED.matcher(line);
            boolean continuation = !line.isBlank() && Character.isWhitespace(line.charAt(0)) && item != null
                    && !b.matches() && !n.matches();
            if (continuation) {
                itemText.append(' ').append(line.strip());
                continue;
            }
            if (item != null) {
                blocks.add(new Block(item.kind(), 0, item.marker(), spans(itemText.toString())));
                item = null;
                itemText.setLength(0);
            }
            if (line.isBlank() || h.matches() || b.matches() || n.matches()) {
                flush(blocks, paragraph);
            }
            if (h.matches()) {
                blocks.add(new Block(Kind.HEADING, h.group(1).length(), "", spans(h.group(2).strip())));
            } else if (b.matches()) {
                item = new Block(Kind.BULLET, 0, "•", List.of());
                itemText.append(b.group(1).strip());
            } else if (n.matches()) {
                item = new Block(Kind.NUMBERED, 0, n.group(1) + ".", List.of());
                itemText.append(n.group(2).strip());
            } else if (!line.isBlank()) {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line.strip());
            }
        }
        if (item != null) {
            blocks.add(new Block(item.kind(), 0, item.marker(), spans(itemText.toString())));
        }
        flush(blocks, paragraph);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            blocks.add(new Block(Kind.PARAGRAPH, 0, "", spans(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Span(text.substring(at, m.start()), Style.PLAIN));
            }
            if (m.group(1) != null) {
                out.add(new Span(m.group(1), Style.BOLD));
            } else if (m.group(2) != null) {
                out.add(new Span(m.group(2), Style.CODE));
            } else {
                // A full stop or comma right after an address ends the sentence, not the address.
                String url = m.group(3);
                int end = url.length();
                while (end > 0 && ".,;:!?'\"".indexOf(url.charAt(end - 1)) >= 0) {
                    end--;
                }
                out.add(new Span(url.substring(0, end), Style.LINK));
                if (end < url.length()) {
                    out.add(new Span(url.substring(end), Style.PLAIN));
                }
            }
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Span(text.substring(at), Style.PLAIN));
        }
        return out;
    }
}
