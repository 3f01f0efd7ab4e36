package org.commissioningexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.commissioningexplorer.ui.testing.TestWindows;
import org.commissioningexplorer.ui.state.ExplorerState;
import org.commissioningexplorer.ui.tree.TreeEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The as-at bar: typing a date, moving the timeline, the era banner, back and forward. */
@ExtendWith(ApplicationExtension.class)
class TimelineTest {

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
    private TreeView<TreeEntry> tree(FxRobot robot) {
        return robot.lookup(".organisation-tree").queryAs(TreeView.class);
    }

    /** How many bodies of a kind the tree shows (opening every branch to count them). */
    private int groupCount(FxRobot robot, String kind) {
        int n = 0;
        java.util.Deque<TreeItem<TreeEntry>> todo = new java.util.ArrayDeque<>(tree(robot).getRoot().getChildren());
        while (!todo.isEmpty()) {
            TreeItem<TreeEntry> i = todo.pop();
            if (i.getValue().bodyOrNull() != null && i.getValue().bodyOrNull().kind().equals(kind)) {
                n++;
            }
            todo.addAll(i.getChildren());
        }
        return n;
    }

    private String era(FxRobot robot) {
        return robot.lookup(".era-banner").queryAs(Label.class).getText();
    }

    @Test
    void typingADateReshowsTheTreeAsItWasThen(FxRobot robot) {
        assertEquals(LocalDate.of(2019, 10, 1), model.asAt().get(), "the dataset's default date");
        assertEquals(191, groupCount(robot, "ccg"));

        DatePicker picker = robot.lookup(".as-of-picker").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("1/7/2022").type(KeyCode.ENTER);

        assertEquals(LocalDate.of(2022, 7, 1), model.asAt().get());
        assertEquals(0, groupCount(robot, "ccg"), "no CCGs after 30 June 2022");
        assertEquals(42, groupCount(robot, "icb"));
        assertTrue(era(robot).startsWith("CCGs were replaced by Integrated Care Boards on 1 July 2022"), era(robot));

        robot.clickOn(picker.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("not a date").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2022, 7, 1), model.asAt().get(), "a typing slip keeps the date");

