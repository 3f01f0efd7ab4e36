package org.commissioningexplorer.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.testing.RecordingOpener;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.commissioningexplorer.ui.library.LibraryViewModel.Row;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Documents › Library and Help › Explainers on the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class LibraryTest {

    private ExplorerState model;
    private Stage mainStage;
    private final RecordingOpener opener = new RecordingOpener();
    private final Settings settings = Settings.inMemory();

    @Start
    void start(Stage stage) {
        mainStage = stage;
        model = TestWindows.window().opener(opener).settings(settings).open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
    }

    @SuppressWarnings("unchecked")
    private TableView<Row> table(FxRobot robot) {
        return robot.lookup(".library-table").queryAs(TableView.class);
    }

    private List<String> titles(FxRobot robot) {
        return table(robot).getItems().stream().map(Row::title).toList();
    }

    /** The library's cell showing {@code text} (the window behind may show the same words). */
    private Node cell(FxRobot robot, String text) {
        return robot.from(table(robot)).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no cell '" + text + "' in the library"));
    }

    private String summary(FxRobot robot) {
        return robot.lookup(".library-summary").queryAs(Label.class).getText();
    }

    private void choose(FxRobot robot, String comboStyle, String item) {
        robot.clickOn(comboStyle);
        Node cell = robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> item.equals(c.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no choice '" + item + "' in " + comboStyle));
        robot.clickOn(cell);
        assertEquals(item, robot.lookup(comboStyle).queryAs(ComboBox.class).getConverter()
                .toString(robot.lookup(comboStyle).queryAs(ComboBox.class).getValue()));
    }

    private void openLibrary(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.L);
        assertTrue(robot.lookup(".library-table").tryQuery().isPresent(), "Ctrl+L opens the library");
    }

    private static Stage library() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Documents library".equals(s.getTitle()))
                .map(Stage.class::cast).findFirst().orElseThrow();
    }

    @Test
    void opensBesideTheMainWindowNeverOverItsLeftHalfAndEscClosesIt(FxRobot robot) {
        openLibrary(robot);
        Stage lib = library();
        double mainMiddle = mainStage.getX() + mainStage.getWidth() / 2;
        assertTrue(lib.getX() >= mainMiddle || lib.getX() + lib.getWidth() <= mainStage.getX(),
                "not over the tree: library at " + lib.getX() + ", main window " + mainStage.getX() + " wide "
                        + mainStage.getWidth());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(lib.getX() + lib.getWidth() <= screen.getMaxX() && lib.getY() + lib.getHeight() <= screen.getMaxY(),
                "on the screen");

        robot.interact(() -> {
            lib.setX(screen.getMinX() + 20); // the user puts it somewhere else
            lib.setY(screen.getMinY() + 30);
        });
        robot.type(KeyCode.ESCAPE);
        assertFalse(lib.isShowing(), "Esc closes the library");
        assertEquals(screen.getMinX() + 20, settings.getDouble("window.library.x", -1), "its place is kept");
        openLibrary(robot);
        robot.interact(() -> lib.setX(screen.getMinX() + 40));
        robot.interact(mainStage::hide); // quitting with the library open
        assertFalse(lib.isShowing());
        assertEquals(screen.getMinX() + 40, settings.getDouble("window.library.x", -1), "kept on quitting too");

        // A new session of the window opens the library where it was left.
        TestWindows.closeAll(robot);
        robot.interact(() -> TestWindows.window().settings(settings).open(new Stage()));
        robot.push(KeyCode.CONTROL, KeyCode.L);
        assertEquals(screen.getMinX() + 40, library().getX());
        assertEquals(screen.getMinY() + 30, library().getY());
    }

    @Test
    void filtersByWordsKindYearAndBody(FxRobot robot) {
        openLibrary(robot);
        int all = table(robot).getItems().size();
        assertEquals(16, all, titles(robot)::toString);
        assertEquals("16 documents", summary(robot));

        robot.clickOn(".library-search").write("audit");
        assertEquals(List.of("Audit Committee Terms of Reference"), titles(robot));
        assertEquals("1 of 16 documents", summary(robot));
        robot.clickOn("Clear filters");
        assertEquals(all, table(robot).getItems().size());

        choose(robot, ".library-kind", "Terms of reference");
        assertEquals(6, table(robot).getItems().size(), titles(robot)::toString);
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.kind().equals("Terms of reference")));

        choose(robot, ".library-year", "2019");
        assertEquals(List.of("Audit Committee Terms of Reference", "Remuneration Committee Terms of Reference",
                "JSCC Terms of Reference"), titles(robot));

        robot.clickOn(".library-body").write("remuneration");
        assertEquals(List.of("Remuneration Committee Terms of Reference"), titles(robot));
    }

    @Test
    void columnsSortByDateAndSize(FxRobot robot) {
        openLibrary(robot);
        choose(robot, ".library-kind", "Terms of reference");
        robot.clickOn("Size");
        List<Integer> sizes = table(robot).getItems().stream().map(Row::sizeKB).toList();
        assertEquals(List.of(152, 160, 199, 225, 239, 316), sizes);
        robot.clickOn("Date");
        assertEquals("NHS Norwich CCG Primary Care Delegated Commissioning Committee Terms of Reference",
                titles(robot).get(0), "undated first, then oldest: " + titles(robot));
        assertEquals("JSCC Terms of Reference", titles(robot).get(5));
    }

    @Test
    void norwichDocumentsAreListedWithDatesAndSizes(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        // The detail pane builds its Documents section when it is shown.
        robot.clickOn(robot.lookup(".section-tab").match((javafx.scene.Node n) -> "DOCUMENTS".equals(String.valueOf(n.getUserData())))
                .queryAs(javafx.scene.Node.class));
        List<String> dates = robot.lookup(".doc-date").queryAllAs(Label.class).stream().map(Label::getText).toList();
        List<String> sizes = robot.lookup(".doc-size").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(dates.containsAll(List.of("February 2019", "January 2019", "March 2018", "December 2017",
                "September 2019")), dates::toString);
        assertTrue(sizes.containsAll(List.of("199 KB", "239 KB", "160 KB", "225 KB", "152 KB", "316 KB")),
                sizes::toString);

        openLibrary(robot);
        robot.clickOn(".library-body").write("06W");
        Row audit = table(robot).getItems().stream().filter(r -> r.title().equals("Audit Committee Terms of Reference"))
                .findFirst().orElseThrow();
        assertEquals(199, audit.sizeKB());
        assertEquals("February 2019", audit.date().display());
        assertEquals("No", audit.offline(), "the bundled data has no copy of it");
        assertEquals("About us", audit.source());
    }

    @Test
    void showBodySelectsTheDocumentsBodyInTheWindow(FxRobot robot) {
        openLibrary(robot);
        robot.clickOn(".library-search").write("finance");
        robot.clickOn(cell(robot, "Finance Committee Terms of Reference"));
        robot.clickOn(".library-show-body");
        assertEquals("ccg-06W-finance-committee", model.navigation().selected().id());
    }

    @Test
    void enterOnAnExplainerShowsItInsideTheApp(FxRobot robot) {
        openLibrary(robot);
        choose(robot, ".library-kind", "Explainer");
        assertEquals(4, table(robot).getItems().size());
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.offline().equals("Yes")), "bundled copies");
        robot.clickOn(cell(robot, "Explainer: who oversees whom")).type(KeyCode.ENTER);

        assertTrue(explainerText(robot).startsWith("Who oversees whomNHS England"), explainerText(robot));
        assertTrue(opener.files.isEmpty(), "shown inside the app, not in a system viewer");
    }

    @Test
    void helpExplainersOpensWhatACcgWas(FxRobot robot) {
        robot.clickOn("Help").clickOn("Explainers").clickOn("What a Clinical Commissioning Group was");
        String text = explainerText(robot);
        assertTrue(text.contains("What a Clinical Commissioning Group was"), text);
        assertTrue(text.contains("Clinical Commissioning Groups (CCGs) were groups of GPs"), text);
        assertTrue(opener.files.isEmpty());

        Stage explainer = (Stage) robot.lookup(".explainer-view").query().getScene().getWindow();
        assertTrue(explainer.getX() >= mainStage.getX() + mainStage.getWidth() / 2
                || explainer.getX() + explainer.getWidth() <= mainStage.getX(), "not over the tree");
        javafx.scene.control.Menu explainers = (javafx.scene.control.Menu) robot.lookup(".menu-bar")
                .queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("_Help")).findFirst().orElseThrow().getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.Menu).findFirst().orElseThrow();
        robot.interact(() -> explainers.getItems().stream().filter(i -> i.getText().equals("Who oversees whom"))
                .findFirst().orElseThrow().fire());
        Stage second = Window.getWindows().stream().filter(w -> w != explainer && w instanceof Stage s
                && s.getTitle().equals("Explainer: who oversees whom")).map(Stage.class::cast).findFirst().orElseThrow();
        assertTrue(second.getX() > explainer.getX() || second.getY() > explainer.getY(),
                "a second explainer does not hide the first exactly");
        robot.interact(second::hide);

        robot.interact(explainer::requestFocus);
        robot.type(KeyCode.ESCAPE);
        assertFalse(explainer.isShowing(), "Esc closes the explainer");
    }

    private static String explainerText(FxRobot robot) {
        Node view = robot.lookup(".explainer-view").query();
        return robot.from(view).lookup((Node n) -> n instanceof Text).queryAllAs(Text.class).stream()
                .map(Text::getText).collect(Collectors.joining());
    }
}
