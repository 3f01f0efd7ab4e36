package org.commissioningexplorer.ui.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.common.Settings;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tree in the window: by region at first, A–Z at a click, the choice remembered, the selection kept. */
@ExtendWith(ApplicationExtension.class)
class TreeModesTest {

    private final Settings settings = Settings.inMemory();
    private ExplorerState model;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        model = TestWindows.window().settings(settings).open(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @SuppressWarnings("unchecked")
    private TreeView<TreeEntry> tree(FxRobot robot) {
        return robot.lookup(".organisation-tree").queryAs(TreeView.class);
    }

    private static List<String> labels(List<TreeItem<TreeEntry>> items) {
        return items.stream().map(i -> i.getValue() instanceof TreeEntry.GroupEntry g ? g.label()
                : i.getValue().bodyOrNull().name()).toList();
    }

    @Test
    void anotherDateKeepsTheRowsAndNoOtherRowLooksChosenWhenTheSelectionIsGone(FxRobot robot) {
        robot.interact(() -> model.asAt().set(LocalDate.of(2019, 10, 1)));
        robot.interact(() -> model.navigation().select("ccg-06W"));
        TreeItem<TreeEntry> norwich = tree(robot).getSelectionModel().getSelectedItem();
        TreeItem<TreeEntry> england = tree(robot).getRoot().getChildren().get(0);
        robot.interact(() -> model.asAt().set(LocalDate.of(2019, 11, 1)));
        assertTrue(norwich == tree(robot).getSelectionModel().getSelectedItem(), "the same row stays selected");
        assertTrue(england == tree(robot).getRoot().getChildren().get(0), "NHS England keeps its row");

        // In April 2022 the user goes down the tree with the keys into the East of England's partnerships and picks
        // the first; in July the ICBs replaced them and it has no row.
        robot.interact(() -> model.asAt().set(LocalDate.of(2022, 4, 1)));
        robot.interact(() -> model.navigation().select("nhs-england"));
        robot.interact(() -> tree(robot).requestFocus());
        robot.type(KeyCode.DOWN, KeyCode.DOWN, KeyCode.RIGHT, KeyCode.DOWN, KeyCode.RIGHT, KeyCode.DOWN);
        String partnership = tree(robot).getSelectionModel().getSelectedItem().getValue().bodyOrNull().id();
        assertTrue(partnership.startsWith("stp-"), partnership);
        assertEquals(partnership, model.navigation().view().selected().id());
        robot.interact(() -> model.asAt().set(LocalDate.of(2022, 7, 1)));
        assertEquals(null, tree(robot).getSelectionModel().getSelectedItem(),
                "no other row takes the place of the one that went");
        assertEquals(partnership, model.navigation().view().selected().id(), "the detail pane still shows it, as it was");
    }

    @Test
    void theTreeStartsWithNhsEnglandsRegionsAndSwitchesToAToZKeepingTheSelection(FxRobot robot) {
        robot.interact(() -> model.asAt().set(LocalDate.of(2019, 10, 1)));
        TreeItem<TreeEntry> nhsEngland = tree(robot).getRoot().getChildren().get(0);
        assertEquals("NHS England", nhsEngland.getValue().bodyOrNull().name());
        List<String> regions = labels(nhsEngland.getChildren());
        assertTrue(regions.containsAll(List.of("East of England", "London", "Midlands", "North West")), regions::toString);
        assertTrue(labels(tree(robot).getRoot().getChildren()).contains("Local authorities by NHS England region"));

        robot.interact(() -> model.navigation().select("ccg-06W"));
        assertEquals("region-Y61", tree(robot).getSelectionModel().getSelectedItem().getParent().getParent()
                .getValue().bodyOrNull().id(), "Norwich shows under the East of England, in its CCGs");

        robot.clickOn(".tree-modes .mode-right");
        assertEquals("A_TO_Z", settings.get(OrganisationTreeController.MODE_SETTING, ""), "the choice is kept");
        TreeItem<TreeEntry> selected = tree(robot).getSelectionModel().getSelectedItem();
        assertEquals("ccg-06W", selected.getValue().bodyOrNull().id(), "the same body stays selected");
        assertEquals("Clinical Commissioning Groups", ((TreeEntry.GroupEntry) selected.getParent().getValue()).label());
        assertTrue(tree(robot).getRoot().getChildren().stream().allMatch(i -> i.getValue() instanceof TreeEntry.GroupEntry));
        assertEquals("ccg-06W", model.navigation().view().selected().id(), "switching did not move the selection");

        robot.clickOn(".tree-modes .mode-right");
        assertTrue(robot.lookup(".tree-modes .mode-right").queryAs(ToggleButton.class).isSelected(),
                "clicking the chosen arrangement again keeps it chosen");
        robot.clickOn(".tree-modes .mode-left");
        assertEquals("STRUCTURE", settings.get(OrganisationTreeController.MODE_SETTING, ""));
        assertEquals("NHS England", tree(robot).getRoot().getChildren().get(0).getValue().bodyOrNull().name());
    }

    @Test
    void theArrangementAndTheDividerChosenLastTimeAreTheOnesShownOnOpening(FxRobot robot) {
        robot.interact(() -> robot.lookup(".main-split").queryAs(SplitPane.class).setDividerPositions(0.3));
        robot.interact(stage::close);
        assertEquals(0.3, settings.getDouble("window.divider", 0), 0.01, "the divider is kept on closing");
        settings.put(OrganisationTreeController.MODE_SETTING, "A_TO_Z");
        robot.interact(() -> {
            stage = new Stage();
            model = TestWindows.window().settings(settings).open(stage);
        });
        assertTrue(robot.lookup(".tree-modes .mode-right").queryAs(ToggleButton.class).isSelected());
        assertEquals(0.3, robot.lookup(".main-split").queryAs(SplitPane.class).getDividerPositions()[0], 0.01);
        assertEquals("NHS England", labels(tree(robot).getRoot().getChildren()).get(0),
                "A-Z opens with the kinds' headings, NHS England's first");
    }

    @Test
    void aDateWithNothingInTheTreeSaysWhatToDo(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("dated.json"), """
                {"title": "Dated", "edition": "2024-01-01", "sources": [{"id": "s", "title": "S"}], "bodies": [
                 {"id": "a", "name": "A", "kind": "x", "from": "2013-04-01", "sources": ["s"]}]}
                """);
        robot.interact(stage::close);
        robot.interact(() -> {
            stage = new Stage();
            model = TestWindows.window().settings(settings).data(f).open(stage);
        });
        javafx.scene.control.Label empty = robot.lookup(".tree-empty").queryAs(javafx.scene.control.Label.class);
        robot.interact(() -> model.asAt().set(LocalDate.of(2014, 1, 1)));
        assertTrue(!empty.isVisible() && tree(robot).getRoot().getChildren().size() == 1, "A is shown in 2014");
        robot.interact(() -> model.asAt().set(LocalDate.of(2000, 1, 1)));
        assertTrue(empty.isVisible());
        assertTrue(empty.getText().startsWith("Nothing in this dataset existed on 1 January 2000. Move the date"),
                empty.getText());
    }