        // An impossible date is an error at the field, kept there for correction, not silently reverted.
        robot.clickOn(picker.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("2023-02-30").type(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2022, 7, 1), model.asAt().get());
        Label error = robot.lookup(".date-error").queryAs(Label.class);
        assertEquals("'2023-02-30' is not a real date: February 2023 has 28 days", error.getText());
        assertTrue(error.isVisible() && picker.getStyleClass().contains("invalid"));
        assertEquals("2023-02-30", picker.getEditor().getText(), "the text typed stays, to be corrected");
        robot.clickOn(picker.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("2023-02-28").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2023, 2, 28), model.asAt().get());
        assertEquals("", error.getText());
        assertFalse(picker.getStyleClass().contains("invalid"));
    }

    @Test
    void theTimelineMovesByChangesWithTheKeyboard(FxRobot robot) {
        Slider slider = robot.lookup(".timeline-slider").queryAs(Slider.class);
        robot.interact(slider::requestFocus);

        robot.type(KeyCode.LEFT); // from 1 Oct 2019 to the change before it
        assertEquals(LocalDate.of(2019, 4, 1), model.asAt().get());
        robot.type(KeyCode.LEFT);

        assertEquals(LocalDate.of(2018, 4, 1), model.asAt().get());
        assertEquals(195, groupCount(robot, "ccg"));
        assertTrue(era(robot).endsWith("195 CCGs on this date."), era(robot));

        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN).push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        assertEquals(LocalDate.of(2020, 4, 1), model.asAt().get(), "Ctrl+Page Down: next change, twice");
        assertEquals(135, groupCount(robot, "ccg"));
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_UP);
        assertEquals(LocalDate.of(2019, 4, 1), model.asAt().get());
    }

    @Test
    void aBodyThatIsGoneOnTheNewDateSaysWhenItExistedAndOffersToGoThere(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        robot.interact(() -> model.asAt().set(LocalDate.of(2021, 4, 1)));

        assertEquals("NHS Norwich CCG", robot.lookup(".detail-title").queryAs(Label.class).getText());
        String notice = robot.lookup(".notice-text").queryAs(Label.class).getText();
        assertEquals("Not in the structure on 1 April 2021. NHS Norwich CCG existed 1 April 2013 to 31 March 2020.",
                notice);
        assertTrue(robot.lookup(".date-notice .body-link").queryAllAs(Hyperlink.class).stream()
                .anyMatch(l -> l.getText().equals("NHS Norfolk and Waveney CCG")), "the successor is linked");
        assertEquals(null, tree(robot).getSelectionModel().getSelectedItem(), "not in the tree on that day");

        robot.clickOn(robot.lookup(".notice-link").queryAs(Hyperlink.class));

        assertEquals(LocalDate.of(2020, 3, 31), model.asAt().get());
        assertEquals("ccg-06W", tree(robot).getSelectionModel().getSelectedItem().getValue().bodyOrNull().id());
        assertTrue(robot.lookup(".date-notice").tryQuery().isEmpty() || !robot.lookup(".date-notice").query().isVisible());
    }

    /**
     * NHS England's first two regions, both folded and never opened; the second is opened, and the first row in it
     * (a heading) returned.
     */
    private TreeItem<TreeEntry> openSecondRegion(FxRobot robot) {
        TreeItem<TreeEntry> england = tree(robot).getRoot().getChildren().get(0);
        TreeItem<TreeEntry> second = england.getChildren().get(1);
        assertFalse(england.getChildren().get(0).isExpanded() || second.isExpanded(), "the regions start folded");
        robot.interact(() -> second.setExpanded(true));
        TreeItem<TreeEntry> heading = second.getChildren().get(0);
        assertTrue(heading.getValue() instanceof TreeEntry.GroupEntry, "the region's first row is a heading");
        return heading;
    }

    /** Opens NHS England's first region, above the second: its rows are made now. */
    private void openFirstRegion(FxRobot robot) {
        robot.interact(() -> tree(robot).getRoot().getChildren().get(0).getChildren().get(0).setExpanded(true));
    }

    /** A region never opened before, above the selection, has its rows made as it opens: the selection stays. */
    @Test
    void openingARegionNeverOpenedAboveTheSelectionKeepsTheSelection(FxRobot robot) {
        String chosen = openSecondRegion(robot).getChildren().get(0).getValue().bodyOrNull().id();
        robot.interact(() -> model.navigation().select(chosen));

        openFirstRegion(robot);

        assertEquals(chosen, model.navigation().selected().id());
        assertEquals(chosen, tree(robot).getSelectionModel().getSelectedItem().getValue().bodyOrNull().id());
    }

    /** The same with a heading chosen (no body of its own): the heading stays chosen, not a body below it. */
    @Test
    void openingARegionNeverOpenedAboveAChosenHeadingKeepsTheHeadingChosen(FxRobot robot) {
        TreeItem<TreeEntry> heading = openSecondRegion(robot);
        robot.interact(() -> tree(robot).getSelectionModel().select(heading));
        assertEquals(null, model.navigation().selected(), "a heading has no page");

        openFirstRegion(robot);

        assertTrue(heading == tree(robot).getSelectionModel().getSelectedItem(), "still the heading");
        assertEquals(null, model.navigation().selected());
    }

    @Test
    void openingABranchAboveTheSelectionKeepsTheSelection(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        TreeItem<TreeEntry> norwich = tree(robot).getSelectionModel().getSelectedItem();
        TreeItem<TreeEntry> partnerships = norwich.getParent().getParent().getChildren().stream()
                .filter(i -> i.getValue() instanceof TreeEntry.GroupEntry g && g.kind().equals("stp")).findFirst()
                .orElseThrow();
        assertTrue(tree(robot).getRow(partnerships) < tree(robot).getRow(norwich), "the region's partnerships come first");
        assertFalse(partnerships.isExpanded());

        robot.interact(() -> partnerships.setExpanded(true)); // its rows are made now, above Norwich's

        assertEquals("ccg-06W", model.navigation().selected().id());
        assertEquals("ccg-06W", tree(robot).getSelectionModel().getSelectedItem().getValue().bodyOrNull().id());
    }

    @Test
    void movingTheDateKeepsWhatWasOpenEvenInsideAFoldedBranch(FxRobot robot) {
        robot.interact(() -> model.navigation().select("ccg-06W"));
        TreeItem<TreeEntry> norwich = tree(robot).getSelectionModel().getSelectedItem();
        robot.interact(() -> norwich.setExpanded(true));
        TreeItem<TreeEntry> ccgs = norwich.getParent();
        robot.interact(() -> ccgs.setExpanded(false)); // folded, with Norwich open inside

        robot.interact(() -> model.asAt().set(LocalDate.of(2019, 6, 1))); // the same region then
        TreeItem<TreeEntry> ccgsThen = tree(robot).getRoot().getChildren().get(0).getChildren().stream()
                .filter(i -> i.getValue().bodyOrNull() != null && i.getValue().bodyOrNull().id().equals("region-Y61"))
                .findFirst().orElseThrow().getChildren().stream()
                .filter(i -> i.getValue() instanceof TreeEntry.GroupEntry g && g.kind().equals("ccg")).findFirst()
                .orElseThrow();
        assertFalse(ccgsThen.isExpanded(), "still folded");
        TreeItem<TreeEntry> norwichThen = ccgsThen.getChildren().stream()
                .filter(i -> i.getValue().bodyOrNull().id().equals("ccg-06W")).findFirst().orElseThrow();
        assertTrue(norwichThen.isExpanded(), "Norwich is open inside it, as the user left it");
    }

    @Test
    void altLeftAndRightGoBackAndForward(FxRobot robot) {
        robot.clickOn(".organisation-tree"); // the keyboard in the window; the click may select a row itself
        robot.interact(() -> model.navigation().select("ccg-06W"));
        robot.interact(() -> model.navigation().select("ccg-06V"));
        robot.interact(() -> model.navigation().select("ccg-06Y"));

        robot.push(KeyCode.ALT, KeyCode.LEFT);
        assertEquals("ccg-06V", model.navigation().selected().id(), "Alt+Left went back one body");
        assertEquals("ccg-06V", tree(robot).getSelectionModel().getSelectedItem().getValue().bodyOrNull().id(),
                "and the tree shows it");
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        assertEquals("ccg-06W", model.navigation().selected().id(), "and another");
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertEquals("ccg-06V", model.navigation().selected().id(), "Alt+Right came forward one");
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        assertEquals("ccg-06Y", model.navigation().selected().id(), "and to where it started");
        assertTrue(robot.lookup(".nav-button").queryAll().stream().anyMatch(n -> !n.isDisabled()));
    }
}
