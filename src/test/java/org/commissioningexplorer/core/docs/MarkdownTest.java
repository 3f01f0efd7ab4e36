package org.commissioningexplorer.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.commissioningexplorer.core.docs.Markdown.Block;
import org.commissioningexplorer.core.docs.Markdown.Kind;
import org.commissioningexplorer.core.docs.Markdown.Span;
import org.commissioningexplorer.core.docs.Markdown.Style;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void readsHeadingsParagraphsListsAndInlineStyles() {
        List<Block> blocks = Markdown.parse("""
                # Title

                A paragraph that
                runs over two lines with **bold** and `06W`.

                - first item
                  continued here
                - second, see https://www.legislation.gov.uk/ukpga/2022/31/contents
                1. numbered
                ## Sources
                <script>alert(1)</script>
                """);
        assertEquals(List.of(Kind.HEADING, Kind.PARAGRAPH, Kind.BULLET, Kind.BULLET, Kind.NUMBERED, Kind.HEADING,
                Kind.PARAGRAPH), blocks.stream().map(Block::kind).toList());
        assertEquals(1, blocks.get(0).level());
        assertEquals("A paragraph that runs over two lines with bold and 06W.", blocks.get(1).plainText());
        assertEquals(List.of(new Span("A paragraph that runs over two lines with ", Style.PLAIN),
                new Span("bold", Style.BOLD), new Span(" and ", Style.PLAIN), new Span("06W", Style.CODE),
                new Span(".", Style.PLAIN)), blocks.get(1).spans());
        assertEquals("first item continued here", blocks.get(2).plainText());
        assertEquals(new Span("https://www.legislation.gov.uk/ukpga/2022/31/contents", Style.LINK),
                blocks.get(3).spans().get(1));
        assertEquals("1.", blocks.get(4).marker());
        assertEquals(2, blocks.get(5).level());
        assertEquals("<script>alert(1)</script>", blocks.get(6).plainText(), "kept as plain text, never run");
    }

    @Test
    void aFullStopAfterAnAddressEndsTheSentenceNotTheAddress() {
        assertEquals(List.of(new Span("See ", Style.PLAIN), new Span("https://example.org/a", Style.LINK),
                new Span(".", Style.PLAIN)), Markdown.spans("See https://example.org/a."));
        List<Span> spans = Markdown.spans("https://example.org/a?b=1, then");
        assertEquals(new Span("https://example.org/a?b=1", Style.LINK), spans.get(0));
        assertEquals(", then", spans.subList(1, spans.size()).stream().map(Span::text).reduce("", String::concat));
    }

    @Test
    void everyBundledExplainerHasATitleAndListsItsSources() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("resources/documents/explainers"))) {
            List<Path> explainers = files.filter(p -> p.toString().endsWith(".md")).toList();
            assertEquals(4, explainers.size(), explainers::toString);
            for (Path p : explainers) {
                List<Block> blocks = Markdown.parse(Files.readString(p));
                assertEquals(Kind.HEADING, blocks.get(0).kind(), p::toString);
                assertTrue(blocks.stream().anyMatch(b -> b.kind() == Kind.HEADING && b.plainText().equals("Sources")),
                        () -> p + " lists no sources");
                assertTrue(blocks.stream().anyMatch(b -> b.kind() == Kind.NUMBERED), () -> p + " numbers its sources");
            }
        }
    }
}
