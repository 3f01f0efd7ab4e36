package org.commissioningexplorer.ui.searchbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.searchbox.SearchRow;
import org.commissioningexplorer.ui.tree.TreeEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Search as you type (Ctrl+F): grouped results in place of the tree; Enter, Down and Esc; moving the date. */
@ExtendWith(ApplicationExtension.class)
class SearchTest {

    private ExplorerState model;

    @Start
    void start(Stage stage) {
        model = TestWindows.window().open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        TestWindows.closeAll(robot);
    }

    @SuppressWarnings("unchecked")
    private ListView<SearchRow> results(FxRobot robot) {
        return robot.lookup(".search-results").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private TreeView<TreeEntry> tree(FxRobot robot) {
        return robot.lookup(".organisation-tree").queryAs(TreeView.class);
    }

    private TextField box(FxRobot robot) {
        return robot.lookup(".search-field").queryAs(TextField.class);
    }

    private Body selectedInTree(FxRobot robot) {
        TreeItem<TreeEntry> item = tree(robot).getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().bodyOrNull();
    }

    private List<String> headings(FxRobot robot) {
        return results(robot).getItems().stream().filter(SearchRow.Heading.class::isInstance)
                .map(r -> ((SearchRow.Heading) r).label()).toList();
    }

    private List<String> hitIds(FxRobot robot) {
        return results(robot).getItems().stream().filter(SearchRow.Hit.class::isInstance)
                .map(r -> ((SearchRow.Hit) r).hit().body().id()).toList();
    }

    @Test
    void typingShowsGroupedResultsInPlaceOfTheTreeAndEscBringsTheTreeBack(FxRobot robot) {
        assertFalse(results(robot).isVisible(), "no query, no results: the tree shows");
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(box(robot).isFocused(), "Ctrl+F goes to the search box");

        robot.write("norfolk & waveney");

        assertTrue(results(robot).isVisible());
        assertFalse(robot.lookup(".tree-box").query().isVisible(), "the results take the tree's place");
        List<String> headings = headings(robot);
        assertEquals("Sustainability and Transformation Partnerships", headings.get(0),
                "on 1 October 2019 the STP first (then bodies whose facts or notes name it): " + headings);
        assertEquals("At other dates", headings.get(headings.size() - 1), "the CCG (2020) and ICB (2022) later");
        assertTrue(hitIds(robot).containsAll(List.of("ccg-26A", "icb-QMM")), () -> "hits: " + hitIds(robot));
        String summary = robot.lookup(".search-summary").queryAs(Label.class).getText();
        assertTrue(summary.contains("on 1 October 2019"), summary);

        robot.type(KeyCode.ESCAPE);
        assertEquals("", box(robot).getText());
        assertFalse(results(robot).isVisible());
        assertTrue(robot.lookup(".tree-box").query().isVisible() && tree(robot).isFocused(), "back in the tree");
    }

    @Test
    void anExactCodeComesFirstAndEnterOpensIt(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F).write("06w");
        assertEquals("ccg-06W", hitIds(robot).get(0), () -> "exact code first: " + hitIds(robot));

        robot.type(KeyCode.ENTER);

        assertEquals("ccg-06W", selectedInTree(robot).id());
        assertEquals("", box(robot).getText(), "the search is done");
        assertTrue(robot.lookup(".tree-box").query().isVisible());
        assertEquals(LocalDate.of(2019, 10, 1), model.asAt().get(), "06W existed on the date: it stays");
    }

    @Test
    void openingABodyFromAnotherTimeMovesTheDateAndSaysSo(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F).write("QMM");
        assertTrue(headings(robot).contains("At other dates"), () -> "QMM's ICB began in 2022: " + headings(robot));

        robot.type(KeyCode.DOWN);
        assertTrue(results(robot).isFocused(), "Down goes into the results");
        assertTrue(results(robot).getSelectionModel().getSelectedItem() instanceof SearchRow.Hit, "on a hit, not a heading");
        int icb = hitIndex(robot, "icb-QMM");
        robot.interact(() -> results(robot).getSelectionModel().select(icb));
        robot.type(KeyCode.ENTER);

        assertEquals("icb-QMM", selectedInTree(robot).id());
        assertEquals(LocalDate.of(2022, 7, 1), model.asAt().get(), "moved to the ICB's first day");
        String status = robot.lookup(".status-message").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Moved the date to 1 July 2022"), status);
    }

    private int hitIndex(FxRobot robot, String id) {
        List<SearchRow> rows = results(robot).getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof SearchRow.Hit h && h.hit().body().id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id + " is not among the results: " + hitIds(robot));
    }

    @Test
    void typosAndTheWordsNhsAndCcgAreForgiven(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F).write("norwhich ccg");
        assertEquals("ccg-06W", hitIds(robot).get(0), () -> "one typo: " + hitIds(robot));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("zzqqxxw");
        assertEquals(List.of(), hitIds(robot));
        String summary = robot.lookup(".search-summary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("Nothing matches"), summary);
    }
}
