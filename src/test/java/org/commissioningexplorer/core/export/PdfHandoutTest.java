package org.commissioningexplorer.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.commissioningexplorer.core.data.DatasetLoader;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.core.model.Membership;
import org.commissioningexplorer.core.model.Source;
import org.commissioningexplorer.core.query.Attributed;
import org.commissioningexplorer.core.query.BodyProfile;
import org.commissioningexplorer.core.query.DatasetQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Norwich CCG's handout on 1 October 2019, written as a PDF and read back with PDFBox. */
class PdfHandoutTest {

    static final LocalDate DAY = LocalDate.of(2019, 10, 1);
    static DatasetQueries queries;
    static Body norwich;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        queries = new DatasetQueries(DatasetLoader.loadBundled().dataset().orElseThrow());
        norwich = queries.dataset().body("ccg-06W").orElseThrow();
    }

    private Path write(Handout h) throws IOException {
        Path file = tmp.resolve("handout.pdf");
        PdfHandout.write(h, file);
        return file;
    }

    /** The text of the pages, runs of white space (line breaks of wrapped text) as one space. */
    private static String text(PDDocument doc, int from, int to) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(from);
        s.setEndPage(to);
        return s.getText(doc).replaceAll("\\s+", " ");
    }

    @Test
    void holdsTheTitleMembersResponsibilitiesAndNumberedSources() throws IOException {
        BodyProfile p = BodyProfile.of(queries, norwich, DAY);
        try (PDDocument doc = Loader.loadPDF(write(new HandoutBuilder(queries).build(norwich, DAY)).toFile())) {
            String text = text(doc, 1, doc.getNumberOfPages());
            assertTrue(text.startsWith("NHS Norwich CCG Clinical Commissioning Group · 06W"), text);
            assertTrue(text.contains("As at 1 October 2019"), text);
            assertTrue(text.contains("Registered nurse (at least 1, statutory)"), text);
            for (Attributed<Membership> m : p.membership()) {
                assertTrue(text.contains(m.item().role()), m.item().role());
            }
            assertFalse(p.responsibilities().isEmpty());
            p.responsibilities().forEach(r -> assertTrue(text.contains(r.item().service()), r.item().service()));
            assertTrue(text.contains("Relationships on 1 October 2019"), text);
            int sources = text.lastIndexOf("Sources [1]");
            assertTrue(sources > 0, text);
            for (int i = 0; i < p.sources().size(); i++) {
                Source s = p.sources().get(i);
                assertTrue(text.indexOf("[" + (i + 1) + "] " + s.citation(), sources) > 0, s.citation());
            }
        }
    }

    @Test
    void embedsItsFontsAndNumbersEveryPage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(write(new HandoutBuilder(queries).build(norwich, DAY)).toFile())) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages > 1, "Norwich's handout runs to several pages");
            for (int n = 1; n <= pages; n++) {
                PDPage page = doc.getPage(n - 1);
                List<COSName> names = new ArrayList<>();
                page.getResources().getFontNames().forEach(names::add);
                assertFalse(names.isEmpty());
                for (COSName name : names) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " on page " + n);
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                }
                String text = text(doc, n, n);
                assertTrue(text.contains("Page " + n + " of " + pages), "page " + n + ": " + text);
                assertTrue(text.contains("as at 1 October 2019"), text);
            }
            assertEquals("NHS Norwich CCG", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void noTextGoesIntoTheMargins() throws IOException {
        List<String> outside = new ArrayList<>();
        int[] seen = {0};
        Handout withChart = HandoutSections.withChart(new HandoutBuilder(queries).build(norwich, DAY), queries,
                norwich, DAY);
        try (PDDocument doc = Loader.loadPDF(write(withChart).toFile())) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition t : positions) {
                        seen[0]++;
                        float w = t.getPageWidth();
                        float h = t.getPageHeight();
                        if (t.getXDirAdj() < PdfCanvas.MARGIN - 0.5f
                                || t.getXDirAdj() + t.getWidthDirAdj() > w - PdfCanvas.MARGIN + 0.5f
                                || t.getYDirAdj() < PdfCanvas.MARGIN - 20 || t.getYDirAdj() > h - 30) {
                            outside.add(t.getUnicode() + " at " + t.getXDirAdj() + "," + t.getYDirAdj() + " in " + text);
                        }
                    }
                }
            };
            s.getText(doc);
        }
        assertTrue(seen[0] > 5000, "every character was looked at: " + seen[0]);
        assertEquals(List.of(), outside);
    }

    @Test
    void theOrgChartHasALandscapePageOfItsOwnDrawnAsLinesAndText() throws IOException {
        Handout h = HandoutSections.withChart(new HandoutBuilder(queries).build(norwich, DAY), queries, norwich, DAY);
        try (PDDocument doc = Loader.loadPDF(write(h).toFile())) {
            int chartPage = 0;
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                if (text(doc, n, n).startsWith("Org chart")) {
                    chartPage = n;
                }
            }
            assertTrue(chartPage > 1, "a page starts with the Org chart heading");
            PDPage page = doc.getPage(chartPage - 1);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            assertFalse(page.getResources().getXObjectNames().iterator().hasNext(), "vectors, not a picture");
            String chart = text(doc, chartPage, chartPage);
            for (String name : List.of("NHS England", "NHS Norwich CCG", "Audit Committee", "Governing Body",
                    "Norfolk County Council", "Clinical Commissioning Group", "Takes part in joint committee")) {
                assertTrue(chart.contains(name), name + " in " + chart);
            }
            assertTrue(chart.contains("on 1 October 2019"), chart);
            String next = text(doc, chartPage + 1, chartPage + 1);
            assertTrue(next.startsWith("Sources [1]"), "the sources follow, upright: " + next);
            PDPage after = doc.getPage(chartPage);
            assertTrue(after.getMediaBox().getWidth() < after.getMediaBox().getHeight());
            assertTrue(text(doc, chartPage, chartPage).contains("Page " + chartPage + " of "), "footer");
        }
    }

    @Test
    void theTrainersNoteIsASectionOfParagraphs() throws IOException {
        Handout h = HandoutSections.withNote(new HandoutBuilder(queries).build(norwich, DAY),
                "Ask who chairs it.\nThen who audits it.\n\nSecond paragraph.");
        assertEquals(List.of(new Handout.Heading("Trainer's note"), new Handout.Paragraph("Ask who chairs it. Then who "
                + "audits it."), new Handout.Paragraph("Second paragraph.")),
                h.main().subList(h.main().size() - 3, h.main().size()));
        try (PDDocument doc = Loader.loadPDF(write(h).toFile())) {
            String text = text(doc, 1, doc.getNumberOfPages());
            assertTrue(text.contains("Trainer's note Ask who chairs it. Then who audits it. Second paragraph. Sources"),
                    text);
        }
    }

    @Test
    void anExtraSectionComesBeforeTheSourcesWithItsPicture() throws IOException {
        BufferedImage picture = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        Handout h = new HandoutBuilder(queries).build(norwich, DAY)
                .withSection("Organisation chart", List.of(new Handout.Image(png.toByteArray(), 300, "Who reports to whom"),
                        new Handout.Paragraph("A trainer's note")));
        try (PDDocument doc = Loader.loadPDF(write(h).toFile())) {
            String text = text(doc, 1, doc.getNumberOfPages());
            int chart = text.indexOf("Organisation chart");
            assertTrue(chart > 0 && chart < text.lastIndexOf("Sources [1]"), text);
            assertTrue(text.indexOf("Who reports to whom A trainer's note") > chart, text);
            boolean image = false;
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    image |= page.getResources().isImageXObject(n);
                }
            }
            assertTrue(image, "the picture is on a page");
        }
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMark() throws IOException {
        Handout h = new Handout("Test 漢 – ok", "sub", List.of(new Handout.Paragraph("tab\there")), List.of(), "foot");
        try (PDDocument doc = Loader.loadPDF(write(h).toFile())) {
            assertTrue(text(doc, 1, 1).startsWith("Test ? – ok sub tab here"), text(doc, 1, 1));
        }
    }
}
