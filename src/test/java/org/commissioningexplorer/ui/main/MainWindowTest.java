package org.commissioningexplorer.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.commissioningexplorer.core.data.Problem;
import org.commissioningexplorer.core.model.Body;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.tree.TreeEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The explorer window on the bundled dataset, driven through TestFX without a display. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final List<String> NORWICH_COMMITTEES = List.of("Audit Committee", "Remuneration Committee",
            "Finance Committee", "Council of Members", "Primary Care Delegated Commissioning Committee",
            "Joint Strategic Commissioning Committee", "Quality Committee");

    private ExplorerState model;
    private Stage stage;
    /** What the stand-in file dialog answers when the user opens a dataset. */
    private Path nextChosenFile;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindows.window().chooseDataset(() -> nextChosenFile).open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @SuppressWarnings("unchecked")
    private TreeView<TreeEntry> tree(FxRobot robot) {
        return robot.lookup(".organisation-tree").queryAs(TreeView.class);
    }

    private Body selectedInTree(FxRobot robot) {
        TreeItem<TreeEntry> item = tree(robot).getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().bodyOrNull();
    }

    private Body topRow(FxRobot robot) {
        return tree(robot).getRoot().getChildren().get(0).getValue().bodyOrNull();
    }

    private String detailTitle(FxRobot robot) {
        return robot.lookup(".detail-title").queryAs(Label.class).getText();
    }

    @Test
    void opensOnTheBundledDatasetWithNhsEnglandAtTheTop(FxRobot robot) {
        assertEquals("NHS England", topRow(robot).name());
        assertTrue(tree(robot).getRoot().getChildren().get(0).isExpanded(), "the top level starts open");
        var councils = tree(robot).getRoot().getChildren().stream()
                .filter(i -> i.getValue() instanceof org.commissioningexplorer.ui.tree.TreeEntry.GroupEntry).findFirst()
                .orElseThrow();
        assertFalse(councils.isExpanded(), "a long list under a heading starts closed");
        assertEquals("NHS England", detailTitle(robot));
        assertTrue(robot.lookup(".status-dataset").queryAs(Label.class).getText().contains("Bundled data"));
    }

    @Test
    void searchingForNorwichAndPressingEnterShowsItsSevenCommittees(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertTrue(robot.lookup(".search-field").queryAs(TextField.class).isFocused(), "Ctrl+F goes to the search");
        robot.write("06W").type(KeyCode.ENTER);

        assertEquals("ccg-06W", selectedInTree(robot).id());
        assertEquals("NHS Norwich CCG", detailTitle(robot));
        robot.clickOn(sectionTab(robot, "PARTS"));
        List<String> parts = robot.lookup(".parts .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).toList();
        assertTrue(parts.containsAll(NORWICH_COMMITTEES), () -> "parts shown: " + parts);
        robot.clickOn(sectionTab(robot, "DOCUMENTS"));
        assertTrue(robot.lookup(".document-row").queryAll().size() >= 6, "committee terms of reference are listed");
        assertEquals("", robot.lookup(".search-field").queryAs(TextField.class).getText(), "the search is done");
        assertTrue(tree(robot).getRoot().getChildren().size() >= 1 && robot.lookup(".tree-box").query().isVisible(), "the tree is back");
    }

    @Test
    void arrowKeysMoveThroughTheTree(FxRobot robot) {
        robot.clickOn(".organisation-tree");
        int before = tree(robot).getSelectionModel().getSelectedIndex();
        Body after = null;
        for (int i = 0; i < 30 && after == null; i++) { // past any heading rows to the first body
            robot.type(KeyCode.DOWN);
            after = selectedInTree(robot);
        }
        assertTrue(tree(robot).getSelectionModel().getSelectedIndex() > before, "Down moves the selection");
        assertTrue(after != null, "Down reaches a body");
        assertEquals(after.name(), detailTitle(robot), "the detail pane follows the tree");
    }

    @Test
    void clickingARelationshipLinkSelectsItsTargetInTheTree(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        robot.clickOn(sectionTab(robot, "RELATIONSHIPS"));
        Hyperlink successor = robot.lookup(".body-link").queryAllAs(Hyperlink.class).stream()
                .filter(l -> "ccg-26A".equals(l.getUserData()) && isInRelationships(l))
                .findFirst().orElseThrow(() -> new AssertionError("no link to 26A under Relationships"));
        scrollIntoView(robot, successor);

        robot.clickOn(successor);

        assertEquals("ccg-26A", selectedInTree(robot).id());
        assertEquals("NHS Norfolk and Waveney CCG", detailTitle(robot));
        assertEquals(java.time.LocalDate.of(2020, 4, 1), model.asAt().get(),
                "26A began after the as-at date (2019-10-01), so the date moved to its first day");
        assertTrue(robot.lookup(".status-message").queryAs(Label.class).getText().startsWith("Moved the date to 1 April 2020"));
    }

    @Test
    void openingABadDatasetListsEveryErrorAndKeepsTheOpenData(FxRobot robot) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"title\": \"Bad\", \"edition\": \"2024-01-01\",\n"
                + " \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"kind\": \"ccg\", \"parent\": \"ghost\"},\n"
                + "             {\"id\": \"a\", \"kind\": \"ccg\"}]}\n");
        robot.interact(() -> model.navigation().select("ccg-06W"));
        nextChosenFile = bad;

        robot.push(KeyCode.CONTROL, KeyCode.O);

        assertTrue(robot.lookup(".problem-banner").query().isVisible(), "the problems are shown");
        String title = robot.lookup(".problem-title").queryAs(Label.class).getText();
        assertTrue(title.contains("Could not open bad.json: 3 errors"), title);
        assertTrue(title.contains("already open is unchanged"), title);
        @SuppressWarnings("unchecked")
        ListView<Problem> list = robot.lookup(".problem-list").queryAs(ListView.class);
        List<String> shown = list.getItems().stream().map(Problem::format).toList();
        assertTrue(shown.contains(bad + ":2:63: parent of body 'a' refers to 'ghost', which is not the id of any "
                + "body in the dataset; check the spelling or add that body"), shown::toString);
        assertTrue(shown.stream().anyMatch(s -> s.startsWith(bad + ":3:21: duplicate id 'a'")), shown::toString);
        // Each problem is on screen in full: wrapped, not cut off at the side or hidden below the list's edge.
        robot.interact(() -> {
            stage.setWidth(700);
            stage.setHeight(1000); // so a quarter of the window holds the few problems there are
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds listBounds = list.localToScene(list.getBoundsInLocal());
        List<javafx.scene.control.Labeled> cells = robot.lookup(".problem-list .list-cell")
                .queryAllAs(javafx.scene.control.Labeled.class).stream()
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).toList();
        assertEquals(shown.size(), cells.size(), "every problem has its row");
        for (javafx.scene.control.Labeled c : cells) {
            Bounds b = c.localToScene(c.getBoundsInLocal());
            assertTrue(b.getMaxY() <= listBounds.getMaxY() + 1, () -> "row below the list's edge: " + c.getText());
            assertFalse(((javafx.scene.text.Text) c.lookup(".text")).getText().endsWith("…"), "not cut short");
        }

        assertEquals("NHS Norwich CCG", detailTitle(robot), "the old dataset and selection stay");
        assertEquals("NHS England", topRow(robot).name());

        robot.clickOn("Dismiss");
        assertFalse(robot.lookup(".problem-banner").query().isVisible());
    }

    @Test
    void openingAGoodDatasetReplacesTheTree(FxRobot robot) {
        nextChosenFile = Path.of("src/test/resources/datasets/small/dataset.json");
        robot.push(KeyCode.CONTROL, KeyCode.O);
        assertEquals("Small test dataset", model.session().queries().dataset().info().title());
        assertEquals("NHS England", topRow(robot).name());
        // The as-at date stays where the user left it (2019-10-01): of CCG A (2013-2020) and CCG B
        // (from 2020), only A is in the tree then.
        assertEquals(1, tree(robot).getRoot().getChildren().get(0).getChildren().size());
        assertEquals("ccg-a", tree(robot).getRoot().getChildren().get(0).getChildren().get(0).getValue().bodyOrNull().id());
        assertTrue(robot.lookup(".status-dataset").queryAs(Label.class).getText().contains("Small test dataset"));
    }

    /** The detail pane's section bar entry for a section ("DOCUMENTS"). */
    private static Node sectionTab(FxRobot robot, String section) {
        return robot.lookup(".section-tab").queryAll().stream()
                .filter(n -> section.equals(String.valueOf(n.getUserData()))).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + section + " on the bar"));
    }

    private static boolean isInRelationships(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if ("sectionBox".equals(p.getId()) && "RELATIONSHIPS".equals(String.valueOf(p.getUserData()))) {
                return true;
            }
        }
        return false;
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
