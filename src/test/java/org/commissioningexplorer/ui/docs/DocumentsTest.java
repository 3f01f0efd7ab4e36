package org.commissioningexplorer.ui.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.commissioningexplorer.ui.testing.RecordingOpener;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.commissioningexplorer.core.docs.AttachedFiles;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.library.LibraryViewModel.Row;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Documents section on a small made-up dataset with a documents folder: an offline copy, a missing
 * one, one known only by its web address, one with neither, and an explainer.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentsTest {

    static final Path DATASET = Path.of("src/test/resources/datasets/documents/dataset.json");

    private ExplorerState model;
    private Stage stage;
    private final RecordingOpener opener = new RecordingOpener();
    private final Settings settings = Settings.inMemory();
    /** What the stand-in file dialog answers for "Locate file…". */
    private Path nextLocated;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindows.window().settings(settings).data(DATASET).opener(opener)
                .chooseDocument(() -> nextLocated).open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    /** The document's row in the Documents section, looked up afresh (the section is redrawn on changes). */
    private Node row(FxRobot robot, String title) {
        showDocuments(robot);
        return robot.lookup(".document-row").queryAll().stream()
                .filter(r -> robot.from(r).lookup(".item-title").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.getText().equals(title)))
                .findFirst().orElseThrow(() -> new AssertionError("no document row '" + title + "'"));
    }

    /** Shows the detail pane's Documents section, which is built only when shown, as a click on its entry does. */
    private static void showDocuments(FxRobot robot) {
        javafx.scene.control.ToggleButton tab = robot.lookup(".section-tab").queryAllAs(javafx.scene.control.ToggleButton.class)
                .stream().filter(b -> "DOCUMENTS".equals(String.valueOf(b.getUserData()))).findFirst()
                .orElseThrow(() -> new AssertionError("no Documents entry on the detail pane's section bar"));
        if (!tab.isSelected()) {
            robot.interact(tab::fire);
        }
    }

    private Button button(FxRobot robot, String title, String style) {
        return robot.from(row(robot, title)).lookup(style).queryButton();
    }

    private String rowText(FxRobot robot, String title) {
        return robot.from(row(robot, title)).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.joining(" | "));
    }

    /** The offline-copy chip of a document row, exactly. */
    private String chip(FxRobot robot, String title) {
        return robot.from(row(robot, title)).lookup(".offline-chip").queryAs(Label.class).getText();
    }

    private void click(FxRobot robot, Node node) {
        scrollIntoView(robot, node);
        robot.clickOn(node);
    }

    @Test
    void eachDocumentSaysWhetherItHasAnOfflineCopyAndAMissingOneSaysWhatToDo(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-a"));
        assertEquals("Offline copy", chip(robot, "Alpha annual report"));
        assertTrue(rowText(robot, "Alpha annual report").contains("June 2019"));
        assertTrue(rowText(robot, "Alpha annual report").contains("1 KB"));
        String missing = rowText(robot, "Alpha audit terms");
        assertEquals("Offline copy missing", chip(robot, "Alpha audit terms"));
        assertTrue(missing.contains("reports/audit-terms.pdf") && missing.contains("Locate file"), missing);
        assertTrue(rowText(robot, "Alpha constitution").contains("https://example.org/alpha/constitution.pdf"));
        assertTrue(rowText(robot, "Alpha minutes").contains("No offline copy"));
        assertTrue(robot.from(row(robot, "Alpha minutes")).lookup(".doc-open").tryQuery().isEmpty(),
                "nothing to open");
    }

    @Test
    void openHandsTheOfflineCopyToTheSystemViewer(FxRobot robot) throws IOException {
        robot.interact(() -> model.navigation().select("ccg-a"));
        click(robot, button(robot, "Alpha annual report", ".doc-open"));
        assertEquals(List.of(DATASET.resolveSibling("documents/reports/annual-report.pdf").toRealPath()), opener.files);
        assertTrue(opener.urls.isEmpty());
    }

    @Test
    void locateFileRemembersTheFileAndOpenThenUsesIt(FxRobot robot) throws IOException {
        Path mine = Files.writeString(dir.resolve("minutes March 2019.pdf"), "%PDF");
        nextLocated = mine;
        robot.interact(() -> model.navigation().select("ccg-a"));

        click(robot, button(robot, "Alpha minutes", ".doc-locate"));

        assertTrue(rowText(robot, "Alpha minutes").contains("Located copy"), rowText(robot, "Alpha minutes"));
        String key = AttachedFiles.storageKey("ccg-a|Alpha minutes");
        assertEquals(mine.toAbsolutePath().toString(), settings.get(key, null), "remembered in the user's settings");
        click(robot, button(robot, "Alpha minutes", ".doc-open"));
        assertEquals(List.of(mine.toRealPath()), opener.files);

        // It survives reloading the dataset.
        robot.interact(model.session()::reload);
        assertTrue(robot.lookup(".detail-scroll").query().isVisible(), "the page is shown again after a reload");
        assertTrue(rowText(robot, "Alpha minutes").contains("Located copy"));

        click(robot, button(robot, "Alpha minutes", ".doc-forget"));
        assertTrue(rowText(robot, "Alpha minutes").contains("No offline copy"));
        assertEquals(null, settings.get(key, null));
    }

    @Test
    void aLocatedFileThatHasGoneIsExplainedNotOpened(FxRobot robot) throws IOException {
        Path mine = Files.writeString(dir.resolve("terms.pdf"), "%PDF");
        nextLocated = mine;
        robot.interact(() -> model.navigation().select("ccg-a"));
        click(robot, button(robot, "Alpha audit terms", ".doc-locate"));
        Files.delete(mine);
        robot.interact(model.session()::reload);

        String text = rowText(robot, "Alpha audit terms");
        assertTrue(text.contains("Located file missing"), text);
        assertTrue(text.contains("terms.pdf is no longer at"), text);
        assertTrue(robot.from(row(robot, "Alpha audit terms")).lookup(".doc-open").tryQuery().isEmpty());
        assertTrue(opener.files.isEmpty());
    }

    @Test
    void aProgramIsNotAcceptedAsALocatedFile(FxRobot robot) throws IOException {
        nextLocated = Files.writeString(dir.resolve("minutes.pdf.exe"), "MZ");
        robot.interact(() -> model.navigation().select("ccg-a"));
        click(robot, button(robot, "Alpha minutes", ".doc-locate"));

        DialogPane warning = robot.lookup(".document-warning").queryAs(DialogPane.class);
        assertTrue(warning.getContentText().contains(".exe"), warning.getContentText());
        robot.clickOn("OK");
        assertTrue(rowText(robot, "Alpha minutes").contains("No offline copy"));
    }

    @Test
    void aWebPageOpensOnlyAfterTheUserAgrees(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-a"));
        click(robot, button(robot, "Alpha constitution", ".doc-open-url"));
        DialogPane confirm = robot.lookup(".confirm-url").queryAs(DialogPane.class);
        assertEquals("Open this page in your web browser?", confirm.getHeaderText());
        assertEquals("https://example.org/alpha/constitution.pdf", confirm.getContentText());
        robot.clickOn("Cancel");
        assertTrue(opener.urls.isEmpty(), "nothing opens without agreement");

        click(robot, button(robot, "Alpha constitution", ".doc-open-url"));
        robot.clickOn("Open in browser");
        assertEquals(List.of("https://example.org/alpha/constitution.pdf"), opener.urls);
    }

    @Test
    void anExplainerIsShownInsideTheAppAndItsLinksAskFirst(FxRobot robot) {
        robot.interact(() -> model.navigation().select("nhse"));
        click(robot, button(robot, "Explainer: how this test dataset works", ".doc-open"));

        Node view = robot.lookup(".explainer-view").query();
        String text = robot.from(view).lookup((Node n) -> n instanceof Text).queryAllAs(Text.class).stream()
                .map(Text::getText).collect(Collectors.joining());
        assertTrue(text.contains("How this test dataset works"), text);
        assertTrue(text.contains("made up"), "bold text is shown");
        assertTrue(robot.from(view).lookup(".explainer-h1").tryQuery().isPresent());
        assertEquals(2, robot.from(view).lookup(".explainer-item").queryAll().size(), "two bullets");
        assertTrue(opener.files.isEmpty(), "not handed to the system viewer");

        Node link = robot.from(view).lookup(".explainer-link").query();
        robot.clickOn(link);
        assertEquals("https://example.org/more", robot.lookup(".confirm-url").queryAs(DialogPane.class).getContentText());
        robot.clickOn("Open in browser");
        assertEquals(List.of("https://example.org/more"), opener.urls);
    }

    @Test
    void aFileLocatedInTheLibraryOpensFromTheLibraryAndShowsInTheDetailPane(FxRobot robot) throws IOException {
        Path mine = Files.writeString(dir.resolve("alpha-minutes.pdf"), "%PDF");
        nextLocated = mine;
        robot.interact(() -> model.navigation().select("ccg-a"));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        @SuppressWarnings("unchecked")
        TableView<Row> table = robot.lookup(".library-table").queryAs(TableView.class);
        assertEquals("No", offline(table, "Alpha minutes"));
        assertEquals("Missing", offline(table, "Alpha audit terms"));
        assertEquals("Yes", offline(table, "Alpha annual report"));

        robot.clickOn(cell(robot, table, "Alpha minutes"));
        robot.clickOn(".library-locate");
        assertEquals("Located", offline(table, "Alpha minutes"));
        assertTrue(rowText(robot, "Alpha minutes").contains("Located copy"), "the detail pane heard of it too");

        robot.doubleClickOn(cell(robot, table, "Alpha minutes"));
        assertEquals(List.of(mine.toRealPath()), opener.files);
    }

    private static Node cell(FxRobot robot, TableView<Row> table, String text) {
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell '" + text + "' in the library"));
    }

    private static String offline(TableView<Row> table, String title) {
        return table.getItems().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow().offline();
    }

    /** Scrolls the detail pane so that the node is on screen, as a user would before clicking. */
    private static void scrollIntoView(FxRobot robot, Node node) {
        ScrollPane scroll = robot.lookup(".detail-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> {
            Node content = scroll.getContent();
            Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (b.getMinY() - 40) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