    /**
     * With thousands of rows open, another date puts the rows in while the tree does not watch (which scrolls it to
     * the top): the chosen row, in view where the user scrolled it, is chosen again on the same line of the screen.
     */
    @Test
    void anotherDateKeepsALongTreeWhereTheUserScrolledIt(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        TreeView<TreeEntry> tree = openLongTree(robot, dir);
        TreeItem<TreeEntry> chosen = tree.getSelectionModel().getSelectedItem();
        int row = tree.getRow(chosen);
        assertTrue(tree.getExpandedItemCount() > OrganisationTreeController.LIVE_ROWS, "rows: " + tree.getExpandedItemCount());
        robot.interact(() -> tree.scrollTo(row - 10)); // the user scrolled: the chosen row is in view, lower down
        int first = firstVisibleRow(robot, tree);
        assertTrue(first > 0 && first < row && row - first <= 12, "scrolled near the chosen row: " + first + ", " + row);

        robot.interact(() -> model.asAt().set(LocalDate.of(2016, 1, 1))); // "Zeta" comes in, after NHS England

        assertTrue(chosen == tree.getSelectionModel().getSelectedItem(), "the same row is chosen");
        assertEquals(row, tree.getRow(chosen));
        assertEquals(first, firstVisibleRow(robot, tree), "the list did not move");
    }

