package org.commissioningexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commissioningexplorer.core.export.Handout;
import org.commissioningexplorer.ui.common.BackgroundRunner;
import org.commissioningexplorer.ui.common.FileDialogs;
import org.commissioningexplorer.ui.common.Services;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.common.Texts;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File › Export PDF… and File › Print… in the window, with a stand-in save dialog and no printer. */
@ExtendWith(ApplicationExtension.class)
class ExportTest {

    @TempDir
    static Path dir;

    private ExplorerState model;
    private Stage stage;
    /** What the stand-in save dialog answers (null: cancelled). */
    private Path saveAs;
    private final Settings settings = Settings.inMemory();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindows.window().settings(settings).chooseHandout(() -> saveAs).open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestWindows.closeAll(robot);
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private void showNorwich(FxRobot robot) {
        robot.interact(() -> {
            model.asAt().set(LocalDate.of(2019, 10, 1));
            model.navigation().select("ccg-06W");
        });
    }

    @Test
    void theFileMenuWritesTheHandoutOfTheBodyShown(FxRobot robot) throws IOException {
        showNorwich(robot);
        saveAs = dir.resolve("norwich"); // no suffix typed: .pdf is added
        robot.clickOn(Texts.get("menu.file").replace("_", ""));
        robot.clickOn(Texts.get("menu.file.exportPdf").replace("_", ""));
        Path written = dir.resolve("norwich.pdf");
        assertTrue(Files.exists(written), "the PDF is written");
        assertEquals(Texts.format("export.done", "NHS Norwich CCG", written), model.status().message());
        String text = pdfText(written);
        assertTrue(text.startsWith("NHS Norwich CCG Clinical Commissioning Group · 06W"), text);
        assertTrue(text.contains("as at 1 October 2019"), text);
    }

    private void showNothing(FxRobot robot) {
        robot.interact(() -> model.navigation().select((org.commissioningexplorer.core.model.Body) null));
    }

    @Test
    void ctrlEWithNothingShownSaysSo(FxRobot robot) {
        showNothing(robot);
        saveAs = dir.resolve("nothing.pdf");
        robot.push(KeyCode.CONTROL, KeyCode.E);
        assertEquals(Texts.get("export.noBody"), model.status().message());
        assertFalse(Files.exists(dir.resolve("nothing.pdf")));
    }

    @Test
    void aCancelledDialogWritesNothing(FxRobot robot) throws IOException {
        showNorwich(robot);
        saveAs = null;
        robot.interact(() -> model.status().say("before"));
        String before = model.status().message();
        robot.push(KeyCode.CONTROL, KeyCode.E);
        assertEquals(before, model.status().message());
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().startsWith(".handout-")), "no part file");
        }
    }

    @Test
    void anExtraSectionGoesIntoTheHandout(FxRobot robot) throws IOException {
        showNorwich(robot);
        Path file = dir.resolve("extra.pdf");
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseDataset(Window owner, Path startIn) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseHandout(Window owner, String bodyName, String fileName) {
                assertEquals("06W-2019-10-01.pdf", fileName);
                return Optional.of(file);
            }
        };
        HandoutExport export = new HandoutExport(model, new Services(Settings.inMemory(), BackgroundRunner.sameThread(),
                dialogs, Texts.bundle(), null));
        export.addExtra((h, view) -> h.withSection("Trainer's note",
                List.of(new Handout.Paragraph("Ask who chairs the " + view.selected().name() + " Governing Body."))));
        robot.interact(() -> export.export(stage));
        String text = pdfText(file);
        assertTrue(text.contains("Trainer's note Ask who chairs the NHS Norwich CCG Governing Body."), text);
    }

    private String exportWithNote(FxRobot robot, boolean include, String name) throws IOException {
        showNorwich(robot);
        Path file = dir.resolve(name);
        saveAs = file;
        org.commissioningexplorer.core.notes.NotesStore notes = org.commissioningexplorer.core.notes.NotesStore.inMemory();
        HandoutExport export = new HandoutExport(model, new Services(Settings.inMemory(), BackgroundRunner.sameThread(),
                new FileDialogs() {
                    @Override
                    public Optional<Path> chooseDataset(Window owner, Path startIn) {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<Path> chooseHandout(Window owner, String bodyName, String fileName) {
                        return Optional.of(file);
                    }
                }, Texts.bundle(), null, null, notes));
        robot.interact(() -> {
            notes.setText(model.navigation().view().selected(), "Compare the governing body with the ICB board.");
            export.setIncludeNote(include);
            export.export(stage);
        });
        return pdfText(file);
    }

    @Test
    void withIncludeNoteTheHandoutCarriesTheNoteAfterTheChart(FxRobot robot) throws IOException {
        String text = exportWithNote(robot, true, "with-note.pdf");
        assertTrue(text.contains("Trainer's note Compare the governing body with the ICB board. Sources"), text);
        assertTrue(text.contains("Org chart"), text);
        assertTrue(text.contains("Audit Committee"), text);
    }

    @Test
    void withoutIncludeNoteTheNoteStaysOut(FxRobot robot) throws IOException {
        String text = exportWithNote(robot, false, "without-note.pdf");
        assertFalse(text.contains("Trainer's note"), text);
        assertFalse(text.contains("Compare the governing body"), text);
    }

    @Test
    void theFileMenuItemIsRememberedInTheSettings(FxRobot robot) {
        assertFalse(settings.getBoolean(HandoutExport.INCLUDE_NOTE, false));
        robot.clickOn(Texts.get("menu.file").replace("_", ""));
        robot.clickOn(Texts.get("menu.file.includeNote"));
        assertTrue(settings.getBoolean(HandoutExport.INCLUDE_NOTE, false), "ticked");
        robot.clickOn(Texts.get("menu.file").replace("_", ""));
        robot.clickOn(Texts.get("menu.file.includeNote"));
        assertFalse(settings.getBoolean(HandoutExport.INCLUDE_NOTE, true), "unticked");
    }

    @Test
    void printWithoutAPrinterSaysSoInTheStatusBar(FxRobot robot) {
        showNorwich(robot);
        robot.interact(() -> new DetailPrinter(model, () -> null).print(robot.lookup(".detail-pane").query(), stage));
        assertEquals(Texts.get("print.noPrinter"), model.status().message());
    }

    @Test
    void printWithNothingShownSaysSo(FxRobot robot) {
        showNothing(robot);
        robot.interact(() -> new DetailPrinter(model, () -> null).print(robot.lookup(".detail-pane").query(), stage));
        assertEquals(Texts.get("print.noBody"), model.status().message());
    }
}