    /** A heading's count is written in thousands, as a trainer reads it aloud: "1,200", not "1200". */
    @Test
    void aHeadingsCountIsWrittenInThousands(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        StringBuilder json = new StringBuilder("{\"title\": \"Wide\", \"edition\": \"2024-01-01\", \"sources\": "
                + "[{\"id\": \"s\", \"title\": \"S\"}], \"bodies\": [\n"
                + " {\"id\": \"nhs-england\", \"name\": \"NHS England\", \"kind\": \"nhs-england\", \"sources\": [\"s\"]}");
        for (int i = 0; i < 1200; i++) {
            json.append(String.format(",%n {\"id\": \"p%04d\", \"name\": \"Trust %04d\", \"kind\": \"provider\", "
                    + "\"sources\": [\"s\"]}", i, i));
        }
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("wide.json"), json.append("]}\n").toString());
        robot.interact(stage::close);
        robot.interact(() -> {
            stage = new Stage();
            model = TestWindows.window().settings(settings).data(f).open(stage);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> counts = robot.lookup(".organisation-tree .tree-count").queryAll().stream()
                .filter(javafx.scene.Node::isVisible).map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        assertTrue(counts.contains("1,200"), counts.toString());
    }

    /**
     * No row is taller than its content: a row measured its name's room from where a row of its depth was guessed to
     * start, which was further right than the tree puts it, and a short name looked wrapped (a line of empty space).
     */
    @Test
    void noRowIsTallerThanItsNameNeeds(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1366); // the tree as a laptop shows it, where long names wrap
            stage.setHeight(768);
            model.asAt().set(LocalDate.of(2019, 10, 1));
        });
        robot.interact(() -> robot.lookup(".main-split").queryAs(SplitPane.class).setDividerPositions(0.31));
        TreeView<TreeEntry> tree = tree(robot);
        robot.interact(() -> {
            TreeItem<TreeEntry> east = tree.getRoot().getChildren().get(0).getChildren().get(0);
            east.setExpanded(true);
            east.getChildren().forEach(r -> r.setExpanded(true)); // its partnerships and CCGs, a level deeper
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> tooTall = new java.util.ArrayList<>();
        robot.interact(() -> {
            tree.layout();
            for (javafx.scene.Node n : tree.lookupAll(".tree-cell")) {
                javafx.scene.control.TreeCell<?> cell = (javafx.scene.control.TreeCell<?>) n;
                if (cell.isVisible() && !cell.isEmpty() && cell.getGraphic() instanceof javafx.scene.layout.Region box
                        && box.isVisible()) {
                    double needs = box.prefHeight(box.getWidth()) + cell.snappedTopInset() + cell.snappedBottomInset();
                    if (cell.getHeight() > needs + 1) {
                        tooTall.add(((TreeEntry) cell.getItem()).toString().replaceAll(",.*", "") + " " + cell.getHeight()
                                + " > " + needs);
                    }
                }
            }
        });
        assertEquals(List.of(), tooTall);
    }

    /** Rows that fold away leave empty lines below the tree's last row: no line keeps an arrow to open a branch. */
    @Test
    void foldingABranchLeavesNoArrowOnTheEmptyLinesBelow(FxRobot robot) {
        robot.interact(() -> model.asAt().set(LocalDate.of(2019, 10, 1)));
        TreeView<TreeEntry> tree = tree(robot);
        robot.interact(() -> tree.getRoot().getChildren().get(0).getChildren().forEach(r -> r.setExpanded(true)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> tree.getRoot().getChildren().forEach(r -> r.setExpanded(false)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> stale = new java.util.ArrayList<>();
        robot.interact(() -> {
            tree.layout();
            for (javafx.scene.Node n : tree.lookupAll(".tree-cell")) {
                javafx.scene.control.TreeCell<?> cell = (javafx.scene.control.TreeCell<?>) n;
                if (cell.isVisible() && cell.isEmpty() && cell.getDisclosureNode() != null
                        && cell.getDisclosureNode().isVisible()) {
                    stale.add("line " + cell.getIndex());
                }
            }
        });
        assertTrue(tree.getExpandedItemCount() < 10, "folded: " + tree.getExpandedItemCount());
        assertEquals(List.of(), stale, "empty lines with an arrow");
    }

    /** The same when the chosen row is off screen, or nothing is chosen: the list stays where the user scrolled. */
    @Test
    void anotherDateKeepsALongTreeWhereTheUserScrolledAwayFromTheChosenRow(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
        TreeView<TreeEntry> tree = openLongTree(robot, dir);
        int row = tree.getRow(tree.getSelectionModel().getSelectedItem());
        robot.interact(() -> tree.scrollTo(row + 600)); // far below the chosen row
        int first = firstVisibleRow(robot, tree);
        assertTrue(first > row + 500, "scrolled away: " + first);
        robot.interact(() -> model.asAt().set(LocalDate.of(2016, 1, 1)));
        assertEquals("p0100", tree.getSelectionModel().getSelectedItem().getValue().bodyOrNull().id());
        assertEquals(first, firstVisibleRow(robot, tree), "the list did not move");

        robot.interact(() -> model.navigation().select((org.commissioningexplorer.core.model.Body) null));
        robot.interact(() -> tree.scrollTo(row + 900));
        int nothingChosen = firstVisibleRow(robot, tree);
        robot.interact(() -> model.asAt().set(LocalDate.of(2014, 1, 1)));
        assertEquals(nothingChosen, firstVisibleRow(robot, tree), "nor with nothing chosen");
    }

    /** Following a link to a body whose row is on screen chooses the row where it is: the list does not jump. */
    @Test
    void choosingABodyWhoseRowIsInViewDoesNotScroll(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        TreeView<TreeEntry> tree = openLongTree(robot, dir);
        int row = tree.getRow(tree.getSelectionModel().getSelectedItem());
        robot.interact(() -> tree.scrollTo(row - 10));
        int first = firstVisibleRow(robot, tree);

        robot.interact(() -> model.navigation().select("p0095")); // five rows up, in view
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertEquals("p0095", tree.getSelectionModel().getSelectedItem().getValue().bodyOrNull().id());
        assertEquals(row - 5, tree.getRow(tree.getSelectionModel().getSelectedItem()));
        assertEquals(first, firstVisibleRow(robot, tree), "the list did not move");
    }

    /**
     * A dataset with more providers under NHS England than the tree changes while it watches, and one body that
     * comes in 2015 after them; shown on 1 January 2014 with NHS England open and p0100 chosen.
     */
    private TreeView<TreeEntry> openLongTree(FxRobot robot, java.nio.file.Path dir) throws java.io.IOException {
        StringBuilder json = new StringBuilder("""
                {"title": "Long", "edition": "2024-01-01", "sources": [{"id": "s", "title": "S"}], "bodies": [
                 {"id": "nhs-england", "name": "NHS England", "kind": "nhs-england", "sources": ["s"]},
                 {"id": "later", "name": "Zeta, later", "kind": "x", "from": "2015-04-01", "sources": ["s"]}""");
        int n = OrganisationTreeController.LIVE_ROWS + 500;
        for (int i = 0; i < n; i++) {
            // A kind each: one kind of thousands would be gathered under a heading and split into parts of hundreds.
            json.append(String.format(",%n {\"id\": \"p%04d\", \"name\": \"Trust %04d\", \"kind\": \"k%04d\", "
                    + "\"parent\": \"nhs-england\", \"sources\": [\"s\"]}", i, i, i));
        }
        java.nio.file.Path f = java.nio.file.Files.writeString(dir.resolve("long.json"), json.append("]}\n").toString());
        robot.interact(stage::close);
        robot.interact(() -> {
            stage = new Stage();
            model = TestWindows.window().settings(settings).data(f).open(stage);
        });
        robot.interact(() -> model.asAt().set(LocalDate.of(2014, 1, 1)));
        TreeView<TreeEntry> tree = tree(robot);
        robot.interact(() -> {
            TreeItem<TreeEntry> england = tree.getRoot().getChildren().get(0);
            england.setExpanded(true);
            model.navigation().select("p0100");
        });
        return tree;
    }

    private static int firstVisibleRow(FxRobot robot, TreeView<TreeEntry> tree) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        int[] first = {-1};
        robot.interact(() -> {
            tree.layout();
            if (tree.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
                first[0] = flow.getFirstVisibleCell().getIndex();
            }
        });
        return first[0];
    }
}
